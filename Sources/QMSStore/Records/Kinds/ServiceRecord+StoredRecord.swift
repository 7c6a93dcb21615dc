import QMSDomain

extension ServiceRecord: StoredRecord {
    public static let recordKind = RecordKind.services
    public static let layout = TableLayout(
        table: "services", keyColumns: ["id"],
        valueColumns: ["name", "unit_id", "level"],
        referenceColumns: ["unit_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(name, at: 2)
        try statement.bind(unitID, at: 3)
        try statement.bind(level, at: 4)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), name: try row.string(1), unitID: row.optionalString(2),
                  level: try row.word(3))
    }
}
