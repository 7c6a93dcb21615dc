/// One grapheme cluster ready to be placed: its text, columns and style.
struct Glyph: Sendable {
    var symbol: String
    var width: Int
    var style: Style

    var isSpace: Bool { symbol == " " }
}

/// Greedy word wrapping by display width, shared by `TextFit.wrap` and `Paragraph`.
enum LineBreaker {
    /// Ranges of `glyphs` forming each line, at most `width` columns each. Always at least
    /// one (possibly empty) line, so an empty paragraph still takes a row.
    static func breakLines(_ glyphs: [Glyph], width: Int) -> [Range<Int>] {
        guard width > 0 else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int? = nil
        var index = 0
        while index < glyphs.count {
            let glyph = glyphs[index]
            if glyph.width > width {
                // Wider than a whole line (a wide character in a 1-column area): skip it.
                if index == start { start += 1; index += 1; continue }
            }
            if used + glyph.width <= width || glyph.isSpace {
                if glyph.isSpace { lastSpace = index }
                used += glyph.isSpace && used + glyph.width > width ? 0 : glyph.width
                index += 1
                continue
            }
            // Overflow: break at the last space if there is one, else before this glyph.
            var end = index
            var next = index
            if let space = lastSpace, space > start {
                end = space
                next = space + 1
            }
            lines.append(start..<trimTrailingSpaces(glyphs, start, end))
            start = skipSpaces(glyphs, from: next)
            index = start
            used = 0
            lastSpace = nil
        }
        lines.append(start..<trimTrailingSpaces(glyphs, start, glyphs.count))
        return lines
    }

    private static func trimTrailingSpaces(_ glyphs: [Glyph], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start && glyphs[end - 1].isSpace { end -= 1 }
        return end
    }

    private static func skipSpaces(_ glyphs: [Glyph], from index: Int) -> Int {
        var index = index
        while index < glyphs.count && glyphs[index].isSpace { index += 1 }
        return index
    }
}
