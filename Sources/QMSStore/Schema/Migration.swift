/// One named step in the history of the store's schema.
///
/// Steps are applied in order and never edited once released: a store made by
/// an older isodash is upgraded by running the steps it has not seen. The
/// position of a step in `Schema.migrations` (counting from 1) is the schema
/// version it produces, which the store keeps in `PRAGMA user_version`.
public struct Migration: Sendable {
    /// A short name shown when the step fails.
    public let name: String
    let apply: @Sendable (Connection) throws(SQLiteError) -> Void

    /// A step that runs a script of SQL statements.
    public init(name: String, sql: String) {
        self.name = name
        self.apply = { connection throws(SQLiteError) in try connection.execute(sql) }
    }

    /// A step that needs more than SQL (for example rewriting rows in Swift).
    public init(name: String, _ apply: @escaping @Sendable (Connection) throws(SQLiteError) -> Void) {
        self.name = name
        self.apply = apply
    }
}
