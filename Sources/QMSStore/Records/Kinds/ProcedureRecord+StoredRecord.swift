import QMSDomain

extension ProcedureRecord: StoredRecord {
    public static let recordKind = RecordKind.procedures
    public static let layout = TableLayout(
        table: "procedures", keyColumns: ["id"],
        valueColumns: ["title", "unit_id", "version", "issued_on", "reviewed_on", "status"],
        referenceColumns: ["unit_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(title, at: 2)
        try statement.bind(unitID, at: 3)
        try statement.bind(version, at: 4)
        try statement.bind(issuedOn, at: 5)
        try statement.bind(reviewedOn, at: 6)
        try statement.bind(status, at: 7)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), title: try row.string(1), unitID: row.optionalString(2),
                  version: row.optionalString(3), issuedOn: try row.optionalDay(4),
                  reviewedOn: try row.optionalDay(5), status: try row.word(6))
    }
}
