import QMSDomain

/// Upserts, deletes and fetches records of one kind with statements prepared
/// once, so the sync reuses them for every row of a file within its transaction.
///
/// An upsert first asks, with one primary-key lookup, whether the key exists and
/// whether any stored value differs from the record's; then it inserts, updates,
/// or — for the common case of a re-exported, unchanged row — writes nothing.
/// (Measured against `INSERT … ON CONFLICT DO UPDATE … WHERE … IS NOT …` with an
/// existence check, and against UPDATE-then-INSERT: half the work of either for
/// unchanged rows, the least for changed ones, within 7% of the least for new
/// ones.) Violations of the schema come back as `StoreError`s naming the kind
/// and key.
///
/// Use a writer inside `Store.write` to group many rows in one transaction; on
/// its own each call runs in a transaction of its own.
public final class RecordWriter<Record: StoredRecord> {
    public let store: Store
    private let compare: Statement
    private let update: Statement
    private let insert: Statement
    private let remove: Statement
    private var select: Statement?

    /// Prepares the statements; refuses a read-only store.
    public init(store: Store) throws(StoreError) {
        try store.requireWritable()
        self.store = store
        let layout = Record.layout
        let connection = store.connection
        (compare, update, insert, remove) = try store.sqlite { () throws(SQLiteError) in
            (try connection.prepare(layout.compareSQL, persistent: true),
             try connection.prepare(layout.updateSQL, persistent: true),
             try connection.prepare(layout.insertSQL, persistent: true),
             try connection.prepare(layout.deleteSQL, persistent: true))
        }
    }

    /// Writes `record` under its key.
    @discardableResult
    public func upsert(_ record: Record) throws(StoreError) -> UpsertOutcome {
        let connection = store.connection
        guard connection.isInTransaction else {
            // The lookup and the write must see the same state of the table.
            return try store.writeTransaction { () throws(StoreError) in try self.upsert(record) }
        }
        let differs: Bool?
        do {
            defer { compare.reset() }
            try record.bind(to: compare)
            differs = try compare.step() == .row ? compare.bool(at: 0) ?? true : nil
        } catch {
            throw store.storeError(error)
        }
        if differs == false { return .unchanged }
        if differs == true, Record.self == DocumentRecord.self {
            // The update trigger adjusts the summaries: they must be current.
            try store.flushDocumentSummaries()
        }
        let statement = differs == nil ? insert : update
        do {
            defer { statement.reset() }
            try record.bind(to: statement)
            try statement.step()
        } catch {
            throw writeError(error, key: record.key)
        }
        // The type test first: it is decided when the writer is specialised, so other
        // kinds pay nothing per row.
        if differs == nil, Record.self == DocumentRecord.self, let document = record as? DocumentRecord {
            store.documentSummaries.add(document)
            if store.documentSummaries.isLarge { try store.flushDocumentSummaries() }
        }
        return differs == nil ? .inserted : .updated
    }

    /// Deletes the record with `key`; returns whether there was one.
    /// A record that others still refer to is not deleted:
    /// `StoreError.stillReferenced` says which kinds refer to it.
    @discardableResult
    public func delete(_ key: Record.Key) throws(StoreError) -> Bool {
        if Record.self == DocumentRecord.self {
            try store.flushDocumentSummaries()
        }
        do {
            defer { remove.reset() }
            try Record.bind(key: key, to: remove)
            try remove.step()
            return store.connection.changes > 0
        } catch {
            if error.isForeignKeyViolation {
                throw .stillReferenced(kind: Record.recordKind, key: key.description,
                                       referencedBy: store.kindsReferring(to: Record.recordKind, key: key.description))
            }
            throw store.storeError(error)
        }
    }

    /// The stored record with `key`, if any.
    public func fetch(_ key: Record.Key) throws(StoreError) -> Record? {
        let statement: Statement
        if let select {
            statement = select
        } else {
            statement = try store.sqlite { () throws(SQLiteError) in
                try store.connection.prepare(Record.layout.selectSQL, persistent: true)
            }
            select = statement
        }
        return try store.fetch(Record.self, key: key, using: statement)
    }

    private func writeError(_ error: SQLiteError, key: Record.Key) -> StoreError {
        if error.isForeignKeyViolation {
            return .missingReference(kind: Record.recordKind, key: key.description, columns: Record.layout.referenceColumns)
        }
        if error.isConstraintViolation {
            return .invalidRecord(kind: Record.recordKind, key: key.description, reason: error.message)
        }
        return store.storeError(error)
    }
}

extension Store {
    /// A writer for one record kind, to reuse across many rows.
    public func writer<Record: StoredRecord>(for type: Record.Type) throws(StoreError) -> RecordWriter<Record> {
        try RecordWriter(store: self)
    }

    /// Writes one record in its own transaction (or the current one). Prepares
    /// its statements on every call: for many rows, reuse `writer(for:)`.
    @discardableResult
    public func upsert<Record: StoredRecord>(_ record: Record) throws(StoreError) -> UpsertOutcome {
        try RecordWriter<Record>(store: self).upsert(record)
    }

    /// Deletes one record; returns whether there was one.
    @discardableResult
    public func delete<Record: StoredRecord>(_ type: Record.Type, key: Record.Key) throws(StoreError) -> Bool {
        try RecordWriter<Record>(store: self).delete(key)
    }

    /// The stored record with `key`, if any. Works on a read-only store.
    public func fetch<Record: StoredRecord>(_ type: Record.Type, key: Record.Key) throws(StoreError) -> Record? {
        let statement = try sqlite { () throws(SQLiteError) in try connection.prepare(Record.layout.selectSQL) }
        return try fetch(type, key: key, using: statement)
    }

    func fetch<Record: StoredRecord>(_ type: Record.Type, key: Record.Key, using statement: Statement) throws(StoreError) -> Record? {
        defer { statement.reset() }
        let found = try sqlite { () throws(SQLiteError) in
            try Record.bind(key: key, to: statement)
            return try statement.step() == .row
        }
        guard found else { return nil }
        return try Record(row: RowReader(statement: statement, table: Record.layout.table))
    }

    /// The kinds that still hold a reference to the record `key` of `kind`;
    /// asked only after a delete failed, to say who is in the way. Each probe is
    /// one index lookup.
    func kindsReferring(to kind: RecordKind, key: String) -> [RecordKind] {
        var found: [RecordKind] = []
        for reference in ForeignKey.all where reference.target == kind && !found.contains(reference.kind) {
            let sql = "SELECT EXISTS (SELECT 1 FROM \(reference.kind.rawValue) WHERE \(reference.column) = ?1)"
            // A probe that fails only loses detail from a message already being
            // reported, so it leaves the list as it is.
            guard let statement = try? connection.prepare(sql) else { continue }
            if (try? statement.bind(key, at: 1)) != nil, (try? statement.step()) == .row, statement.bool(at: 0) == true {
                found.append(reference.kind)
            }
            statement.reset()
        }
        return found
    }
}
