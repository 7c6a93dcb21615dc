import QMSDomain

/// The sync's writer for the document register, the one kind with millions of rows:
/// it binds a row's spans straight out of the CSV reader's buffer (`SQLITE_STATIC`),
/// and tries the insert first, so a new document costs one statement instead of a
/// lookup and an insert.
///
/// It answers what it can answer alone: a new row (inserted, counted in the summary
/// batch), a stored row with the same values (unchanged). A stored row that differs,
/// and a row the store refuses, are left to `RecordWriter.upsert` with the full
/// record (nil), which brings the summaries up to date before the update triggers
/// run and words the refusal like every other kind's. After a row that existed it
/// compares first, so a re-sync of an unchanged register costs one lookup per row.
///
/// Use it only inside a write transaction (the sync's file transaction); outside
/// one it leaves every row to `RecordWriter`.
public final class DocumentBulkWriter {
    public let store: Store
    private let insert: Statement
    private let compare: Statement
    /// Whether the previous row already existed: a re-sync compares before inserting.
    private var expectExisting = false

    private enum InsertResult {
        case inserted, exists, refused
    }

    /// Prepares the statements; refuses a read-only store.
    public init(store: Store) throws(StoreError) {
        try store.requireWritable()
        self.store = store
        let layout = DocumentRecord.layout
        let connection = store.connection
        let columns = layout.columns
        let insertSQL = "INSERT INTO \(layout.table) (\(columns.joined(separator: ", "))) VALUES ("
            + (1...columns.count).map { "?\($0)" }.joined(separator: ", ") + ") ON CONFLICT (id) DO NOTHING"
        (insert, compare) = try store.sqlite { () throws(SQLiteError) in
            (try connection.prepare(insertSQL, persistent: true),
             try connection.prepare(layout.compareSQL, persistent: true))
        }
    }

    /// The small number the summaries know a unit by; ask once per unit and pass it
    /// in `DocumentRowValues.unitSlot`.
    public func unitSlot(for unitID: String) -> Int {
        store.documentSummaries.slot(for: unitID)
    }

    /// Writes one row: `.inserted` or `.unchanged`, or nil when the row must go
    /// through `RecordWriter.upsert` (it differs from the stored row, or the store
    /// refused it; nothing was written).
    public func write(_ row: DocumentRowValues) throws(StoreError) -> UpsertOutcome? {
        guard store.connection.isInTransaction else { return nil }
        if !expectExisting {
            switch try tryInsert(row) {
            case .inserted: return .inserted
            case .refused: return nil
            case .exists: expectExisting = true
            }
        }
        switch try differs(row) {
        case false?:
            return .unchanged
        case true?:
            return nil
        case nil:
            expectExisting = false
            switch try tryInsert(row) {
            case .inserted: return .inserted
            case .refused, .exists: return nil
            }
        }
    }

    private func tryInsert(_ row: DocumentRowValues) throws(StoreError) -> InsertResult {
        do {
            defer { insert.reset() }
            try bind(row, to: insert)
            try insert.step()
        } catch {
            if error.isConstraintViolation { return .refused }
            throw store.storeError(error)
        }
        guard store.connection.changes > 0 else { return .exists }
        let summaries = store.documentSummaries
        summaries.add(unitSlot: row.unitSlot, monthIndex: row.monthIndex, direction: row.direction,
                      electronic: row.electronic, confidential: row.confidential, dueOn: row.dueOn, doneOn: row.doneOn)
        if summaries.isLarge { try store.flushDocumentSummaries() }
        return .inserted
    }

    /// Whether the stored row differs; nil when there is none.
    private func differs(_ row: DocumentRowValues) throws(StoreError) -> Bool? {
        do {
            defer { compare.reset() }
            try bind(row, to: compare)
            return try compare.step() == .row ? compare.bool(at: 0) ?? true : nil
        } catch {
            throw store.storeError(error)
        }
    }

    /// Binds in the order of `DocumentRecord.layout.columns`, without copying.
    private func bind(_ row: DocumentRowValues, to statement: Statement) throws(SQLiteError) {
        try statement.bindText(row.id, at: 1)
        try statement.bindText(row.unitID, at: 2)
        try statement.bindText(Self.word(row.direction), at: 3)
        try statement.bindText(row.dateText, at: 4)
        try statement.bind(row.electronic, at: 5)
        try statement.bind(row.confidential, at: 6)
        if row.dueOn != nil { try statement.bindText(row.dueOnText, at: 7) } else { try statement.bindNull(at: 7) }
        if row.doneOn != nil { try statement.bindText(row.doneOnText, at: 8) } else { try statement.bindNull(at: 8) }
    }

    /// The direction's contract word, in static storage that outlives any statement.
    private static func word(_ direction: DocumentDirection) -> UnsafeRawBufferPointer {
        let text: StaticString
        switch direction {
        case .in: text = "in"
        case .out: text = "out"
        case .internal: text = "internal"
        }
        return UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }
}
