import QMSDomain

extension ObjectiveRecord: StoredRecord {
    public static let recordKind = RecordKind.objectives
    public static let layout = TableLayout(
        table: "objectives", keyColumns: ["id"],
        valueColumns: ["title", "year", "unit_id", "indicator", "target", "measure", "direction", "margin",
                       "owner", "due_on"],
        referenceColumns: ["unit_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(title, at: 2)
        try statement.bind(year, at: 3)
        try statement.bind(unitID, at: 4)
        try statement.bind(indicator, at: 5)
        try statement.bind(target, at: 6)
        try statement.bind(measure, at: 7)
        try statement.bind(direction, at: 8)
        try statement.bind(margin, at: 9)
        try statement.bind(owner, at: 10)
        try statement.bind(dueOn, at: 11)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), title: try row.string(1), year: try row.int(2),
                  unitID: row.optionalString(3), indicator: try row.optionalWord(4), target: try row.double(5),
                  measure: try row.string(6), direction: try row.word(7), margin: row.optionalDouble(8),
                  owner: row.optionalString(9), dueOn: try row.optionalDay(10))
    }
}
