import QMSDomain
import QMSStore
import TermUI

/// Screen 5: the unit tree as a scorecard, one row per unit (with its descendants):
/// objectives off track and at risk, open audits, overdue actions, and the two document
/// indicators. `Enter` makes the selected unit the scope of every screen.
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
        let columns = [
            TableColumn(context.text(.columnUnit), width: .fill(1)),
            column(.columnOffTrack), column(.columnAtRisk), column(.columnOpenAudits), column(.columnOverdue),
            column(.columnDocsElectronic, minimum: 7), column(.columnDocsOnTime, minimum: 7),
        ]
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
                return ListPanel.Row(key: score.unit.id, row: TableRow([
                    TableCell(indent + mark + score.unit.name, style: score.unit.id == scope ? Style(.text, .bold) : nil),
                    Self.count(score.offTrack, role: .offTrack, context: context),
                    Self.count(score.atRisk, role: .atRisk, context: context),
                    Self.count(score.openAudits, role: .accent, context: context),
                    Self.count(score.overdueActions, role: .error, context: context),
                    Self.percent(score.docsInElectronicPct, context: context),
                    Self.percent(score.docsOnTimePct, context: context),
                ]))
            }, page.totalCount)
        }
    }

    /// A count in its role when there is something to see, muted when zero.
    static func count(_ value: Int, role: StyleRole, context: RenderContext) -> TableCell {
        value == 0 ? TableCell("0", style: Style(.muted)) : TableCell(context.count(value), style: Style(role, .bold))
    }

    /// A percentage, or the no-data mark when there was nothing to count (not 0%).
    static func percent(_ value: Double?, context: RenderContext) -> TableCell {
        guard let value else { return TableCell(context.text(.noDataShort), style: Style(.noData)) }
        return TableCell(context.number(value) + "%")
    }
}
