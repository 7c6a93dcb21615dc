// The only Swift file in isodash that speaks the SQLite C API. Everything else in
// QMSStore goes through `Connection` and `Statement`, so every call that can fail
// is checked in one place and turned into a `SQLiteError` carrying the SQL.
import CSQLite

// MARK: - Connection

/// One open SQLite database handle.
///
/// A connection is used by one task at a time (it is deliberately not `Sendable`):
/// the store opens one per process, readers and the syncing writer in other
/// processes meet in WAL mode. Closing happens at `close()` or when the last
/// reference goes away; statements keep their connection alive until they are
/// finalized, so a statement can never outlive its database handle.
public final class Connection {
    /// How to open the file.
    public enum OpenMode: Sendable {
        /// `SQLITE_OPEN_READONLY`: SQLite itself refuses every write.
        case readOnly
        /// Read-write; the file must exist.
        case readWrite
        /// Read-write, creating the file when it is missing.
        case readWriteCreate
    }

    /// How a transaction takes its locks.
    public enum TransactionKind: Sendable {
        /// `BEGIN DEFERRED`: a consistent snapshot for several reads.
        case deferred
        /// `BEGIN IMMEDIATE`: takes the write lock at once, so a writer waits for
        /// another writer (busy timeout) up front instead of failing mid-way.
        case immediate
    }

    /// The path the connection was opened with.
    public let path: String
    private var handle: OpaquePointer?
    private var savepointDepth = 0
    /// The busy timeout set by `setBusyTimeout`, which `BEGIN IMMEDIATE` also honours.
    private var busyTimeoutMilliseconds = 0

