import QMSDomain

extension UnitRecord: StoredRecord {
    public static let recordKind = RecordKind.units
    public static let layout = TableLayout(
        table: "units", keyColumns: ["id"],
        valueColumns: ["name", "parent_id", "kind", "standard", "announced_on", "mandatory"],
        referenceColumns: ["parent_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(name, at: 2)
        try statement.bind(parentID, at: 3)
        try statement.bind(kind, at: 4)
        try statement.bind(standard, at: 5)
        try statement.bind(announcedOn, at: 6)
        try statement.bind(mandatory, at: 7)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), name: try row.string(1), parentID: row.optionalString(2),
                  kind: row.optionalString(3), standard: row.optionalString(4),
                  announcedOn: try row.optionalDay(5), mandatory: try row.bool(6))
    }
}
