/// Renders a buffer as plain text: what `isodash dump` prints and what snapshot tests
/// compare.
///
/// One line per row, joined by `\n` (no final newline), trailing spaces trimmed,
/// continuation cells of wide characters skipped (the wide character already covers them).
public enum TextBackend {
    public static func render(_ buffer: Buffer) -> String {
        var output = ""
        output.reserveCapacity(buffer.width * buffer.height + buffer.height)
        var line = ""
        line.reserveCapacity(buffer.width * 2)
        for y in 0..<buffer.height {
            line.removeAll(keepingCapacity: true)
            var kept = 0
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                line += cell.symbol
                if cell.symbol != " " { kept = line.utf8.count }
            }
            if y > 0 { output += "\n" }
            output += line.utf8.count == kept ? line : String(line.utf8.prefix(kept))!
        }
        return output
    }

    /// Like `render`, with every run of cells whose style is not `Style.plain` wrapped as
    /// `{role+attributes|text}`, e.g. `{title+bold| Objectives }`. Trailing plain spaces are
    /// trimmed; styled ones are kept, so a highlighted row shows its full extent.
    public static func renderStyled(_ buffer: Buffer) -> String {
        var lines: [String] = []
        lines.reserveCapacity(buffer.height)
        for y in 0..<buffer.height {
            var runs: [(style: Style, text: String)] = []
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                if let last = runs.last, last.style == cell.style {
                    runs[runs.count - 1].text += cell.symbol
                } else {
                    runs.append((cell.style, cell.symbol))
                }
            }
            if let last = runs.last, last.style == .plain {
                var text = last.text
                while text.last == " " { text.removeLast() }
                if text.isEmpty { runs.removeLast() } else { runs[runs.count - 1].text = text }
            }
            lines.append(runs.map { $0.style == .plain ? $0.text : "{\($0.style)|\($0.text)}" }.joined())
        }
        return lines.joined(separator: "\n")
    }
}
