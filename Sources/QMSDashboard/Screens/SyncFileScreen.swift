import QMSStore
import TermUI

/// The detail of one sync log entry: where the file came from, what it did to the store,
/// and, for a rejected file, each error as `line N: column 'NAME': what is wrong`.
struct SyncFileScreen {
    var fileID: Int64

    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        guard let entry = try data.syncEntry(id: fileID) else {
            MessagePanel(title: context.text(.syncLog), message: context.text(.fileGone), style: Style(.muted))
                .render(in: area, buffer: &buffer)
            return
        }
        let errors = try data.syncErrors(fileID: fileID)
        let labelWidth = 14
        func field(_ label: String, _ value: String, _ style: Style = .plain) -> Line {
            Line([Span(" " + TextFit.pad(label, toWidth: labelWidth), style: Style(.header, .bold)),
                  Span(value, style: style)])
        }
        var lines = [
            field(context.text(.columnFile), entry.path),
            field(context.text(.columnTime), context.time(entry.startedAt), Style(.muted)),
            field(context.text(.columnKind), entry.kind ?? ""),
            field(context.text(.columnResult), SyncScreen.stateCell(entry.state, context: context).text,
                  SyncScreen.stateCell(entry.state, context: context).style ?? .plain),
        ]
        if entry.state == .applied {
            let counts = entry.counts
            lines.append(field(context.text(.columnRows), context.text(Phrase.Dashboard.rowCounts(
                inserted: context.count(counts.inserted), updated: context.count(counts.updated),
                deleted: context.count(counts.deleted), unchanged: context.count(counts.unchanged)))))
        }
        if let reason = entry.reason { lines.append(field(context.text(.reason), reason)) }
        if let sha = entry.sha256 { lines.append(field("SHA-256", sha, Style(.muted))) }
        lines.append(Line(""))
        if entry.errorCount > 0 || !errors.isEmpty {
            lines.append(Line(" " + context.text(Phrase.Dashboard.errorsOfFile(entry.name, count: max(entry.errorCount, errors.count))),
                              style: Style(.title, .bold)))
            let inner = area.inner
            for error in errors {
                var location: [String] = []
                if let line = error.line { location.append(context.text(Phrase.Dashboard.line(line))) }
                if let record = error.record { location.append(context.text(Phrase.Dashboard.record(record))) }
                if let column = error.column { location.append(context.text(.columnColumn).lowercased() + " '" + column + "'") }
                let lead = location.isEmpty ? "" : location.joined(separator: ", ") + ": "
                let wrapped = TextFit.wrap(buffer.prepare(lead + error.message), toWidth: max(10, inner.width - 4))
                for (index, text) in wrapped.enumerated() {
                    lines.append(Line(index == 0 ? "  " + text : "    " + text,
                                      style: index == 0 ? Style(.error) : .plain))
                }
            }
            if entry.errorCount > errors.count {
                lines.append(Line("  " + context.text(Phrase.Dashboard.moreErrors(entry.errorCount - errors.count)),
                                  style: Style(.muted)))
            }
        } else {
            lines.append(Line(" " + context.text(.noErrorsStored), style: Style(.muted)))
        }
        ScrollingText(list: .syncErrors, title: entry.name, lines: lines)
            .render(in: area, buffer: &buffer, state: &state, context: context)
    }
}
