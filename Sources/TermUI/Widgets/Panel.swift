/// A box with a title: the frame around each part of a screen (ratatui's `Block`).
///
/// ```
/// ┌ Objectives ────── 3/12 ┐
/// │                        │
/// └────────────────────────┘
/// ```
/// The focused panel (the one `Tab` moved to) gets the `focusedBorder` role and bold, so
/// it stands out in monochrome too. Content goes in `inner(area)`.
public struct Panel: Widget {
    public var title: String?
    /// Shown at the right of the top border: a count or a scroll position.
    public var trailingTitle: String?
    public var isFocused: Bool
    public var titleStyle: Style
    public var borderStyle: Style

    public init(title: String? = nil, trailingTitle: String? = nil, isFocused: Bool = false,
                titleStyle: Style = Style(.title, .bold), borderStyle: Style = Style(.border)) {
        self.title = title
        self.trailingTitle = trailingTitle
        self.isFocused = isFocused
        self.titleStyle = titleStyle
        self.borderStyle = borderStyle
    }

    /// Where content goes: inside the border.
    public func inner(_ area: Rect) -> Rect { area.inner }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard area.width >= 2 && area.height >= 2 else { return }
        let border = buffer.symbols.border
        let style = isFocused ? Style(.focusedBorder, borderStyle.attributes.union(.bold)) : borderStyle
        let right = area.right - 1
        let bottom = area.bottom - 1

        for x in (area.x + 1)..<right {
            buffer.write(border.horizontal, at: Position(x: x, y: area.y), style: style, clip: area)
            buffer.write(border.horizontal, at: Position(x: x, y: bottom), style: style, clip: area)
        }
        for y in (area.y + 1)..<bottom {
            buffer.write(border.vertical, at: Position(x: area.x, y: y), style: style, clip: area)
            buffer.write(border.vertical, at: Position(x: right, y: y), style: style, clip: area)
        }
        buffer.write(border.topLeft, at: Position(x: area.x, y: area.y), style: style, clip: area)
        buffer.write(border.topRight, at: Position(x: right, y: area.y), style: style, clip: area)
        buffer.write(border.bottomLeft, at: Position(x: area.x, y: bottom), style: style, clip: area)
        buffer.write(border.bottomRight, at: Position(x: right, y: bottom), style: style, clip: area)

        // Titles sit in the top border with a space either side: "┌ Title ─ 3/12 ┐".
        let ellipsis = buffer.symbols.ellipsis
        var free = area.width - 2
        if let trailing = trailingTitle.map(buffer.prepare), !trailing.isEmpty, free >= 3 {
            let text = " " + TextFit.truncate(trailing, toWidth: free - 2, ellipsis: ellipsis) + " "
            let width = DisplayWidth.of(text)
            buffer.write(text, at: Position(x: right - width, y: area.y), style: titleStyle, clip: area)
            free -= width + 1
        }
        if let title = title.map(buffer.prepare), !title.isEmpty, free >= 3 {
            let text = " " + TextFit.truncate(title, toWidth: free - 2, ellipsis: ellipsis) + " "
            buffer.write(text, at: Position(x: area.x + 1, y: area.y), style: titleStyle, clip: area)
        }
    }
}