    public init(path: String, mode: OpenMode) throws(SQLiteError) {
        self.path = path
        let flags: Int32
        switch mode {
        case .readOnly: flags = SQLITE_OPEN_READONLY
        case .readWrite: flags = SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var db: OpaquePointer?
        // NOMUTEX: a connection is not Sendable, so Swift's concurrency checking
        // already keeps it on one task at a time; SQLite's own per-call mutex
        // would only add a lock and unlock to every call (a few per cent of an upsert).
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            let code = db.map { sqlite3_extended_errcode($0) } ?? rc
            sqlite3_close_v2(db)
            throw SQLiteError(code: code, message: message, context: "opening \(path)")
        }
        sqlite3_extended_result_codes(db, 1)
        isodash_sqlite_profile_if_requested(db)
        handle = db
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Closes the handle now rather than when the connection is released.
    /// Statements still alive keep working until they are finalized
    /// (`sqlite3_close_v2` semantics); further `prepare` calls fail.
    public func close() {
        sqlite3_close_v2(handle)
        handle = nil
    }

    /// Whether SQLite refuses writes to the database: opened with
    /// `SQLITE_OPEN_READONLY`, or opened read-write on a file the process may not write.
    public var isReadOnly: Bool {
        handle.map { sqlite3_db_readonly($0, "main") == 1 } ?? true
    }

    /// Whether `close()` has been called.
    public var isClosed: Bool { handle == nil }

    func liveHandle(for operation: @autoclosure () -> String) throws(SQLiteError) -> OpaquePointer {
        guard let handle else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "the connection is closed", context: operation())
        }
        return handle
    }

    func error(_ code: Int32, _ context: String) -> SQLiteError {
        guard let handle else {
            return SQLiteError(code: code, message: String(cString: sqlite3_errstr(code)), context: context)
        }
        // The handle's message describes the latest failure, which is this one
        // only if the handle's code agrees; otherwise fall back to the code text.
        let latest = sqlite3_extended_errcode(handle)
        let message = (latest & 0xFF) == (code & 0xFF)
            ? String(cString: sqlite3_errmsg(handle))
            : String(cString: sqlite3_errstr(code))
        return SQLiteError(code: (latest & 0xFF) == (code & 0xFF) ? latest : code, message: message, context: context)
    }

    /// Makes SQLite wait (sleeping and retrying) for up to `milliseconds` when
    /// another process holds a lock, instead of failing with `SQLITE_BUSY` at once.
    public func setBusyTimeout(milliseconds: Int) throws(SQLiteError) {
        let db = try liveHandle(for: "setting the busy timeout")
        let rc = sqlite3_busy_timeout(db, Int32(clamping: milliseconds))
        guard rc == SQLITE_OK else { throw error(rc, "setting the busy timeout") }
        busyTimeoutMilliseconds = max(0, milliseconds)
    }

    /// Keeps the `-wal` and `-shm` files when the last connection closes
    /// (`SQLITE_FCNTL_PERSIST_WAL`), so users who may read the store but not
    /// write its folder can still open it read-only after the writer has gone.
    public func setPersistentWAL(_ persistent: Bool) throws(SQLiteError) {
        let db = try liveHandle(for: "setting persistent WAL")
        var flag: Int32 = persistent ? 1 : 0
        let rc = sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &flag)
        guard rc == SQLITE_OK else { throw error(rc, "setting persistent WAL") }
    }

    /// Runs SQL that returns no rows; several statements separated by `;` are allowed.
    public func execute(_ sql: String) throws(SQLiteError) {
        let db = try liveHandle(for: sql)
        let rc = sqlite3_exec(db, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc, "running `\(sql)`") }
    }

    /// Compiles one SQL statement.
    ///
    /// - Parameter persistent: a hint that the statement is kept and reused many
    ///   times (`SQLITE_PREPARE_PERSISTENT`), as the sync's writers do.
    public func prepare(_ sql: String, persistent: Bool = false) throws(SQLiteError) -> Statement {
        try Statement(connection: self, sql: sql, persistent: persistent)
    }

    /// Rows changed by the latest INSERT, UPDATE or DELETE (not counting triggers).
    public var changes: Int {
        handle.map { Int(sqlite3_changes64($0)) } ?? 0
    }

    /// Rows changed since the connection was opened.
    public var totalChanges: Int {
        handle.map { Int(sqlite3_total_changes64($0)) } ?? 0
    }

    /// The rowid of the latest successful INSERT into a rowid table.
    public var lastInsertRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Whether a transaction is open on this connection (not in autocommit mode).
    public var isInTransaction: Bool {
        handle.map { sqlite3_get_autocommit($0) == 0 } ?? false
    }

    /// Changes whenever another connection commits to the database file, so a
    /// screen can poll it cheaply and refresh only after a sync (`PRAGMA data_version`).
    public func dataVersion() throws(SQLiteError) -> Int {
        try pragmaInteger("data_version")
    }

    /// The schema version the store keeps in the file header (`PRAGMA user_version`).
    public func userVersion() throws(SQLiteError) -> Int {
        try pragmaInteger("user_version")
    }

    /// Sets `PRAGMA user_version`; transactional like any other write.
    public func setUserVersion(_ version: Int) throws(SQLiteError) {
        try execute("PRAGMA user_version = \(Int32(clamping: version))")
    }

    /// Reads an integer-valued pragma such as `user_version` or `foreign_keys`.
    public func pragmaInteger(_ name: String) throws(SQLiteError) -> Int {
        let statement = try prepare("PRAGMA \(name)")
        guard try statement.step() == .row, let value = statement.int(at: 0) else {
            throw SQLiteError(code: SQLITE_ERROR, message: "the pragma returned no value", context: "reading PRAGMA \(name)")
        }
        statement.reset()
        return value
    }

    /// Reads a text-valued pragma such as `journal_mode`.
    public func pragmaText(_ name: String) throws(SQLiteError) -> String? {
        let statement = try prepare("PRAGMA \(name)")
        guard try statement.step() == .row else { return nil }
        let value = statement.string(at: 0)
        statement.reset()
        return value
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
    ///
    /// Called inside another transaction, it uses a savepoint instead, so a
    /// helper that writes atomically on its own (the sync log) also composes with
    /// the sync's per-file transaction. Errors from `body` are rethrown as they
    /// are; a failing COMMIT or ROLLBACK throws its own `SQLiteError`.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            return try inSavepoint(body)
        }
        switch kind {
        case .deferred: try execute("BEGIN DEFERRED")
        case .immediate: try beginImmediate()
        }
        let result: T
        do {
            result = try body()
        } catch {
            try rollback(after: error, statement: "ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            // A failed COMMIT may leave the transaction open (SQLITE_BUSY); end it
            // so the connection is usable, and report the COMMIT failure.
            if isInTransaction { try rollback(after: error, statement: "ROLLBACK") }
            throw error
        }
        return result
    }

    /// `BEGIN IMMEDIATE`, waiting for another writer as long as the busy timeout allows.
    private func beginImmediate() throws(SQLiteError) {
        try waitingWhileBusy { () throws(SQLiteError) in try execute("BEGIN IMMEDIATE") }
    }

    /// Runs `body`, trying it again while it fails with SQLITE_BUSY, for as long as the
    /// busy timeout allows. Only for steps that hold no lock when they fail (`BEGIN
    /// IMMEDIATE`, `PRAGMA journal_mode`).
    ///
    /// SQLite's busy handler usually does this waiting, but SQLite returns SQLITE_BUSY at
    /// once, without calling it, where waiting could deadlock: two processes creating a new
    /// store at the same moment (two syncs started together by cron) met it while one of
    /// them turned the empty file into a WAL database, and the other failed at once with
    /// "database is locked". A BUSY that comes after the full timeout is reported as it is.
    public func waitingWhileBusy<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        let clock = ContinuousClock()
        let started = clock.now
        let limit = Duration.milliseconds(busyTimeoutMilliseconds)
        var pause: Int32 = 1
        while true {
            do {
                return try body()
            } catch where error.isBusy && clock.now - started < limit {
                sqlite3_sleep(pause)
                pause = min(pause * 2, 50)
            }
        }
    }

    private func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "isodash_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
        } catch {
            try rollback(after: error, statement: "ROLLBACK TO \(name); RELEASE \(name)")
            throw error
        }
        try execute("RELEASE \(name)")
        return result
    }

    /// Rolls back after `original`; if SQLite already rolled back (some errors do
    /// that) there is nothing to do. A rollback that fails is reported with the
    /// error that caused it, never dropped.
    private func rollback(after original: any Error, statement: String) throws(SQLiteError) {
        guard isInTransaction else { return }
        do {
            try execute(statement)
        } catch {
            throw SQLiteError(code: error.code, message: error.message,
                              context: "\(error.context), rolling back after: \(original)")
        }
    }
}

