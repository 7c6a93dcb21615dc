import QMSDomain
import QMSStore
import TermUI

/// Screen 3: open audits first, then the most recent others, with dates, kind, status,
/// lead and findings by grade. `Enter` opens one.
struct AuditsScreen {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        let wide = area.width >= 110
        let widest = area.width >= 160
        var columns = [
            TableColumn(context.text(.columnStart), width: .length(10)),
            TableColumn(context.text(.columnAudit), width: .fill(1)),
            TableColumn(context.text(.columnKind), width: .length(wide ? 14 : 12)),
            TableColumn(context.text(.columnStatus), width: .length(wide ? 15 : 11)),
        ]
        if wide {
            columns.insert(TableColumn(context.text(.columnEnd), width: .length(10)), at: 1)
            if widest { columns.append(TableColumn(context.text(.columnUnit), width: .length(22))) }
            columns.append(TableColumn(context.text(.columnLead), width: .length(16)))
        }
        columns.append(TableColumn(context.text(wide ? .columnFindings : .columnFindingsByGrade),
                                   width: .length(wide ? 24 : 15)))
        let scope = state.scopeUnitID
        let panel = ListPanel(list: .audits, title: context.text(.openAndRecentAudits), columns: columns, isFocused: true,
                              placeholder: context.text(.noAudits))
        try panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            let page = try data.audits(scopeUnitID: scope, offset: offset, limit: limit)
            return (page.rows.map { summary in
                let audit = summary.audit
                var cells = [TableCell(context.day(audit.startsOn), style: Style(.muted))]
                if wide { cells.append(TableCell(context.day(audit.endsOn), style: Style(.muted))) }
                cells += [
                    TableCell(audit.title),
                    TableCell(audit.kind.label(context.language), style: Style(.muted)),
                    TableCell(audit.status.label(context.language), style: audit.isOpen ? Style(.accent, .bold) : Style(.muted)),
                ]
                if widest { cells.append(TableCell(summary.unitName ?? context.text(.wholeOrganisation), style: Style(.muted))) }
                if wide { cells.append(TableCell(audit.lead ?? "", style: Style(.muted))) }
                cells.append(wide ? OverviewScreen.findingsCell(summary.findings, context: context)
                                  : OverviewScreen.compactFindingsCell(summary.findings))
                return ListPanel.Row(key: audit.id, row: TableRow(cells))
            }, page.totalCount)
        }
    }
}
