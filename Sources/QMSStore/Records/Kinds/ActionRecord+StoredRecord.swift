import QMSDomain

extension ActionRecord: StoredRecord {
    public static let recordKind = RecordKind.actions
    public static let layout = TableLayout(
        table: "actions", keyColumns: ["id"],
        valueColumns: ["title", "unit_id", "finding_id", "owner", "opened_on", "due_on", "closed_on", "status"],
        referenceColumns: ["unit_id", "finding_id"])

    public var key: String { id }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(id, at: 1)
        try statement.bind(title, at: 2)
        try statement.bind(unitID, at: 3)
        try statement.bind(findingID, at: 4)
        try statement.bind(owner, at: 5)
        try statement.bind(openedOn, at: 6)
        try statement.bind(dueOn, at: 7)
        try statement.bind(closedOn, at: 8)
        try statement.bind(status, at: 9)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(id: try row.string(0), title: try row.string(1), unitID: try row.string(2),
                  findingID: row.optionalString(3), owner: row.optionalString(4), openedOn: try row.day(5),
                  dueOn: try row.day(6), closedOn: try row.optionalDay(7), status: try row.word(8))
    }
}
