/// A small CSV file assembled in memory and written in one go in its dialect.
///
/// Everything but the document register is at most a few thousand rows, so it is
/// simpler to collect the cells and let the table apply the dialect's quoting,
/// delimiter, line ends and byte-order mark in one place.
struct DemoTable {
    let dialect: DemoDialect
    let header: [String]
    private(set) var rows: [[String]] = []

    /// `columns` are `(english, vietnamese)` header names; the dialect picks one.
    init(dialect: DemoDialect, columns: [(String, String)]) {
        self.dialect = dialect
        self.header = columns.map { dialect.vietnamese ? $0.1 : $0.0 }
    }

    /// Adds a row of unquoted cells, one per column.
    mutating func append(_ cells: [String]) {
        precondition(cells.count == header.count, "demo row has \(cells.count) cells for \(header.count) columns")
        rows.append(cells)
    }

    /// Writes the file and returns its size in bytes.
    @discardableResult
    func write(to path: String) throws(DemoError) -> Int {
        let out = try DemoByteWriter(path: path)
        if dialect.byteOrderMark { out.bytes([0xEF, 0xBB, 0xBF]) }
        line(header, to: out)
        for row in rows { line(row, to: out) }
        try out.close()
        return out.bytesWritten
    }

    private func line(_ cells: [String], to out: DemoByteWriter) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.byte(dialect.delimiter) }
            out.text(dialect.field(cell))
        }
        out.text(dialect.lineEnd)
    }
}
