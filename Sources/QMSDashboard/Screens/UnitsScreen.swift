import QMSDomain
import QMSStore
import TermUI

/// Screen 5: the unit tree as a scorecard, one row per unit (with its descendants):
/// objectives off track and at risk, open audits, overdue actions, actions due soon, and
/// the two document indicators; at 120 columns and more, the days actions took to close
/// (median/p90). Below 100 columns "On time %" gives way to "Due soon", so the unit names
/// keep their room at 80×24. `Enter` makes the selected unit the scope of every screen.
///
/// Read a page at a time in tree order, so a province's 200 units scroll as fast as a
/// department's ten.
struct UnitsScreen {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        // Each figure column as wide as its header (and the widest percentage), so no
        // header is cut: the unit name takes what is left.
        func column(_ title: Phrase.Dashboard, minimum: Int = 6) -> TableColumn {
            let text = context.text(title)
            return TableColumn(text, width: .length(max(minimum, DisplayWidth.of(buffer.prepare(text)))), alignment: .right)
        }
        let showsOnTime = area.width >= 100
        let showsClosing = area.width >= 120
        var columns = [
            TableColumn(context.text(.columnUnit), width: .fill(1)),
            column(.columnOffTrack), column(.columnAtRisk), column(.columnOpenAudits), column(.columnOverdue),
            column(.columnDueSoon), column(.columnDocsElectronic, minimum: 7),
        ]
        if showsOnTime { columns.append(column(.columnDocsOnTime, minimum: 7)) }
        if showsClosing { columns.append(column(.columnDaysToClose, minimum: 9)) }
        let scope = state.scopeUnitID
        var title = context.text(.unitScorecard)
        if scope != nil { title += context.separator + context.text(.inScope) + " " + context.scopeMark }
        let panel = ListPanel(list: .units, title: title, columns: columns, isFocused: true, placeholder: context.text(.noUnits))
        let branch = context.isUnicode ? "▸ " : "> "
        try panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            let page = try data.scorecard(scopeUnitID: scope, offset: offset, limit: limit)
            return (page.rows.map { score in
                let indent = String(repeating: "  ", count: min(score.depth, 8))
                let mark = score.unit.id == scope ? context.scopeMark + " " : (score.hasChildren ? branch : "  ")
                var cells = [
                    TableCell(indent + mark + score.unit.name, style: score.unit.id == scope ? Style(.text, .bold) : nil),
                    Self.count(score.offTrack, role: .offTrack, context: context),
                    Self.count(score.atRisk, role: .atRisk, context: context),
                    Self.count(score.openAudits, role: .accent, context: context),
                    Self.count(score.overdueActions, role: .error, context: context),
                    Self.count(score.dueSoon, role: .atRisk, context: context),
                    Self.percent(score.docsInElectronicPct, context: context),
                ]
                if showsOnTime { cells.append(Self.percent(score.docsOnTimePct, context: context)) }
                if showsClosing { cells.append(Self.closing(score.closing, context: context)) }
                return ListPanel.Row(key: score.unit.id, row: TableRow(cells))
            }, page.totalCount)
        }
    }

    /// A count in its role when there is something to see, muted when zero.
    static func count(_ value: Int, role: StyleRole, context: RenderContext) -> TableCell {
        value == 0 ? TableCell("0", style: Style(.muted)) : TableCell(context.count(value), style: Style(role, .bold))
    }

    /// Days to close as `median/p90`, whole days; `–` when nothing closed this year.
    static func closing(_ closing: ClosingTimes, context: RenderContext) -> TableCell {
        guard closing.closed > 0, let median = closing.medianDays, let p90 = closing.p90Days else {
            return TableCell(context.isUnicode ? "–" : "-", style: Style(.noData))
        }
        return TableCell(context.count(Int(median.rounded())) + "/" + context.count(Int(p90.rounded())))
    }

    /// A percentage, or the no-data mark when there was nothing to count (not 0%).
    static func percent(_ value: Double?, context: RenderContext) -> TableCell {
        guard let value else { return TableCell(context.text(.noDataShort), style: Style(.noData)) }
        return TableCell(context.number(value) + "%")
    }
}
