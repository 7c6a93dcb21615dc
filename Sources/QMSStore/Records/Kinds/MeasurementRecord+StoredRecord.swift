import QMSDomain

extension MeasurementRecord: StoredRecord {
    public static let recordKind = RecordKind.measurements
    /// `starts_on` and `ends_on` follow from the period; they let read models
    /// find an objective's latest period with an index instead of parsing.
    public static let layout = TableLayout(
        table: "measurements", keyColumns: ["objective_id", "period"],
        valueColumns: ["value", "numerator", "denominator", "note"],
        derivedColumns: ["starts_on", "ends_on"],
        referenceColumns: ["objective_id"])

    public var key: MeasurementKey { MeasurementKey(objectiveID: objectiveID, period: period) }

    public static func bind(key: MeasurementKey, to statement: Statement) throws(SQLiteError) {
        try statement.bind(key.objectiveID, at: 1)
        try statement.bind(key.period, at: 2)
    }

    public func bind(to statement: Statement) throws(SQLiteError) {
        try statement.bind(objectiveID, at: 1)
        try statement.bind(period, at: 2)
        try statement.bind(value, at: 3)
        try statement.bind(numerator, at: 4)
        try statement.bind(denominator, at: 5)
        try statement.bind(note, at: 6)
        try statement.bind(period.start, at: 7)
        try statement.bind(period.end, at: 8)
    }

    public init(row: RowReader) throws(StoreError) {
        self.init(objectiveID: try row.string(0), period: try row.period(1), value: try row.double(2),
                  numerator: row.optionalDouble(3), denominator: row.optionalDouble(4), note: row.optionalString(5))
    }
}
