import QMSDomain

extension DocumentRecord: StoredRecord {
    public static let recordKind = RecordKind.documents
    /// Writes to this table also maintain `document_months` and `document_due`:
    /// inserts through `DocumentSummaryBatch`, updates and deletes through triggers.
    public static let layout = TableLayout(
        table: "documents", keyColumns: ["id"],
        valueColumns: ["unit_id", "direction", "date", "electronic", "confidential", "due_on", "done_on"],
        referenceColumns: ["unit_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(unitID, at: 2)
        try statement.bind(direction, at: 3)
        try statement.bind(date, at: 4)
        try statement.bind(electronic, at: 5)
        try statement.bind(confidential, at: 6)
        try statement.bind(dueOn, at: 7)
        try statement.bind(doneOn, at: 8)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), unitID: try row.string(1), direction: try row.word(2),
                  date: try row.day(3), electronic: try row.bool(4), confidential: try row.bool(5),
                  dueOn: try row.optionalDay(6), doneOn: try row.optionalDay(7))
    }
}
