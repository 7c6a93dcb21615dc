import QMSDomain

/// The latest measurement of an objective whose period has started by a day,
/// with one statement reused for every objective.
struct LatestMeasurement {
    private let store: Store
    private let statement: Statement

    init(store: Store, asOf: Day) throws(StoreError) {
        self.store = store
        // Latest by Period's own order: the latest start, then the longer period.
        statement = try store.prepareQuery("""
            SELECT \(SQLFragments.columns(of: MeasurementRecord.self, as: "m")) FROM measurements AS m
            WHERE m.objective_id = :objective AND m.starts_on <= :as_of
            ORDER BY m.starts_on DESC, m.ends_on DESC LIMIT 1
            """, NamedParameters().with(":as_of", asOf))
    }

    func find(objectiveID: String) throws(StoreError) -> MeasurementRecord? {
        try store.sqlite { () throws(SQLiteError) in
            if let index = statement.parameterIndex(":objective") { try statement.bind(objectiveID, at: index) }
        }
        var found: MeasurementRecord?
        try store.forEachRow(of: statement, table: "measurements") { (row) throws(StoreError) in
            found = try MeasurementRecord(row: row)
        }
        return found
    }
}
