import Foundation
import QMSDomain
import Testing
@testable import QMSStore

@Suite struct SyncLogTests {
    let t0 = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z

    func entry(run: Int64, _ name: String, _ state: SyncFileEntry.State, at minute: Int,
               sha: String? = nil, counts: SyncCounts = SyncCounts(), errorCount: Int = 0) -> SyncFileEntry {
        SyncFileEntry(runID: run, name: name, path: "/exports/\(name)", sha256: sha ?? "sha-\(name)-\(run)",
                      kind: RecordKind.fromFileName(name)?.rawValue, state: state,
                      reason: state == .skipped ? "already applied" : nil,
                      startedAt: t0.addingTimeInterval(Double(minute * 60)),
                      finishedAt: t0.addingTimeInterval(Double(minute * 60 + 5)), counts: counts, errorCount: errorCount)
    }

    @Test func recordedEntriesAndErrorsComeBackAsWritten() throws {
        try withStore { store throws in
            let log = store.syncLog
            #expect(try log.lastSync() == nil)
            #expect(try log.nextRunID() == 1)
            var applied = entry(run: 1, "units.csv", .applied, at: 0,
                                counts: SyncCounts(inserted: 5, updated: 2, deleted: 1, unchanged: 9))
            applied.id = try log.record(applied)
            let errors = [
                SyncErrorEntry(line: 7, column: "due_on", message: "'31/02/2026' is not a date; expected YYYY-MM-DD"),
                SyncErrorEntry(record: 3, column: "status", message: "'xong rồi' is not a status"),
                SyncErrorEntry(message: "quote left open at end of file"),
            ]
            var rejected = entry(run: 1, "actions.csv", .rejected, at: 1, errorCount: 3)
            rejected.reason = "3 errors"
            rejected.id = try log.record(rejected, errors: errors)
            #expect(try log.nextRunID() == 2)

            let page = try log.page()
            #expect(page.entries == [rejected, applied])
            #expect(page.nextCursor == nil)
            #expect(try log.errors(ofFile: rejected.id!) == errors)
            #expect(try log.errors(ofFile: applied.id!) == [])
            #expect(try log.lastSync() == applied.finishedAt)
            #expect(try log.isApplied(sha256: "sha-units.csv-1"))
            #expect(try !log.isApplied(sha256: "sha-actions.csv-1"))
        }
    }

    @Test func onlyTheFirstFiftyErrorsAreKeptButAllAreCounted() throws {
        try withStore { store throws in
            let errors = (1...120).map { SyncErrorEntry(line: $0, message: "bad row") }
            let id = try store.syncLog.record(entry(run: 1, "documents.csv", .rejected, at: 0, errorCount: 120),
                                              errors: errors)
            #expect(try store.syncLog.errors(ofFile: id).count == 50)
            #expect(try store.syncLog.page().entries.first?.errorCount == 120)
        }
    }

    @Test func lastSyncIsTheNewestAppliedFile() throws {
        try withStore { store throws in
            let log = store.syncLog
            try log.record(entry(run: 1, "units.csv", .applied, at: 0))
            try log.record(entry(run: 2, "actions.csv", .applied, at: 10))
            try log.record(entry(run: 3, "actions.csv", .skipped, at: 20, sha: "sha-actions.csv-2"))
            try log.record(entry(run: 3, "audits.csv", .rejected, at: 21))
            #expect(try log.lastSync() == t0.addingTimeInterval(10 * 60 + 5))
        }
    }

    @Test func lastAppliedIsTheNewestApplicationOfThatPathOnly() throws {
        try withStore { store throws in
            let log = store.syncLog
            try log.record(entry(run: 1, "actions.csv", .applied, at: 0))
            try log.record(entry(run: 2, "actions.csv", .applied, at: 10))
            try log.record(entry(run: 3, "actions.csv", .rejected, at: 20))
            try log.record(entry(run: 3, "audits.csv", .skipped, at: 21))
            #expect(try log.lastApplied(path: "/exports/actions.csv") == t0.addingTimeInterval(10 * 60 + 5))
            #expect(try log.lastApplied(path: "/exports/audits.csv") == nil)
            #expect(try log.lastApplied(path: "/elsewhere/actions.csv") == nil)
        }
    }

    @Test func rejectedFilesAreReportedUntilACleanRun() throws {
        try withStore { store throws in
            let log = store.syncLog
            try log.record(entry(run: 1, "units.csv", .applied, at: 0))
            #expect(try log.rejectedSinceLastCleanSync().isEmpty)

            try log.record(entry(run: 2, "actions.csv", .rejected, at: 10))
            try log.record(entry(run: 2, "audits.csv", .applied, at: 11))
            try log.record(entry(run: 3, "actions.csv", .rejected, at: 20))
            try log.record(entry(run: 3, "findings.csv", .rejected, at: 21))
            let rejected = try log.rejectedSinceLastCleanSync()
            #expect(rejected.map(\.name) == ["findings.csv", "actions.csv", "actions.csv"])
            #expect(rejected.map(\.runID) == [3, 3, 2])
            #expect(try log.rejectedSinceLastCleanSync(limit: 1).count == 1)

            // A run that rejects nothing (even one that only skips) clears the list.
            try log.record(entry(run: 4, "units.csv", .skipped, at: 30, sha: "sha-units.csv-1"))
            #expect(try log.rejectedSinceLastCleanSync().isEmpty)
            try log.record(entry(run: 5, "tallies.csv", .rejected, at: 40))
            #expect(try log.rejectedSinceLastCleanSync().map(\.name) == ["tallies.csv"])
        }
    }

    @Test func pagesWalkTheWholeLogNewestFirstWithoutRepeats() throws {
        try withStore { store throws in
            let log = store.syncLog
            try store.write {
                for i in 0..<23 { try log.record(entry(run: Int64(i / 5 + 1), "documents-\(i).csv", .applied, at: i)) }
            }
            var names: [String] = []
            var cursor: Int64?
            var pages = 0
            repeat {
                let page = try log.page(before: cursor, limit: 10)
                names += page.entries.map(\.name)
                cursor = page.nextCursor
                pages += 1
            } while cursor != nil
            #expect(pages == 3)
            #expect(names == (0..<23).reversed().map { "documents-\($0).csv" })
        }
    }

    @Test func anAppliedFileIsLoggedOnlyWithItsRows() throws {
        try withStore { store throws in
            struct Abort: Error {}
            _ = try? store.write {
                try store.upsert(UnitRecord(id: "U1", name: "x"))
                try store.syncLog.record(entry(run: 1, "units.csv", .applied, at: 0))
                throw Abort()
            }
            #expect(try store.syncLog.page().entries.isEmpty)
            #expect(try store.fetch(UnitRecord.self, key: "U1") == nil)
        }
    }

    @Test func timestampsAreSortableUTCText() {
        #expect(SyncLog.timestamp(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(SyncLog.date("2026-05-04T07:30:00Z") == Date(timeIntervalSince1970: 1_777_879_800))
    }
}
