/// A headline number in large block characters, readable from the back of a meeting
/// room when the dashboard is projected.
///
/// ```
/// ███ ███   ███ █ █          █▀▀ ▀▀█   █▀▀ ▀ █
/// █     █   █     █    or    █▀█ █▀▀   ▀▀█ ▄▀
/// ███ ███   ███  █           ▀▀▀ ▀▀▀ ▀ ▀▀▀ ▀ ▀
/// █ █ █       █ █
/// ███ ███ █ ███ █ █          (small: 3 rows)
/// ```
/// Digits, `%`, `.`, `,`, `/`, `-`, `+`, `:` and space; ASCII mode draws with `#` (large) or
/// seven-segment strokes (small). Text the font lacks, or that does not fit the area,
/// is drawn as ordinary text instead, so the number is never lost.
public struct BigText: Widget {
    public enum Size: Hashable, Sendable, CaseIterable {
        /// Three rows tall.
        case small
        /// Five rows tall.
        case large

        public var height: Int { self == .small ? 3 : 5 }
    }

    public var text: String
    public var size: Size
    public var alignment: Alignment
    public var style: Style

    public init(_ text: String, size: Size = .large, alignment: Alignment = .center,
                style: Style = Style(.bigNumber, .bold)) {
        self.text = text
        self.size = size
        self.alignment = alignment
        self.style = style
    }

    /// Columns `text` takes in big characters (the same at both sizes, one blank column
    /// between glyphs), or nil when the font lacks one of its characters.
    public static func width(of text: String) -> Int? {
        var total = 0
        for character in text {
            guard let rows = BigTextFont.pixels[character] else { return nil }
            total += rows[0].count + (total > 0 ? 1 : 0)
        }
        return total
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        guard let width = Self.width(of: text), width <= area.width, size.height <= area.height,
              !text.isEmpty else {
            Line(text, style: style).render(in: area, row: area.y + (area.height - 1) / 2,
                                            alignment: alignment, buffer: &buffer)
            return
        }
        let top = area.y + (area.height - size.height) / 2
        var x = area.x + alignment.leadingPadding(contentWidth: width, in: area.width)
        for character in text {
            guard let rows = BigTextFont.rows(of: character, size: size, mode: buffer.mode) else { continue }
            for (offset, row) in rows.enumerated() {
                var column = x
                for pixel in row {
                    buffer.write(String(pixel), at: Position(x: column, y: top + offset), style: style, clip: area)
                    column += 1
                }
            }
            x += rows[0].count + 1
        }
    }
}
