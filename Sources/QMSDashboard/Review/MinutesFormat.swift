import TermUI

/// How `isodash review export` writes the minutes.
public enum MinutesFormat: String, CaseIterable, Sendable {
    /// Markdown: opens well in a browser, a word processor or a git forge.
    case markdown = "md"
    /// Plain text with aligned columns: for e-mail and printing.
    case text = "txt"

    /// The blocks written out in this format.
    public func render(_ blocks: [MinutesBlock]) -> String {
        var out: [String] = []
        for block in blocks {
            switch (self, block) {
            case (.markdown, .title(let text)): out += ["# " + Self.inline(text), ""]
            case (.markdown, .heading(let text)): out += ["## " + Self.inline(text), ""]
            case (.markdown, .paragraph(let text)): out += [Self.inline(text), ""]
            case (.markdown, .bullets(let items)): out += items.map { "- " + Self.inline($0) } + [""]
            case (.markdown, .table(let header, let rows)):
                out.append("| " + header.map(Self.cell).joined(separator: " | ") + " |")
                out.append("|" + header.map { _ in "---|" }.joined())
                out += rows.map { "| " + $0.map(Self.cell).joined(separator: " | ") + " |" }
                out.append("")
            case (.text, .title(let text)):
                out += [text, String(repeating: "=", count: DisplayWidth.of(text)), ""]
            case (.text, .heading(let text)):
                out += [text, String(repeating: "-", count: DisplayWidth.of(text)), ""]
            case (.text, .paragraph(let text)): out += [text, ""]
            case (.text, .bullets(let items)): out += items.map { "  * " + $0 } + [""]
            case (.text, .table(let header, let rows)):
                out += Self.alignedTable(header: header, rows: rows) + [""]
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text from the store cannot start Markdown structure of its own.
    private static func inline(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    private static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "\n", with: " ")
    }

    /// Columns padded by display width (Vietnamese and wide characters line up).
    private static func alignedTable(header: [String], rows: [[String]]) -> [String] {
        let all = [header] + rows
        let columns = header.count
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (index, text) in row.enumerated() where index < columns {
                widths[index] = max(widths[index], min(DisplayWidth.of(text), 48))
            }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, text in
                let fitted = TextFit.truncate(text, toWidth: widths[index], ellipsis: "…")
                return fitted + String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(fitted)))
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line)
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
