import QMSDomain
import QMSStore
import TermUI

/// The top line of every screen: who the figures speak for, the day they are computed
/// for, and how fresh the data is, with a warning before anyone trusts a stale figure.
///
/// ```
///  isodash  Sở Thông tin và Truyền thông (5 units)   as of 2026-11-25 · synced 2026-11-24 08:00
/// ```
struct HeaderBar {
    /// A sync older than this many days before the as-of day gets a warning.
    static let staleAfterDays = 7

    var scopeName: String
    var unitCount: Int?
    var freshness: DataFreshness?

    /// Columns the scope name keeps, however long the freshness warnings are.
    static let minimumLeftWidth = 24

    func render(in area: Rect, buffer: inout Buffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        // Fullest first; the first that leaves the scope name room is drawn. Warnings
        // are never the part that is dropped.
        let asOf = Span(context.text(Phrase.Dashboard.asOf(context.asOf)), style: Style(.muted))
        let items = Self.freshnessItems(freshness, context: context)
        let warnings = items.filter { $0.style.role != .muted }
        let variants = [[asOf] + items, [asOf] + warnings, warnings.isEmpty ? [asOf] : warnings]
        func joined(_ spans: [Span]) -> [Span] {
            var result: [Span] = []
            for span in spans {
                if !result.isEmpty { result.append(Span(context.separator, style: Style(.muted))) }
                result.append(span)
            }
            return result + [Span(" ")]
        }
        func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + DisplayWidth.of(buffer.prepare($1.text)) } }
        var right = joined(variants[variants.count - 1])
        for variant in variants where width(joined(variant)) <= row.width - Self.minimumLeftWidth {
            right = joined(variant)
            break
        }
        var left: [Span] = []
        if row.width >= 100 { left.append(Span(" isodash ", style: Style(.title, .bold))) }
        left += [Span(" "), Span(scopeName, style: Style(.text, .bold))]
        if let unitCount, unitCount > 1 {
            left.append(Span(" (" + context.text(Phrase.Dashboard.unitCount(unitCount)) + ")", style: Style(.muted)))
        }
        let rightWidth = min(width(right), row.width - Self.minimumLeftWidth)
        let leftArea = Rect(x: row.x, y: row.y, width: max(0, row.width - rightWidth - 2), height: 1)
        Paragraph([Line(left)], wraps: false).render(in: leftArea, buffer: &buffer)
        let rightArea = Rect(x: row.right - rightWidth, y: row.y, width: rightWidth, height: 1)
        Paragraph([Line(right, alignment: .right)], wraps: false).render(in: rightArea, buffer: &buffer)
    }

    /// What the header says about the sync log: when, and what is wrong with it.
    static func freshnessItems(_ freshness: DataFreshness?, context: RenderContext) -> [Span] {
        guard let freshness else { return [] }
        var items: [Span] = []
        if let lastSync = freshness.lastSync {
            let age = context.dayOf(lastSync).map { context.asOf.days(since: $0) } ?? 0
            if age > staleAfterDays {
                items.append(Span(context.warningMark + " " + context.text(Phrase.Dashboard.staleSync(days: age)),
                                  style: Style(.warning, .bold)))
            } else {
                let time = context.time(lastSync)
                items.append(Span(context.text(Phrase.Dashboard.lastSync(time, time)), style: Style(.muted)))
            }
        } else {
            items.append(Span(context.warningMark + " " + context.text(.neverSynced), style: Style(.warning, .bold)))
        }
        if !freshness.rejectedFiles.isEmpty {
            items.append(Span(context.warningMark + " " + context.text(Phrase.Dashboard.rejectedFiles(freshness.rejectedFiles.count)),
                              style: Style(.error, .bold)))
        }
        return items
    }
}
