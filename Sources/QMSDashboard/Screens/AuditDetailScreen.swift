import QMSDomain
import QMSStore
import TermUI

/// One audit, opened from the Audits or Overview screen: its dates, kind, status and
/// lead, then each finding (worst grade first) with its clause and description and the
/// corrective actions raised from it, late ones marked.
struct AuditDetailScreen {
    var auditID: String

    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        guard let summary = try data.audit(id: auditID, scopeUnitID: state.scopeUnitID) else {
            MessagePanel(title: context.text(.columnAudit) + " " + auditID, message: context.text(.auditGone),
                         style: Style(.muted)).render(in: area, buffer: &buffer)
            return
        }
        let findings = try data.findings(auditID: auditID)
        let audit = summary.audit
        let width = max(20, area.width - 4)
        var lines: [Line] = []
        func field(_ label: Phrase.Dashboard, _ value: String, _ style: Style = .plain) {
            lines.append(Line([Span(" " + TextFit.fit(buffer.prepare(context.text(label)), toWidth: 14,
                                                      ellipsis: buffer.symbols.ellipsis) + " ", style: Style(.header, .bold)),
                               Span(value, style: style)]))
        }
        field(.columnKind, audit.kind.label(context.language))
        field(.columnStatus, audit.status.label(context.language), audit.isOpen ? Style(.accent, .bold) : .plain)
        field(.period, context.day(audit.startsOn) + (audit.endsOn.map { " – " + context.day($0) } ?? ""))
        field(.columnUnit, summary.unitName ?? context.text(.wholeOrganisation))
        if let lead = audit.lead { field(.lead, lead) }
        let counts = summary.findings
        field(.findings, context.text(Phrase.Dashboard.findingCounts(major: counts.major, minor: counts.minor,
                                                                     observation: counts.observation,
                                                                     improvement: counts.improvement)),
              counts.major > 0 ? Style(.offTrack, .bold) : .plain)
        lines.append(Line(""))
        if findings.isEmpty {
            lines.append(Line(" " + context.text(.noFindings), style: Style(.muted)))
        }
        for detail in findings {
            let finding = detail.finding
            let grade = finding.grade.label(context.language)
            let head = [finding.id, grade.uppercased(), finding.clause.map { context.text(.columnClause) + " " + $0 }]
                .compactMap { $0 }.joined(separator: context.separator)
            let gradeStyle: Style = finding.grade == .major ? Style(.offTrack, .bold)
                : finding.grade == .minor ? Style(.atRisk, .bold) : Style(.title, .bold)
            lines.append(Line(" " + head + (detail.unitName.map { context.separator + $0 } ?? ""), style: gradeStyle))
            for text in TextFit.wrap(buffer.prepare(finding.description), toWidth: width - 3) {
                lines.append(Line("   " + text))
            }
            if detail.actions.isEmpty {
                lines.append(Line("   " + context.text(.noActionsRaised), style: Style(.warning)))
            }
            for summary in detail.actions {
                let action = summary.action
                let arrow = context.isUnicode ? "→" : "->"
                lines.append(Line([Span("   \(arrow) \(action.id) ", style: Style(.muted)), Span(action.title)]))
                var spans = [Span("       " + action.status.label(context.language)
                                  + context.separator + context.text(.due).lowercased() + " " + context.day(action.dueOn),
                                  style: Style(.muted))]
                if let days = summary.daysOverdue {
                    spans.append(Span(context.separator, style: Style(.muted)))
                    spans.append(Span(context.text(Phrase.Dashboard.daysLate(days)), style: Style(.error, .bold)))
                }
                if let owner = action.owner { spans.append(Span(context.separator + owner, style: Style(.muted))) }
                lines.append(Line(spans))
            }
            lines.append(Line(""))
        }
        ScrollingText(list: .findings, title: audit.id + " " + audit.title, lines: lines)
            .render(in: area, buffer: &buffer, state: &state, context: context)
    }
}
