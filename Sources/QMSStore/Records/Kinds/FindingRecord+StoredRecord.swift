import QMSDomain

extension FindingRecord: StoredRecord {
    public static let recordKind = RecordKind.findings
    public static let layout = TableLayout(
        table: "findings", keyColumns: ["id"],
        valueColumns: ["audit_id", "unit_id", "grade", "clause", "description", "raised_on"],
        referenceColumns: ["audit_id", "unit_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(auditID, at: 2)
        try statement.bind(unitID, at: 3)
        try statement.bind(grade, at: 4)
        try statement.bind(clause, at: 5)
        try statement.bind(description, at: 6)
        try statement.bind(raisedOn, at: 7)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), auditID: try row.string(1), unitID: row.optionalString(2),
                  grade: try row.word(3), clause: row.optionalString(4), description: try row.string(5),
                  raisedOn: try row.optionalDay(6))
    }
}
