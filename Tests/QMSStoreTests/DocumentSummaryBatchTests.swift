import QMSDomain
import Testing
@testable import QMSStore

/// The summaries of inserted documents are added up in memory and written in bulk,
/// also early when the batch grows large; and the sync's `DocumentBulkWriter` must
/// leave them exactly as a recount of the register would.
@Suite struct DocumentSummaryBatchTests {
    /// `document_months` and `document_due` as sorted lines.
    func summaries(_ store: Store) throws -> [String] {
        try lines(store, """
            SELECT 'm', unit_id, month, direction, total, electronic_public, public, confidential FROM document_months
            UNION ALL
            SELECT 'd', unit_id, month, direction, settle_day, due_count, on_time_count, NULL FROM document_due
            """)
    }

    /// The same, counted from the register.
    func recount(_ store: Store) throws -> [String] {
        try lines(store, """
            SELECT 'm', unit_id, substr(date, 1, 7), direction, count(*), sum(electronic AND NOT confidential),
                   sum(NOT confidential), sum(confidential)
            FROM documents GROUP BY 2, 3, 4
            UNION ALL
            SELECT 'd', unit_id, substr(date, 1, 7), direction,
                   CASE WHEN done_on <= due_on THEN done_on ELSE date(due_on, '+1 day') END,
                   count(*), sum(coalesce(done_on <= due_on, 0)), NULL
            FROM documents WHERE due_on IS NOT NULL GROUP BY 2, 3, 4, 5
            """)
    }

    func lines(_ store: Store, _ sql: String) throws -> [String] {
        let statement = try store.connection.prepare(sql)
        defer { statement.reset() }
        var result: [String] = []
        while try statement.step() == .row {
            result.append((0..<statement.columnCount).map { statement.string(at: $0) ?? "∅" }.joined(separator: "|"))
        }
        return result.sorted()
    }

    func addUnits(_ store: Store, _ ids: [String]) throws {
        try store.write {
            for id in ids { try store.upsert(UnitRecord(id: id, name: "Unit \(id)")) }
        }
    }

    /// Many documents spread over units, months and settle days, with a threshold
    /// so low that the batch is written dozens of times within one transaction.
    func documents(count: Int) -> [DocumentRecord] {
        (0..<count).map { n in
            let date = Day(year: 2026, month: n % 12 + 1, day: n % 27 + 1)!
            let dueOn: Day? = n % 3 == 0 ? nil : date.adding(days: n % 9)
            let doneOn: Day? = n % 4 == 0 ? nil : date.adding(days: n % 11)
            return DocumentRecord(id: "D\(n)", unitID: ["U1", "U2", "U3"][n % 3],
                                  direction: [.in, .out, .internal][n % 3 == 0 ? 0 : n % 2 + 1], date: date,
                                  electronic: n % 2 == 0, confidential: n % 7 == 0, dueOn: dueOn, doneOn: doneOn)
        }
    }

    @Test func writingEarlyWhenLargeAddsUpToTheRecount() throws {
        try withStore { store in
            try addUnits(store, ["U1", "U2", "U3"])
            store.documentSummaries.flushThreshold = 5
            try store.write {
                for document in documents(count: 400) { try store.upsert(document) }
            }
            #expect(store.documentSummaries.isEmpty)
            #expect(try summaries(store) == recount(store))
            #expect(try summaries(store).count > 100)
        }
    }

    /// The bulk writer, given the same rows as spans, stores what `RecordWriter` stores;
    /// a second pass finds every row unchanged, and a changed row is left to `RecordWriter`.
    @Test func bulkWriterStoresWhatRecordWriterStores() throws {
        let records = documents(count: 120)
        let viaRecords = try withStore { store -> [String] in
            try addUnits(store, ["U1", "U2", "U3"])
            try store.write { for record in records { try store.upsert(record) } }
            return try lines(store, "SELECT * FROM documents") + summaries(store)
        }
        try withStore { store in
            try addUnits(store, ["U1", "U2", "U3"])
            let writer = try DocumentBulkWriter(store: store)
            var outcomes: [UpsertOutcome?] = []
            try store.write {
                for record in records { outcomes.append(try write(record, with: writer)) }
            }
            #expect(outcomes.allSatisfy { $0 == .inserted })
            #expect(try lines(store, "SELECT * FROM documents") + summaries(store) == viaRecords)
            #expect(try summaries(store) == recount(store))

            var again: [UpsertOutcome?] = []
            var changed = records[7]
            changed.electronic.toggle()
            try store.write {
                for record in records { again.append(try write(record, with: writer)) }
                again.append(try write(changed, with: writer))
            }
            #expect(again.dropLast().allSatisfy { $0 == .unchanged })
            #expect(again.last == .some(nil))
            // Outside a transaction it leaves the row to RecordWriter.
            #expect(try write(changed, with: writer) == nil)
        }
    }

    func write(_ record: DocumentRecord, with writer: DocumentBulkWriter) throws -> UpsertOutcome? {
        let (year, month, _) = record.date.components
        return try Array(record.id.utf8).withUnsafeBytes { id in
            try Array(record.unitID.utf8).withUnsafeBytes { unit in
                try Array(record.date.description.utf8).withUnsafeBytes { date in
                    try Array((record.dueOn?.description ?? "").utf8).withUnsafeBytes { due in
                        try Array((record.doneOn?.description ?? "").utf8).withUnsafeBytes { done in
                            try writer.write(DocumentRowValues(
                                id: id, unitID: unit, unitSlot: writer.unitSlot(for: record.unitID),
                                direction: record.direction, date: record.date, monthIndex: year * 12 + month - 1,
                                dateText: date, electronic: record.electronic, confidential: record.confidential,
                                dueOn: record.dueOn, dueOnText: due, doneOn: record.doneOn, doneOnText: done))
                        }
                    }
                }
            }
        }
    }
}
