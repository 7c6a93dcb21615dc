/// The isodash store: one SQLite file holding the synced records, the summaries
/// kept up to date at write time, the sync log and the management reviews.
///
/// Several processes share one store: the dashboard and `status` of every user
/// open it read-only while a cron job syncs into it. WAL mode lets readers keep
/// reading during a sync and see each sync transaction whole or not at all; the
/// busy timeout makes a second writer wait for the first instead of failing.
///
/// A `Store` (like its `Connection`) is used by one task at a time.
public final class Store {
    /// How the store is opened.
    public enum Mode: Sendable {
        /// For commands that only read. A missing store is an error, the schema
        /// is never upgraded, and every write is refused.
        case readOnly
        /// For commands that write (`sync`, `demo`, reviews). Creates the folders
        /// and the file of a new store and upgrades an older schema in place.
        case readWrite
    }

    /// How long a connection waits for another process's lock before giving up.
    public static let busyTimeoutMilliseconds = 5000

    /// The file the store lives in.
    public let path: String
    /// How the store was opened.
    public let mode: Mode
    /// The SQLite connection, for QMSStore's read models and the sync's writers.
    /// Screens never run SQL: they ask for read models.
    public let connection: Connection
    /// Summary counts of documents inserted in the current transaction, not yet written.
    let documentSummaries = DocumentSummaryBatch()

    private init(path: String, mode: Mode, connection: Connection) {
        self.path = path
        self.mode = mode
        self.connection = connection
    }

    /// Opens (and for `.readWrite`, creates or upgrades) the store at `path`.
    public static func open(path: String, mode: Mode) throws(StoreError) -> Store {
        try open(path: path, mode: mode, migrations: Schema.migrations)
    }

    /// Opens with a given schema history; tests use it to play older and newer
    /// versions of isodash against one file.
    static func open(path: String, mode: Mode, migrations: [Migration]) throws(StoreError) -> Store {
        let migrator = Migrator(migrations: migrations)
        switch mode {
        case .readOnly:
            let (exists, isFolder) = StoreFile.existence(of: path)
            guard exists else { throw .missing(path) }
            guard !isFolder else {
                throw .cannotOpen(path: path, reason: "it is a folder; give the path of the store file")
            }
            let connection = try connect(path: path, mode: .readOnly)
            return try classifying(path: path) { () throws(StoreError) in
                try configure(connection, path: path)
                try migrator.checkCurrent(connection, path: path)
                return Store(path: path, mode: mode, connection: connection)
            }
        case .readWrite:
            _ = try StoreFile.createIfMissing(path)
            let connection = try connect(path: path, mode: .readWrite)
            return try classifying(path: path) { () throws(StoreError) in
                if connection.isReadOnly { throw .notWritable(path: path) }
                try configure(connection, path: path)
                // Persistent in the file: readers in other processes use WAL too.
                // (A file system without shared memory keeps its journal mode;
                // the store still works, only without concurrent readers.)
                try StoreError.wrap { () throws(SQLiteError) in
                    // Another process creating the same new store may hold it for a moment.
                    let journal = try connection.waitingWhileBusy { () throws(SQLiteError) in
                        try connection.pragmaText("journal_mode = WAL")
                    }
                    // In WAL mode NORMAL syncs at each checkpoint instead of each
                    // commit: a power cut may lose the last sync (its files are not
                    // logged as applied either, so the next sync applies them
                    // again), never corrupt the store. The commit's wait for the disk
                    // was 57 ms of a month's 0.4 s incremental sync (strace). Other
                    // journal modes keep FULL, which they need for that guarantee.
                    if journal?.lowercased() == "wal" {
                        try connection.execute("PRAGMA synchronous = NORMAL")
                    }
                    try connection.setPersistentWAL(true)
                    // The persistent WAL is kept when the last writer closes; without a
                    // limit it keeps every frame of the last big sync, and each reader
                    // process then reads it all to recover its index (`status` on the
                    // province demo: 200 ms instead of 110 ms). With a limit SQLite
                    // truncates it once checkpointed.
                    _ = try connection.pragmaInteger("journal_size_limit = 4194304")
                }
                try migrator.migrate(connection, path: path)
                return Store(path: path, mode: mode, connection: connection)
            }
        }
    }

    private static func connect(path: String, mode: Connection.OpenMode) throws(StoreError) -> Connection {
        do {
            return try Connection(path: path, mode: mode)
        } catch {
            throw error.isCannotOpen
                ? StoreError.cannotOpen(path: path, reason: error.message)
                : classify(error, path: path)
        }
    }

