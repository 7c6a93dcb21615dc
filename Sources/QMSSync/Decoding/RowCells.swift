/// One row's cells by contract column (not by file position), whichever format the
/// row came from. Reused from row to row so a million-row file allocates no arrays.
public struct RowCells: Sendable {
    /// Trimmed NFC text per column index; nil when the cell is empty or the column absent.
    public var texts: [String?]
    /// How the file names each column (its header or JSON key), for error messages;
    /// the English name for a column the file does not have.
    public var labels: [String]
    /// Where the row is, for error messages.
    public var location: SyncIssue.Location

    public init(schema: KindSchema) {
        texts = Array(repeating: nil, count: schema.columns.count)
        labels = schema.columns.map(\.name)
        location = .file
    }

    public mutating func clear() {
        for index in texts.indices { texts[index] = nil }
    }
}
