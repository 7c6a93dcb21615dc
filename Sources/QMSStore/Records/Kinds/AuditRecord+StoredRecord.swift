import QMSDomain

extension AuditRecord: StoredRecord {
    public static let recordKind = RecordKind.audits
    public static let layout = TableLayout(
        table: "audits", keyColumns: ["id"],
        valueColumns: ["title", "kind", "unit_id", "starts_on", "ends_on", "status", "lead"],
        referenceColumns: ["unit_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(title, at: 2)
        try statement.bind(kind, at: 3)
        try statement.bind(unitID, at: 4)
        try statement.bind(startsOn, at: 5)
        try statement.bind(endsOn, at: 6)
        try statement.bind(status, at: 7)
        try statement.bind(lead, at: 8)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), title: try row.string(1), kind: try row.word(2),
                  unitID: row.optionalString(3), startsOn: try row.day(4), endsOn: try row.optionalDay(5),
                  status: try row.word(6), lead: row.optionalString(7))
    }
}
