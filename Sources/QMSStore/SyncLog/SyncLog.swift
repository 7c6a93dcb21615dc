import Foundation

/// The record of what every sync did, for `isodash status` and the dashboard:
/// when the store last changed, which files applied, which were rejected and why.
///
/// Times are stored as ISO-8601 UTC text to the second ("2026-05-04T07:30:00Z"),
/// which sorts as it compares and reads well in the `sqlite3` shell. All times
/// are passed in by the caller: the log never looks at the clock.
public struct SyncLog {
    /// At most this many errors of one file are kept (the contract reports 50).
    public static let maximumStoredErrors = 50

    let store: Store

    private static let columns = "id, run_id, name, path, sha256, kind, state, reason, started_at, finished_at, "
        + "inserted, updated, deleted, unchanged, error_count"

    /// The id for a new `isodash sync` run: one more than any recorded.
    /// Call it inside the run's first write transaction so two syncs cannot
    /// take the same id.
    public func nextRunID() throws(StoreError) -> Int64 {
        try store.sqlite { () throws(SQLiteError) in
            let statement = try store.connection.prepare("SELECT coalesce(max(run_id), 0) + 1 FROM sync_files")
            defer { statement.reset() }
            try statement.step()
            return statement.int64(at: 0) ?? 1
        }
    }

    /// Records one file with its errors (the first `maximumStoredErrors`;
    /// `entry.errorCount` keeps the full count); returns the entry's id.
    ///
    /// Inside the transaction that applied the file, the entry commits with the
    /// rows, so an applied file is logged if and only if its rows are stored.
    @discardableResult
    public func record(_ entry: SyncFileEntry, errors: [SyncErrorEntry] = []) throws(StoreError) -> Int64 {
        let connection = store.connection
        return try store.writeTransaction { () throws(StoreError) -> Int64 in
            try store.sqlite { () throws(SQLiteError) -> Int64 in
                let insert = try connection.prepare("""
                    INSERT INTO sync_files (run_id, name, path, sha256, kind, state, reason, started_at, finished_at,
                                            inserted, updated, deleted, unchanged, error_count)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                    """)
                try insert.bind(entry.runID, at: 1)
                try insert.bind(entry.name, at: 2)
                try insert.bind(entry.path, at: 3)
                try insert.bind(entry.sha256, at: 4)
                try insert.bind(entry.kind, at: 5)
                try insert.bind(entry.state.rawValue, at: 6)
                try insert.bind(entry.reason, at: 7)
                try insert.bind(Self.timestamp(entry.startedAt), at: 8)
                try insert.bind(Self.timestamp(entry.finishedAt), at: 9)
                try insert.bind(entry.counts.inserted, at: 10)
                try insert.bind(entry.counts.updated, at: 11)
                try insert.bind(entry.counts.deleted, at: 12)
                try insert.bind(entry.counts.unchanged, at: 13)
                try insert.bind(max(entry.errorCount, errors.count), at: 14)
                try insert.run()
                let id = connection.lastInsertRowID
                if !errors.isEmpty {
                    let insertError = try connection.prepare("""
                        INSERT INTO sync_errors (file_id, seq, line, record, column_name, message)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        """)
                    for (seq, error) in errors.prefix(Self.maximumStoredErrors).enumerated() {
                        try insertError.bind(id, at: 1)
                        try insertError.bind(seq + 1, at: 2)
                        try insertError.bind(error.line, at: 3)
                        try insertError.bind(error.record, at: 4)
                        try insertError.bind(error.column, at: 5)
                        try insertError.bind(error.message, at: 6)
                        try insertError.run()
                    }
                }
                return id
            }
        }
    }

    /// Whether a file with this SHA-256 has been applied (so a sync skips it).
    public func isApplied(sha256: String) throws(StoreError) -> Bool {
        try store.sqlite { () throws(SQLiteError) in
            let statement = try store.connection.prepare(
                "SELECT EXISTS (SELECT 1 FROM sync_files WHERE sha256 = ?1 AND state = 'applied')")
            defer { statement.reset() }
            try statement.bind(sha256, at: 1)
            try statement.step()
            return statement.bool(at: 0) ?? false
        }
    }

    /// When a file at `path` was last applied; nil if never (or its time is unreadable).
    /// A sync asks it to guess whether a file is unchanged before its digest is known.
    public func lastApplied(path: String) throws(StoreError) -> Date? {
        let text = try store.sqlite { () throws(SQLiteError) -> String? in
            let statement = try store.connection.prepare(
                "SELECT finished_at FROM sync_files WHERE path = ?1 AND state = 'applied' ORDER BY id DESC LIMIT 1")
            defer { statement.reset() }
            try statement.bind(path, at: 1)
            return try statement.step() == .row ? statement.string(at: 0) : nil
        }
        return text.flatMap(Self.date)
    }

