import TermUI

/// A short message where a screen's content would be: a store that cannot be read, a
/// record that disappeared after a sync.
struct MessagePanel {
    var title: String
    var message: String
    var style: Style = Style(.error, .bold)

    func render(in area: Rect, buffer: inout Buffer) {
        let panel = Panel(title: title)
        panel.render(in: area, buffer: &buffer)
        Paragraph([Line(message, style: style)], wraps: true).render(in: panel.inner(area).inset(horizontal: 1),
                                                                       buffer: &buffer)
    }
}
