/// The store's schema history, oldest first. Append a `Migration` to change the
/// schema; never edit or reorder a released one (stores in the field have run it).
enum Schema {
    static let migrations: [Migration] = [
        SchemaV1.migration,
        SchemaV2.migration,
        SchemaV3.migration,
        SchemaV4.migration,
        SchemaV5.migration,
    ]

    /// The schema version this build writes.
    static var latestVersion: Int { migrations.count }
}
