import TermUI

/// The second line: the six screens with the digits that jump to them, the current one
/// highlighted (by the selection role and bold, so it shows in monochrome too).
struct TabBar {
    var current: DashboardScreen

    func render(in area: Rect, buffer: inout Buffer, context: RenderContext) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        var spans: [Span] = []
        for screen in DashboardScreen.allCases {
            let isCurrent = screen == current
            let title = context.text(screen.title)
            if isCurrent {
                spans.append(Span(" \(screen.rawValue) \(title) ", style: Style(.selection, .bold)))
            } else {
                // Plain text and bold only: over a slow link each colour change costs bytes.
                spans.append(Span(" \(screen.rawValue)", style: Style(.text, .bold)))
                spans.append(Span(" \(title) "))
            }
            spans.append(Span(" "))
        }
        Paragraph([Line(spans)], wraps: false).render(in: row, buffer: &buffer)
    }
}