// MARK: - Statement

/// One compiled SQL statement, reused by rebinding its parameters.
///
/// Parameter and column indexes follow SQLite: parameters count from 1 (`?1`),
/// columns from 0. The statement is finalized when released, so a prepared
/// statement never leaks; reset it (or let `step()` reach `.done`) after reading
/// so it does not hold a read snapshot open.
public final class Statement {
    /// What `step()` found.
    public enum StepResult: Sendable {
        /// A row is ready to read with the column accessors.
        case row
        /// The statement has finished.
        case done
    }

    /// The connection this statement belongs to (kept alive by it).
    public let connection: Connection
    /// The SQL text, used in error messages.
    public let sql: String
    private let handle: OpaquePointer

    init(connection: Connection, sql: String, persistent: Bool) throws(SQLiteError) {
        let db = try connection.liveHandle(for: "preparing `\(sql)`")
        var statement: OpaquePointer?
        var tailOffset = 0
        let rc: Int32 = sql.utf8CString.withUnsafeBufferPointer { buffer in
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(db, buffer.baseAddress, Int32(buffer.count), persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0, &statement, &tail)
            if let tail, let base = buffer.baseAddress { tailOffset = tail - base }
            return rc
        }
        guard rc == SQLITE_OK else {
            sqlite3_finalize(statement)
            throw connection.error(rc, "preparing `\(sql)`")
        }
        guard let statement else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement to prepare", context: "preparing `\(sql)`")
        }
        let rest = sql.utf8.dropFirst(tailOffset)
        guard rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: ";") || $0 == 0 }) else {
            sqlite3_finalize(statement)
            throw SQLiteError(code: SQLITE_MISUSE, message: "only one SQL statement can be prepared at a time", context: "preparing `\(sql)`")
        }
        self.connection = connection
        self.sql = sql
        self.handle = statement
    }

    deinit {
        // sqlite3_finalize only repeats the error of the latest step, which that
        // step already threw.
        sqlite3_finalize(handle)
    }

    /// The number of parameters (the largest `?NNN` index).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// The index of a named parameter such as `:scope_unit`, if the SQL uses it.
    public func parameterIndex(_ name: String) -> Int? {
        let index = sqlite3_bind_parameter_index(handle, name)
        return index == 0 ? nil : Int(index)
    }

    // MARK: Binding

    private func check(_ rc: Int32, binding index: Int) throws(SQLiteError) {
        guard rc == SQLITE_OK else {
            throw connection.error(rc, "binding parameter \(index) of `\(sql)`")
        }
    }

    /// Binds NULL.
    public func bindNull(at index: Int) throws(SQLiteError) {
        try check(sqlite3_bind_null(handle, Int32(index)), binding: index)
    }

    /// Binds text (copied by SQLite), or NULL for nil.
    public func bind(_ value: String?, at index: Int) throws(SQLiteError) {
        guard var value else { return try bindNull(at: index) }
        let rc = value.withUTF8 { bytes in
            Self.bindText(handle, Int32(index), UnsafeRawBufferPointer(bytes), destructor: isodash_sqlite_transient())
        }
        try check(rc, binding: index)
    }

    /// Binds UTF-8 bytes without copying them (`SQLITE_STATIC`): the sync's hot
    /// loop binds fields straight out of its read buffer.
    ///
    /// The caller must keep the bytes alive and unchanged until the statement is
    /// stepped and then reset or rebound; the bytes must be valid UTF-8.
    public func bindText(_ bytes: UnsafeRawBufferPointer, at index: Int) throws(SQLiteError) {
        try check(Self.bindText(handle, Int32(index), bytes, destructor: isodash_sqlite_static()), binding: index)
    }

    /// Binds UTF-8 bytes that SQLite copies (`SQLITE_TRANSIENT`), for text
    /// formatted into a short-lived buffer (dates) without making a `String`.
    public func bindTextCopying(_ bytes: UnsafeRawBufferPointer, at index: Int) throws(SQLiteError) {
        try check(Self.bindText(handle, Int32(index), bytes, destructor: isodash_sqlite_transient()), binding: index)
    }

    private static func bindText(_ handle: OpaquePointer, _ index: Int32, _ bytes: UnsafeRawBufferPointer,
                                 destructor: sqlite3_destructor_type?) -> Int32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            // A NULL pointer would bind SQL NULL; an empty string is not NULL.
            return sqlite3_bind_text(handle, index, "", 0, isodash_sqlite_transient())
        }
        return sqlite3_bind_text64(handle, index, base.assumingMemoryBound(to: CChar.self),
                                   sqlite3_uint64(bytes.count), destructor, UInt8(SQLITE_UTF8))
    }

    /// Binds an integer, or NULL for nil.
    public func bind(_ value: Int?, at index: Int) throws(SQLiteError) {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_int64(handle, Int32(index), sqlite3_int64(value)), binding: index)
    }

    /// Binds a 64-bit integer, or NULL for nil.
    public func bind(_ value: Int64?, at index: Int) throws(SQLiteError) {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_int64(handle, Int32(index), value), binding: index)
    }

    /// Binds a real number, or NULL for nil.
    public func bind(_ value: Double?, at index: Int) throws(SQLiteError) {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_double(handle, Int32(index), value), binding: index)
    }

    /// Binds a boolean as the integer 0 or 1, or NULL for nil.
    public func bind(_ value: Bool?, at index: Int) throws(SQLiteError) {
        guard let value else { return try bindNull(at: index) }
        try check(sqlite3_bind_int(handle, Int32(index), value ? 1 : 0), binding: index)
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    // MARK: Running

    /// Rewinds the statement so it can run again; bindings are kept.
    ///
    /// `sqlite3_reset` only repeats the error of the latest step, which `step()`
    /// already threw, so there is nothing new to report here.
    public func reset() {
        sqlite3_reset(handle)
    }

    /// Runs the statement up to the next row.
    @discardableResult
    public func step() throws(SQLiteError) -> StepResult {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return .row
        case SQLITE_DONE: return .done
        case let rc: throw connection.error(rc, "running `\(sql)`")
        }
    }

    /// Runs a statement that returns no rows (or whose rows are not wanted) to
    /// completion and rewinds it for the next use.
    public func run() throws(SQLiteError) {
        defer { sqlite3_reset(handle) }
        while try step() == .row {}
    }

    // MARK: Reading columns

    /// The number of columns in a result row.
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The name of a result column.
    public func columnName(at index: Int) -> String {
        sqlite3_column_name(handle, Int32(index)).map { String(cString: $0) } ?? ""
    }

    /// Whether the column of the current row is NULL.
    public func isNull(at index: Int) -> Bool {
        sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL
    }

    /// The column as text, nil when NULL.
    public func string(at index: Int) -> String? {
        withText(at: index) { bytes in String(decoding: bytes, as: UTF8.self) }
    }

    /// Lends the column's UTF-8 bytes without copying them (valid only inside
    /// `body`); nil when NULL. Lets hot paths compare text without allocating.
    public func withText<T>(at index: Int, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T? {
        let column = Int32(index)
        guard sqlite3_column_type(handle, column) != SQLITE_NULL else { return nil }
        let pointer = sqlite3_column_text(handle, column)
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
    }

    /// The column as an integer, nil when NULL.
    public func int(at index: Int) -> Int? {
        isNull(at: index) ? nil : Int(sqlite3_column_int64(handle, Int32(index)))
    }

    /// The column as a 64-bit integer, nil when NULL.
    public func int64(at index: Int) -> Int64? {
        isNull(at: index) ? nil : sqlite3_column_int64(handle, Int32(index))
    }

    /// The column as a real number, nil when NULL.
    public func double(at index: Int) -> Double? {
        isNull(at: index) ? nil : sqlite3_column_double(handle, Int32(index))
    }

    /// The column as a boolean (non-zero is true), nil when NULL.
    public func bool(at index: Int) -> Bool? {
        isNull(at: index) ? nil : sqlite3_column_int64(handle, Int32(index)) != 0
    }
}

