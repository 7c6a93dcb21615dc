import QMSDomain
import QMSStore
import TermUI

/// Screen 4: open corrective actions, overdue first (most days late first), then by due
/// date; below them, how late the overdue ones are (1–30, 31–60, 61–90, >90 days) and
/// which units have the most. Actions due soon show the days left where overdue ones show
/// their days late, and a line under the list gives the scope's due-soon count and the days
/// actions took to close this year (median, 90th percentile). `s` narrows to one status, `o` to overdue ones, `/` to an
/// owner, and `Enter` on a unit in the per-unit panel to that unit.
///
/// The list is read a page at a time from the store; the counts cover the whole
/// filtered list.
struct ActionsScreen {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        let wide = area.width >= 100
        let bottomHeight = area.height >= 30 ? 8 : 6
        let parts = Layout.vertical([.fill(1), .length(1), .length(bottomHeight)]).split(area)
        let bottom = Layout.horizontal([.fill(1), .fill(1)]).split(parts[2])
        let topUnits = max(1, bottom[1].height - 3)
        let focus = state.screen.panels[state.focusedPanelIndex]
        let options = state.actionOptions
        let filter = ActionFilter(unitID: options.unitID, status: options.status,
                                  owner: state.filter.isEmpty ? nil : state.filter, overdueOnly: options.overdueOnly)
        let scope = state.scopeUnitID
        let dueWithin = data.dueWithin

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
                    Self.lateCell(summary, dueWithin: dueWithin, context: context),
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
        lookAhead(page, in: parts[1], buffer: &buffer, context: context)
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

    /// `148 d` late in the error role; for one due soon (within `dueWithin` days) `today`
    /// or `in 3 d` in the at-risk role; `in 20 d` muted for one due later.
    static func lateCell(_ summary: ActionSummary, dueWithin: Int = DueSoonRule.defaultDays,
                         context: RenderContext) -> TableCell {
        if let days = summary.daysOverdue {
            return TableCell(context.text(Phrase.Dashboard.days(days)), style: Style(.error, .bold))
        }
        let left = max(0, DueSoonRule.daysLeft(dueOn: summary.action.dueOn, on: context.asOf))
        let text = context.text(left == 0 ? Phrase.Dashboard.dueToday : Phrase.Dashboard.dueIn(left))
        let dueSoon = DueSoonRule(days: dueWithin).isDueSoon(summary.action, on: context.asOf)
        return TableCell(text, style: dueSoon ? Style(.atRisk, .bold) : Style(.muted))
    }

    /// "2 due soon · Days to close: median 12, p90 30 (8 closed)": the scope's look
    /// ahead, whatever the filter, on one line under the list.
    func lookAhead(_ page: ActionPage, in area: Rect, buffer: inout Buffer, context: RenderContext) {
        guard area.height > 0, area.width > 2 else { return }
        let closing = page.closing
        let median = closing.medianDays.map { context.count(Int($0.rounded())) }
        let p90 = closing.p90Days.map { context.count(Int($0.rounded())) }
        let dueSoon = context.text(Phrase.Dashboard.dueSoonCount(page.dueSoon))
        let line = dueSoon + context.separator
            + context.text(Phrase.Dashboard.daysToClose(median: median, p90: p90, closed: closing.closed))
        let inner = area.inset(horizontal: 1)
        let fitted = TextFit.truncate(buffer.prepare(line), toWidth: inner.width,
                                      ellipsis: context.isUnicode ? "…" : "...")
        buffer.set(fitted, at: Position(x: inner.x, y: inner.y), style: Style(.muted), clip: inner)
        if page.dueSoon > 0 {  // the count in the at-risk role; the words say it without colour
            let width = min(inner.width, DisplayWidth.of(buffer.prepare(dueSoon)))
            buffer.setStyle(Style(.atRisk, .bold), in: Rect(x: inner.x, y: inner.y, width: width, height: 1))
        }
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
