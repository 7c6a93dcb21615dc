import QMSDomain

/// A record kind of the export contract as the store keeps it: its table, its
/// key, and how its fields map to columns.
///
/// Parameters are bound by position, in the order of `TableLayout.columns`
/// (key columns, then value columns, then derived columns), and a row is read
/// back in the order of `TableLayout.selectedColumns`. Every record type of
/// QMSDomain conforms; `RecordWriter` and `Store.fetch` do the rest.
public protocol StoredRecord: Hashable, Sendable {
    /// What identifies a record: a later row with the same key replaces it.
    associatedtype Key: Hashable, Sendable, CustomStringConvertible

    /// The contract kind, for error messages.
    static var recordKind: RecordKind { get }
    /// The table and its columns.
    static var layout: TableLayout { get }
    /// This record's key.
    var key: Key { get }
    /// Binds a key to parameters `?1`…`?k`, in the order of `layout.keyColumns`.
    static func bind(key: Key, to statement: Statement) throws(SQLiteError)
    /// Binds every column to `?1`…`?n`, in the order of `layout.columns`.
    func bind(to statement: Statement) throws(SQLiteError)
    /// Reads a record from a row whose columns are `layout.selectedColumns`.
    init(row: RowReader) throws(StoreError)
}

extension StoredRecord where Key == String {
    /// Most kinds are keyed by one text `id`: it binds to `?1`.
    public static func bind(key: String, to statement: Statement) throws(SQLiteError) {
        try statement.bind(key, at: 1)
    }
}
