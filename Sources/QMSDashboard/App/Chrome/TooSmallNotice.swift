import TermUI

/// What a terminal below the minimum size shows instead of a cramped screen; the next
/// resize to a usable size brings the dashboard back as it was.
struct TooSmallNotice {
    var minimumWidth: Int
    var minimumHeight: Int

    func render(in area: Rect, buffer: inout Buffer, context: RenderContext) {
        let lines = [
            Line(context.text(.enlargeTitle), style: Style(.warning, .bold)),
            Line(context.text(Phrase.Dashboard.terminalSize(width: area.width, height: area.height,
                                                            minimumWidth: minimumWidth, minimumHeight: minimumHeight))),
            Line([Span("q", style: Style(.keyHint, .bold)), Span(" " + context.text(.quit), style: Style(.muted))]),
        ]
        let paragraph = Paragraph(lines, wraps: true, alignment: .center)
        let textWidth = max(1, area.width - 2)
        let height = min(area.height, paragraph.height(forWidth: textWidth, buffer: buffer))
        let box = Rect(x: area.x + 1, y: area.y + max(0, (area.height - height) / 2), width: textWidth, height: height)
        paragraph.render(in: box, buffer: &buffer)
    }
}
