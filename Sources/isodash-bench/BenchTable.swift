import Foundation

/// The results as an aligned plain-text table (stdout) and as Markdown (the README).
struct BenchTable: Sendable {
    static let headers = ["measure", "isodash", "compared with", "ratio", "target", "result"]

    let rows: [BenchRow]

    /// Columns padded to their widest cell, counted in characters (the cells hold
    /// `≤`, `×` and `—`, one column each).
    var text: String {
        let all = [Self.headers] + rows.map(\.cells)
        let widths = Self.headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(Self.headers), rule] + rows.map { line($0.cells) } + notes.map { "  " + $0 })
            .joined(separator: "\n") + "\n"
    }

    var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
        }
        let rule = "|" + Self.headers.map { _ in "---|" }.joined()
        var lines = [line(Self.headers), rule] + rows.map { line($0.cells) }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "- " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One note per row that was not measured or not available, saying why.
    var notes: [String] {
        rows.compactMap { row in row.verdict.reason.map { "\(row.name.rawValue): \($0)" } }
    }
}