    private static func configure(_ connection: Connection, path: String) throws(StoreError) {
        try StoreError.wrap { () throws(SQLiteError) in
            try connection.setBusyTimeout(milliseconds: busyTimeoutMilliseconds)
            // Reading the header first turns "not a database" into a clear error
            // before anything else touches the file.
            _ = try connection.pragmaInteger("schema_version")
            try connection.execute("PRAGMA foreign_keys = ON")
            // Pages are cached as they are touched, up to this size (in KiB when
            // negative). The 2 MB default made a sync of a million-row register
            // re-read B-tree pages from the OS over and over (2.5x slower); 64 MB
            // was no faster than 24 MB and made a sync's peak memory 100 MB instead
            // of 55 MB (release build, 350k and 700k-row registers alike).
            try connection.execute("PRAGMA cache_size = \(connection.isReadOnly ? -16_384 : -24_576)")
        }
    }

    /// Runs the steps of opening, reporting their failures in the user's terms.
    private static func classifying<T>(path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            if case .sqlite(let cause) = error { throw classifyOpening(cause, path: path) }
            throw error
        }
    }

    /// Turns low-level failures met while opening into the errors a user can act on.
    private static func classifyOpening(_ error: SQLiteError, path: String) -> StoreError {
        if error.isReadOnly {
            // While opening, nothing was being written: SQLite could not set up
            // the WAL index (the -shm file) of a store whose folder we may not write.
            return .cannotOpen(path: path, reason: "\(error.message); a reader needs the store's -wal and -shm files "
                + "to exist (a writing command such as `isodash sync` leaves them) or write access to its folder")
        }
        return classify(error, path: path)
    }

    static func classify(_ error: SQLiteError, path: String) -> StoreError {
        if error.isNotADatabase { return .notADatabase(path: path) }
        if error.isReadOnly { return .readOnly(path: path) }
        if error.isCannotOpen { return .cannotOpen(path: path, reason: error.message) }
        return .sqlite(error)
    }

    /// Reports a failed SQLite call in the user's terms (read-only, not a database…).
    func storeError(_ error: SQLiteError) -> StoreError {
        Self.classify(error, path: path)
    }

    /// Runs SQLite work, reporting its failure in the user's terms.
    func sqlite<T>(_ body: () throws(SQLiteError) -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw storeError(error)
        }
    }

    /// Refuses to start a write on a read-only store, before SQLite is asked.
    func requireWritable() throws(StoreError) {
        if mode == .readOnly { throw .readOnly(path: path) }
    }

    // MARK: Transactions

    /// Runs `body` as one write transaction (`BEGIN IMMEDIATE`): everything it
    /// writes is committed together or, if it throws, not at all. Nested calls
    /// become savepoints. SQLite failures surface as `StoreError`; errors thrown
    /// by `body` itself are rethrown unchanged.
    public func write<T>(_ body: () throws -> T) throws -> T {
        try requireWritable()
        // A nested write starts from written summaries, so rolling it back
        // cannot take the outer transaction's pending counts with it.
        try flushDocumentSummaries()
        do {
            return try connection.transaction(.immediate) { () throws -> T in
                do {
                    let result = try body()
                    try documentSummaries.write(to: connection)
                    return result
                } catch {
                    documentSummaries.discard()
                    throw error
                }
            }
        } catch let error as SQLiteError {
            throw storeError(error)
        }
    }

    /// Writes the summary counts of documents inserted so far in this transaction
    /// (see `DocumentSummaryBatch`). `write` does it before committing; a caller
    /// running `connection.transaction` itself must call it before its commit.
    public func flushDocumentSummaries() throws(StoreError) {
        guard !documentSummaries.isEmpty else { return }
        try sqlite { () throws(SQLiteError) in try documentSummaries.write(to: connection) }
    }

    /// Forgets pending summary counts: their documents were rolled back.
    public func discardDocumentSummaries() {
        documentSummaries.discard()
    }

    /// `write` for bodies that only throw `StoreError`, keeping the error typed.
    func writeTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try write { () throws -> T in try body() }
        } catch let error as StoreError {
            throw error
        } catch {
            // `write` reports SQLite failures as StoreError and `body` throws
            // nothing else, so this is unreachable; it is kept typed all the same.
            throw .sqlite(SQLiteError(code: 1, message: "\(error)", context: "a write transaction"))
        }
    }

    /// Runs `body` in one read transaction, so several queries see the same
    /// snapshot even while a sync commits in another process.
    public func read<T>(_ body: () throws -> T) throws -> T {
        do {
            return try connection.transaction(.deferred, body)
        } catch let error as SQLiteError {
            throw storeError(error)
        }
    }

    // MARK: State

    /// A number that changes whenever another process commits to the store:
    /// the dashboard polls it to redraw after a sync without re-reading anything.
    public func dataVersion() throws(StoreError) -> Int {
        try sqlite { () throws(SQLiteError) in try connection.dataVersion() }
    }

    /// The schema version of the open store.
    public func schemaVersion() throws(StoreError) -> Int {
        try sqlite { () throws(SQLiteError) in try connection.userVersion() }
    }

    /// The schema version this build of isodash writes.
    public static var currentSchemaVersion: Int { Schema.latestVersion }

    /// Closes the store now instead of when it is released.
    public func close() {
        connection.close()
    }
}
