import QMSDomain

extension TallyRecord: StoredRecord {
    public static let recordKind = RecordKind.tallies
    public static let layout = TableLayout(
        table: "tallies", keyColumns: ["unit_id", "month", "direction"],
        valueColumns: ["total", "electronic", "confidential", "with_due", "on_time", "as_of"],
        referenceColumns: ["unit_id"])

    public var key: TallyKey { TallyKey(unitID: unitID, month: month, direction: direction) }

    public static func bind(key: TallyKey, to statement: Statement) throws(SQLiteError) {
        try statement.bind(key.unitID, at: 1)
        try statement.bind(key.month, at: 2)
        try statement.bind(key.direction, at: 3)
    }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(unitID, at: 1)
        try statement.bind(month, at: 2)
        try statement.bind(direction, at: 3)
        try statement.bind(total, at: 4)
        try statement.bind(electronic, at: 5)
        try statement.bind(confidential, at: 6)
        try statement.bind(withDue, at: 7)
        try statement.bind(onTime, at: 8)
        try statement.bind(asOf, at: 9)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(unitID: try row.string(0), month: try row.period(1), direction: try row.word(2),
                  total: try row.int(3), electronic: try row.int(4), confidential: try row.int(5),
                  withDue: try row.int(6), onTime: try row.int(7), asOf: try row.optionalDay(8))
    }
}