// MARK: - Result codes

// Swift does not import sqlite3.h's extended result code macros (they are
// expressions), so the two used here are spelled out as sqlite3.h defines them.

extension SQLiteError {
    /// A FOREIGN KEY constraint failed: a reference to a missing record, or a
    /// delete of a record that is still referenced.
    public var isForeignKeyViolation: Bool { code == SQLITE_CONSTRAINT | (3 << 8) }  // SQLITE_CONSTRAINT_FOREIGNKEY
    /// A CHECK constraint failed.
    public var isCheckViolation: Bool { code == SQLITE_CONSTRAINT | (1 << 8) }  // SQLITE_CONSTRAINT_CHECK
    /// Any constraint failed (key, NOT NULL, CHECK, FOREIGN KEY …).
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
    /// Another connection held a lock for longer than the busy timeout.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }
    /// A write was attempted on a read-only connection or file.
    public var isReadOnly: Bool { primaryCode == SQLITE_READONLY }
    /// The file is not an SQLite database (or is encrypted).
    public var isNotADatabase: Bool { primaryCode == SQLITE_NOTADB }
    /// The file could not be opened (missing, a folder, no permission).
    public var isCannotOpen: Bool { primaryCode == SQLITE_CANTOPEN }
    /// The database file is damaged.
    public var isCorrupt: Bool { primaryCode == SQLITE_CORRUPT }
    /// The disk is full, or the store reached a size limit (`max_page_count`).
    public var isFull: Bool { primaryCode == SQLITE_FULL }
    /// The operating system failed a read or write (with a file size limit, `ulimit -f`,
    /// a full disk shows as a failed write).
    public var isIOError: Bool { primaryCode == SQLITE_IOERR }
}
