import QMSDomain
import QMSStore
import TermUI

/// Screen 4: open corrective actions, overdue first (most days late first), then by due
/// date; below them, how late the overdue ones are (1–30, 31–60, 61–90, >90 days) and
/// which units have the most. `s` narrows to one status, `o` to overdue ones, `/` to an
/// owner, and `Enter` on a unit in the per-unit panel to that unit.
///
/// The list is read a page at a time from the store; the counts cover the whole
/// filtered list.
struct ActionsScreen {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        let wide = area.width >= 100
        let bottomHeight = area.height >= 30 ? 8 : 6
        let parts = Layout.vertical([.fill(1), .length(bottomHeight)]).split(area)
        let bottom = Layout.horizontal([.fill(1), .fill(1)]).split(parts[1])
        let topUnits = max(1, bottom[1].height - 3)
        let focus = state.screen.panels[state.focusedPanelIndex]
        let options = state.actionOptions
        let filter = ActionFilter(unitID: options.unitID, status: options.status,
                                  owner: state.filter.isEmpty ? nil : state.filter, overdueOnly: options.overdueOnly)
        let scope = state.scopeUnitID

        var columns = [
            TableColumn(context.text(.columnLate), width: .length(context.language == .vi ? 12 : 9), alignment: .right),
            TableColumn(context.text(.columnAction), width: .fill(1)),
            TableColumn(context.text(.columnUnit), width: .length(wide ? 24 : 14)),
        ]
        if wide {
            columns.append(TableColumn(context.text(.columnOwner), width: .length(18)))
            columns.append(TableColumn(context.text(.columnStatus), width: .length(15)))
        }
        columns.append(TableColumn(context.text(.columnDue), width: .length(10)))
        var page: ActionPage?
        let panel = ListPanel(list: .actions, title: title(state, context: context), columns: columns,
                              isFocused: focus == .actions,
                              placeholder: state.filter.isEmpty ? context.text(.noOpenActions)
                                  : context.text(Phrase.Dashboard.noMatch(state.filter)))
        try panel.render(in: parts[0], buffer: &buffer, state: &state, context: context) { offset, limit in
            let fetched = try data.actions(scopeUnitID: scope, filter: filter, offset: offset, limit: limit, topUnits: topUnits)
            page = fetched
            return (fetched.rows.map { summary in
                var cells = [
                    Self.lateCell(summary, context: context),
                    TableCell(summary.action.title),
                    TableCell(summary.unitName ?? summary.action.unitID, style: Style(.muted)),
                ]
                if wide {
                    cells.append(TableCell(summary.action.owner ?? "", style: Style(.muted)))
                    cells.append(TableCell(summary.action.status.label(context.language)))
                }
                cells.append(TableCell(context.day(summary.action.dueOn), style: Style(.muted)))
                return ListPanel.Row(key: summary.action.id, row: TableRow(cells))
            }, fetched.totalCount)
        }
        guard let page else { return }
        ageing(page.ageing, in: bottom[0], buffer: &buffer, context: context)
        perUnit(page.overdueByUnit, in: bottom[1], buffer: &buffer, state: &state, focused: focus == .actionUnits,
                context: context)
    }

    /// "Open actions · overdue only · status: open · unit: X · owner “nguyen”".
    func title(_ state: DashboardState, context: RenderContext) -> String {
        var parts = [context.text(.openActions)]
        let options = state.actionOptions
        if options.overdueOnly { parts.append(context.text(.overdueOnly).lowercased()) }
        if let status = options.status {
            parts.append(context.text(Phrase.Dashboard.statusFilter(status.label(.en), status.label(.vi))))
        }
        if let unitID = options.unitID { parts.append(context.text(Phrase.Dashboard.unitFilter(unitID))) }
        if !state.filter.isEmpty { parts.append(context.text(Phrase.Dashboard.ownerFilter(state.filter))) }
        return parts.joined(separator: context.separator)
    }

    /// `148 d` late in the error role, or `in 20 d` muted for one not yet due.
    static func lateCell(_ summary: ActionSummary, context: RenderContext) -> TableCell {
        if let days = summary.daysOverdue {
            return TableCell(context.text(Phrase.Dashboard.days(days)), style: Style(.error, .bold))
        }
        let left = summary.action.dueOn.days(since: context.asOf)
        return TableCell(context.text(Phrase.Dashboard.dueIn(max(0, left))), style: Style(.muted))
    }

    /// The overdue actions by age, as bars on one scale.
    func ageing(_ ageing: OverdueAgeing, in area: Rect, buffer: inout Buffer, context: RenderContext) {
        let panel = Panel(title: context.text(.ageing), trailingTitle: context.count(ageing.total))
        panel.render(in: area, buffer: &buffer)
        let buckets: [(String, Int, StyleRole)] = [
            ("1–30", ageing.days1to30, .warning), ("31–60", ageing.days31to60, .atRisk),
            ("61–90", ageing.days61to90, .offTrack), (">90", ageing.over90, .error),
        ]
        let bars = buckets.map { label, count, role in
            BarChart.Bar(context.text(Phrase.Dashboard.ageBucket(label)), value: Double(count),
                         valueText: context.count(count), style: Style(role, .bold))
        }
        let maximum = Double(max(1, buckets.map(\.1).max() ?? 1))
        BarChart(bars: bars, maxValue: maximum).render(in: panel.inner(area).inset(horizontal: 1), buffer: &buffer)
    }

    /// The units with the most overdue actions; `Enter` narrows the list to one.
    func perUnit(_ units: [UnitOverdueCount], in area: Rect, buffer: inout Buffer, state: inout DashboardState,
                 focused: Bool, context: RenderContext) {
        let panel = ListPanel(list: .actionUnits, title: context.text(.perUnit),
                              columns: [TableColumn(context.text(.columnUnit), width: .fill(1)),
                                        TableColumn(context.text(.columnOverdue), width: .length(9), alignment: .right)],
                              isFocused: focused, placeholder: context.text(.noUnitOverdue))
        panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            (units.dropFirst(offset).prefix(limit).map { unit in
                ListPanel.Row(key: unit.unitID, row: TableRow([
                    TableCell(unit.unitName ?? unit.unitID),
                    TableCell(context.count(unit.count), style: Style(.error, .bold)),
                ]))
            }, units.count)
        }
    }
}
