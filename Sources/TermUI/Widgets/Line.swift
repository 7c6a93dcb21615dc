/// One line of styled text: spans drawn one after the other.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]
    /// Overrides the paragraph's alignment for this line.
    public var alignment: Alignment?

    public init(_ spans: [Span], alignment: Alignment? = nil) {
        self.spans = spans
        self.alignment = alignment
    }

    public init(_ text: String, style: Style = .plain, alignment: Alignment? = nil) {
        self.init([Span(text, style: style)], alignment: alignment)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Draws the line in row `row` of `area`, truncated with an ellipsis when too long.
    func render(in area: Rect, row: Int, alignment fallback: Alignment, buffer: inout Buffer) {
        let glyphs = Self.glyphs(of: spans, buffer: buffer)
        let totalWidth = glyphs.reduce(0) { $0 + $1.width }
        var visible = glyphs[...]
        if totalWidth > area.width {
            let ellipsis = buffer.symbols.ellipsis
            let ellipsisWidth = DisplayWidth.of(ellipsis)
            let budget = ellipsisWidth < area.width ? area.width - ellipsisWidth : area.width
            var used = 0
            var end = 0
            while end < glyphs.count && used + glyphs[end].width <= budget {
                used += glyphs[end].width
                end += 1
            }
            while end > 0 && glyphs[end - 1].isSpace {
                end -= 1
                used -= 1
            }
            visible = glyphs[0..<end]
            Self.draw(visible, at: Position(x: area.x, y: row), clip: area, buffer: &buffer)
            if budget < area.width {
                let style = end > 0 ? glyphs[end - 1].style : (glyphs.first?.style ?? .plain)
                buffer.write(ellipsis, at: Position(x: area.x + used, y: row), style: style, clip: area)
            }
            return
        }
        let x = area.x + (alignment ?? fallback).leadingPadding(contentWidth: totalWidth, in: area.width)
        Self.draw(visible, at: Position(x: x, y: row), clip: area, buffer: &buffer)
    }

    static func glyphs(of spans: [Span], buffer: Buffer) -> [Glyph] {
        var glyphs: [Glyph] = []
        for span in spans {
            for character in buffer.prepare(span.text) {
                let width = DisplayWidth.of(character)
                if width > 0 { glyphs.append(Glyph(symbol: String(character), width: width, style: span.style)) }
            }
        }
        return glyphs
    }

    static func draw(_ glyphs: ArraySlice<Glyph>, at position: Position, clip: Rect, buffer: inout Buffer) {
        var x = position.x
        for glyph in glyphs {
            x = buffer.write(glyph.symbol, at: Position(x: x, y: position.y), style: glyph.style, clip: clip)
        }
    }
}