    /// When the store last changed: the finish time of the newest applied file.
    public func lastSync() throws(StoreError) -> Date? {
        let text = try store.sqlite { () throws(SQLiteError) -> String? in
            let statement = try store.connection.prepare(
                "SELECT finished_at FROM sync_files WHERE state = 'applied' ORDER BY id DESC LIMIT 1")
            defer { statement.reset() }
            return try statement.step() == .row ? statement.string(at: 0) : nil
        }
        guard let text else { return nil }
        guard let date = Self.date(text) else {
            throw .corrupt(table: "sync_files", column: "finished_at", value: text)
        }
        return date
    }

    /// Files rejected since the last clean sync run (one that rejected
    /// nothing), newest first: what is still wrong until a sync runs cleanly.
    public func rejectedSinceLastCleanSync(limit: Int = 50) throws(StoreError) -> [SyncFileEntry] {
        let statement = try store.sqlite { () throws(SQLiteError) in
            try store.connection.prepare("""
                SELECT \(Self.columns) FROM sync_files
                WHERE state = 'rejected' AND run_id > coalesce((
                    SELECT f.run_id FROM sync_files AS f
                    WHERE NOT EXISTS (SELECT 1 FROM sync_files AS r WHERE r.run_id = f.run_id AND r.state = 'rejected')
                    ORDER BY f.run_id DESC LIMIT 1), 0)
                ORDER BY id DESC LIMIT ?1
                """)
        }
        return try entries(statement, limit: limit)
    }

    /// A page of the log, newest first. Pass `before: nil` for the first page
    /// and then the page's `nextCursor`: each page is one index range scan,
    /// however long the log has grown.
    public func page(before cursor: Int64? = nil, limit: Int = 20) throws(StoreError) -> SyncLogPage {
        let statement = try store.sqlite { () throws(SQLiteError) in
            let statement = try store.connection.prepare(
                "SELECT \(Self.columns) FROM sync_files WHERE id < ?2 ORDER BY id DESC LIMIT ?1")
            try statement.bind(cursor ?? Int64.max, at: 2)
            return statement
        }
        // One row more than asked says whether an older page exists.
        var found = try entries(statement, limit: limit + 1)
        let hasMore = found.count > limit
        if hasMore { found.removeLast() }
        return SyncLogPage(entries: found, nextCursor: hasMore ? found.last?.id : nil)
    }

    /// The stored errors of one file, in the order they were found.
    public func errors(ofFile fileID: Int64) throws(StoreError) -> [SyncErrorEntry] {
        try store.sqlite { () throws(SQLiteError) in
            let statement = try store.connection.prepare(
                "SELECT line, record, column_name, message FROM sync_errors WHERE file_id = ?1 ORDER BY seq")
            defer { statement.reset() }
            try statement.bind(fileID, at: 1)
            var result: [SyncErrorEntry] = []
            while try statement.step() == .row {
                result.append(SyncErrorEntry(line: statement.int(at: 0), record: statement.int(at: 1),
                                             column: statement.string(at: 2), message: statement.string(at: 3) ?? ""))
            }
            return result
        }
    }

    private func entries(_ statement: Statement, limit: Int) throws(StoreError) -> [SyncFileEntry] {
        defer { statement.reset() }
        try store.sqlite { () throws(SQLiteError) in try statement.bind(max(0, limit), at: 1) }
        var result: [SyncFileEntry] = []
        while try store.sqlite({ () throws(SQLiteError) in try statement.step() }) == .row {
            result.append(try entry(RowReader(statement: statement, table: "sync_files")))
        }
        return result
    }

    private func entry(_ row: RowReader) throws(StoreError) -> SyncFileEntry {
        func time(_ index: Int) throws(StoreError) -> Date {
            let text = try row.string(index)
            guard let date = Self.date(text) else {
                throw .corrupt(table: "sync_files", column: row.statement.columnName(at: index), value: text)
            }
            return date
        }
        return SyncFileEntry(
            id: row.statement.int64(at: 0), runID: Int64(try row.int(1)), name: try row.string(2),
            path: try row.string(3), sha256: row.optionalString(4), kind: row.optionalString(5),
            state: try row.word(6), reason: row.optionalString(7), startedAt: try time(8), finishedAt: try time(9),
            counts: SyncCounts(inserted: try row.int(10), updated: try row.int(11), deleted: try row.int(12),
                               unchanged: try row.int(13)),
            errorCount: try row.int(14))
    }

    /// ISO-8601 in UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }

    static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle().parse(text)
    }
}

extension Store {
    /// The sync log of this store.
    public var syncLog: SyncLog { SyncLog(store: self) }
}
