import Foundation
import TermUI

/// `?`: every key and what it does, in a box over the screen; scrolls when the terminal
/// is short, and any other key closes it.
struct HelpOverlay {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, context: RenderContext) {
        let width = min(area.width - 2, 84)
        let entries = KeyGuide.helpEntries(context: context)
        let keyWidth = min(26, (entries.map { DisplayWidth.of(buffer.prepare($0.keys)) }.max() ?? 20) + 1)
        let inner = width - 2
        let descriptionWidth = max(10, inner - keyWidth - 2)
        var lines: [Line] = []
        for entry in entries {
            let wrapped = TextFit.wrap(buffer.prepare(context.text(entry.phrase)), toWidth: descriptionWidth)
            for (index, text) in wrapped.enumerated() {
                let keys = index == 0 ? entry.keys : ""
                lines.append(Line([
                    Span(" " + TextFit.pad(buffer.prepare(keys), toWidth: keyWidth), style: Style(.keyHint, .bold)),
                    Span(" " + text),
                ]))
            }
        }
        lines.append(Line(""))
        for phrase in [Phrase.Dashboard.helpStatusWords, .helpFooter] {
            var text = context.text(phrase)
            if !context.isUnicode { text = Self.asciiStatusMarks(text) }
            for wrapped in TextFit.wrap(buffer.prepare(text), toWidth: inner - 2) {
                lines.append(Line(" " + wrapped, style: Style(.muted)))
            }
        }
        let bodyHeight = max(1, min(lines.count, area.height - 4))
        let box = area.centered(width: width, height: bodyHeight + 2)
        state.updatePosition(.help) { $0.settle(count: lines.count, pageSize: bodyHeight, selects: false) }
        let position = state.position(.help)
        buffer.fill(box)
        let trailing = lines.count > bodyHeight
            ? context.text(Phrase.Dashboard.position(position.offset + bodyHeight, of: lines.count)) : nil
        let panel = Panel(title: context.text(.helpTitle), trailingTitle: trailing, isFocused: true)
        panel.render(in: box, buffer: &buffer)
        Paragraph(lines, wraps: false, scroll: position.offset).render(in: panel.inner(box), buffer: &buffer)
    }

    /// The status marks line in the marks an ASCII terminal shows.
    static func asciiStatusMarks(_ text: String) -> String {
        text.replacingOccurrences(of: "✓", with: "+").replacingOccurrences(of: "✗", with: "x")
            .replacingOccurrences(of: "·", with: "-")
    }
}
