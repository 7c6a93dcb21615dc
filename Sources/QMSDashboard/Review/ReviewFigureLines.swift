import QMSDomain
import TermUI

/// The minutes' figure blocks of a section as screen lines: paragraphs wrapped, bullets
/// marked, tables in columns fitted to the width (the widest column gives way first).
enum ReviewFigureLines {
    static func lines(of blocks: [MinutesBlock], width: Int, buffer: Buffer, language: Language) -> [Line] {
        var lines: [Line] = []
        let buffer = Preparer(buffer: buffer)
        let bullet = buffer.mode == .unicode ? "• " : "* "
        for block in blocks {
            switch block {
            case .title(let text), .heading(let text):
                lines.append(Line(text, style: Style(.title, .bold)))
            case .paragraph(let text):
                lines += TextFit.wrap(buffer.prepare(text), toWidth: max(1, width)).map { Line($0) }
            case .bullets(let items):
                for item in items {
                    let wrapped = TextFit.wrap(buffer.prepare(item), toWidth: max(1, width - 2))
                    for (index, part) in wrapped.enumerated() {
                        lines.append(Line([Span(index == 0 ? bullet : "  ", style: Style(.muted)), Span(part)]))
                    }
                }
            case .table(let header, let rows):
                lines += table(header: header, rows: rows, width: width, buffer: buffer)
            }
        }
        return lines
    }

    /// The buffer's text preparation, with the minutes' `≤` written `<=` in ASCII mode
    /// (transliteration alone would turn it into `?`).
    struct Preparer {
        var buffer: Buffer
        var mode: RenderMode { buffer.mode }
        var symbols: Symbols { buffer.symbols }
        func prepare(_ text: String) -> String {
            buffer.prepare(mode == .ascii ? text.replacingOccurrences(of: "≤", with: "<=") : text)
        }
    }

    /// Columns two spaces apart, each as wide as its widest cell (at most 40), narrowed
    /// widest-first until the table fits; cells are cut with an ellipsis.
    static func table(header: [String], rows: [[String]], width: Int, buffer: Preparer) -> [Line] {
        let count = header.count
        guard count > 0 else { return [] }
        let prepared = ([header] + rows).map { row in (0..<count).map { $0 < row.count ? buffer.prepare(row[$0]) : "" } }
        var widths = Array(repeating: 1, count: count)
        for row in prepared {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], min(40, DisplayWidth.of(cell))) }
        }
        let spacing = 2
        while widths.reduce(0, +) + spacing * (count - 1) > width {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 4 else { break }
            widths[widest] -= 1
        }
        let ellipsis = buffer.symbols.ellipsis
        func line(_ row: [String], style: Style) -> Line {
            let text = row.enumerated().map { index, cell in
                TextFit.fit(cell, toWidth: widths[index], ellipsis: ellipsis)
            }.joined(separator: String(repeating: " ", count: spacing))
            return Line(text, style: style)
        }
        return [line(prepared[0], style: Style(.header, .bold))] + prepared.dropFirst().map { line($0, style: .plain) }
    }
}
