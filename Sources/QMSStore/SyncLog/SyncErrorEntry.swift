/// One error of a rejected file: `FILE:LINE: column 'NAME': message`.
public struct SyncErrorEntry: Hashable, Sendable {
    /// The line in a CSV file (where a quoted field began), if known.
    public var line: Int?
    /// The index of the record in a JSON file, if that is how it is located.
    public var record: Int?
    /// The column (CSV header or JSON key) at fault, if any.
    public var column: String?
    public var message: String

    public init(line: Int? = nil, record: Int? = nil, column: String? = nil, message: String) {
        self.line = line
        self.record = record
        self.column = column
        self.message = message
    }
}
