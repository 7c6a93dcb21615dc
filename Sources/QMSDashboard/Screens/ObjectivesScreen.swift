import QMSDomain
import QMSStore
import TermUI

/// Screen 2: every quality objective of the year in scope, sortable (`s`) and filterable
/// (`/`, on id, title, unit and owner, ignoring case and diacritics). `Enter` opens one.
///
/// The year's objectives of a scope are a small model (tens, a few hundred in a
/// province), read once with the status snapshot; sorting and filtering happen on it.
struct ObjectivesScreen {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        let snapshot = try data.snapshot(scopeUnitID: state.scopeUnitID)
        let items = Self.arrange(snapshot.objectives, sort: state.objectiveSort, filter: state.filter)
        let wide = area.width >= 100
        let statusWidth = min(ObjectiveStatus.allCases.map { DisplayWidth.of(buffer.prepare(context.status($0))) }.max() ?? 10,
                              wide ? 18 : 12)
        var columns = [
            TableColumn(context.text(.columnID), width: .length(wide ? 10 : 8)),
            TableColumn(context.text(.columnStatus), width: .length(statusWidth)),
            TableColumn(context.text(.columnObjective), width: .fill(1)),
        ]
        if wide {
            columns.append(TableColumn(context.text(.columnUnit), width: .length(22)))
            columns.append(TableColumn(context.text(.columnProgress), width: .length(14)))
        }
        columns += [
            TableColumn(context.text(.columnValue), width: .length(8), alignment: .right),
            TableColumn(context.text(.columnTarget), width: .length(10), alignment: .right),
        ]
        if area.width >= 150 { columns.append(TableColumn(context.text(.columnOwner), width: .length(18))) }

        var title = context.text(.allObjectives) + " " + String(context.asOf.year) + context.separator
            + context.text(Phrase.Dashboard.sortedBy(state.objectiveSort.label))
        if !state.filter.isEmpty { title += context.separator + context.text(Phrase.Dashboard.filtered(state.filter)) }
        let placeholder = state.filter.isEmpty ? context.text(.noObjectives) : context.text(Phrase.Dashboard.noMatch(state.filter))
        let panel = ListPanel(list: .objectives, title: title, columns: columns, isFocused: true, placeholder: placeholder)
        let drawn = panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            (items.dropFirst(offset).prefix(limit).map { progress in
                var cells = [
                    TableCell(progress.objective.id, style: Style(.muted)),
                    TableCell(context.status(progress.status), style: context.style(of: progress.status)),
                    TableCell(progress.objective.title),
                ]
                if wide {
                    cells.append(TableCell(progress.unitName ?? context.text(.wholeOrganisation), style: Style(.muted)))
                    cells.append(TableCell(""))
                }
                cells += [
                    TableCell(context.shortMeasured(progress.value, measure: progress.objective.measure),
                              style: progress.value == nil ? Style(.noData) : nil),
                    TableCell(context.target(of: progress.objective, short: true)),
                ]
                if area.width >= 150 { cells.append(TableCell(progress.objective.owner ?? "", style: Style(.muted))) }
                return ListPanel.Row(key: progress.objective.id, row: TableRow(cells))
            }, items.count)
        }
        guard wide else { return }
        let offset = state.position(.objectives).offset
        for index in drawn.rows.indices {
            let progress = items[offset + index]
            let cell = ListPanel.cell(column: 4, row: index, table: drawn.table, widths: drawn.widths)
            ProgressBar(fraction: OverviewScreen.progress(progress), fillStyle: Style(context.role(of: progress.status)),
                        trackStyle: Style(context.role(of: progress.status)))
                .render(in: cell, buffer: &buffer)
        }
    }

    /// The objectives in `sort` order, keeping those that match `filter` on id, title,
    /// unit or owner.
    static func arrange(_ objectives: [ObjectiveProgress], sort: ObjectiveSort, filter: String) -> [ObjectiveProgress] {
        let query = TextMatching.FoldedQuery(filter)
        var items = query.isEmpty ? objectives : objectives.filter { progress in
            query.matches(progress.objective.id) || query.matches(progress.objective.title)
                || query.matches(progress.unitName ?? "") || query.matches(progress.objective.owner ?? "")
        }
        switch sort {
        case .status:
            items.sort { ($0.status.urgency, $0.objective.id) < ($1.status.urgency, $1.objective.id) }
        case .id:
            items.sort { $0.objective.id < $1.objective.id }
        case .title:
            let keys = Dictionary(items.map { ($0.objective.id, TextMatching.fold($0.objective.title)) },
                                  uniquingKeysWith: { first, _ in first })
            items.sort { (keys[$0.objective.id] ?? "", $0.objective.id) < (keys[$1.objective.id] ?? "", $1.objective.id) }
        case .unit:
            items.sort { (TextMatching.fold($0.unitName ?? ""), $0.objective.id) < (TextMatching.fold($1.unitName ?? ""), $1.objective.id) }
        }
        return items
    }
}
