/// A failure reported by SQLite, kept with what we were doing when it happened.
///
/// The result code is SQLite's extended code (for example 787 for a foreign-key
/// violation), so callers can tell a constraint failure from a busy or corrupt
/// database; `context` is the SQL text or the operation (such as "opening
/// /path/store.sqlite"), so a message in a log points at the cause.
public struct SQLiteError: Error, CustomStringConvertible, Sendable, Hashable {
    /// SQLite's extended result code.
    public let code: Int32
    /// SQLite's own explanation (`sqlite3_errmsg`).
    public let message: String
    /// The SQL statement or the operation that failed.
    public let context: String

    public init(code: Int32, message: String, context: String) {
        self.code = code
        self.message = message
        self.context = context
    }

    /// The primary result code (the low byte of the extended code).
    public var primaryCode: Int32 { code & 0xFF }

    public var description: String {
        "SQLite error \(code) (\(message)) while \(context)"
    }
}
