import TermUI

/// A bordered block of lines that scrolls (a detail view), with its position in the border.
struct ScrollingText {
    var list: ListID
    var title: String
    var lines: [Line]

    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, context: RenderContext) {
        let inner = area.inner
        state.updatePosition(list) { $0.settle(count: lines.count, pageSize: inner.height, selects: false) }
        let offset = state.position(list).offset
        let trailing = lines.count > inner.height
            ? context.text(Phrase.Dashboard.position(min(lines.count, offset + inner.height), of: lines.count)) : nil
        Panel(title: title, trailingTitle: trailing, isFocused: true).render(in: area, buffer: &buffer)
        Paragraph(lines, wraps: false, scroll: offset).render(in: inner, buffer: &buffer)
    }
}
