/// Lines of styled text, wrapped (by display width, at spaces) or cut with an ellipsis.
public struct Paragraph: Widget {
    public var lines: [Line]
    /// Wrap long lines at spaces; when false, long lines end in an ellipsis.
    public var wraps: Bool
    public var alignment: Alignment
    /// Rows (after wrapping) skipped at the top, for scrolling long help or detail text.
    public var scroll: Int

    public init(_ lines: [Line], wraps: Bool = true, alignment: Alignment = .left, scroll: Int = 0) {
        self.lines = lines
        self.wraps = wraps
        self.alignment = alignment
        self.scroll = scroll
    }

    /// A paragraph from plain text, one `Line` per line of `text` (LF, CRLF or CR).
    public init(text: String, style: Style = .plain, wraps: Bool = true, alignment: Alignment = .left,
                scroll: Int = 0) {
        self.init(TextFit.splitLines(text).map { Line(String($0), style: style) },
                  wraps: wraps, alignment: alignment, scroll: scroll)
    }

    /// Rows the paragraph needs at `width` columns (for sizing a panel or a scroll range).
    public func height(forWidth width: Int, buffer: Buffer) -> Int {
        guard wraps else { return lines.count }
        return lines.reduce(0) { total, line in
            total + LineBreaker.breakLines(Line.glyphs(of: line.spans, buffer: buffer), width: width).count
        }
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        var row = 0
        let firstRow = max(0, scroll)
        for line in lines {
            if row - firstRow >= area.height { break }
            guard wraps else {
                if row >= firstRow {
                    line.render(in: area, row: area.y + row - firstRow, alignment: alignment, buffer: &buffer)
                }
                row += 1
                continue
            }
            let glyphs = Line.glyphs(of: line.spans, buffer: buffer)
            for range in LineBreaker.breakLines(glyphs, width: area.width) {
                defer { row += 1 }
                guard row >= firstRow else { continue }
                let y = area.y + row - firstRow
                if y >= area.bottom { break }
                let slice = glyphs[range]
                let lineWidth = slice.reduce(0) { $0 + $1.width }
                let x = area.x + (line.alignment ?? alignment).leadingPadding(contentWidth: lineWidth, in: area.width)
                Line.draw(slice, at: Position(x: x, y: y), clip: area, buffer: &buffer)
            }
        }
    }
}
