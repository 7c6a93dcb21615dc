import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// §7: a file is applied whole or not at all; the same file twice is skipped; a dry
/// run says what a sync would do and writes nothing.
struct AtomicityTests {
    private func baseSandbox() throws -> SyncSandbox {
        let box = try SyncSandbox()
        for kind in ["units", "documents"] { try box.copyFixture("base/\(kind).csv", as: "base/\(kind).csv") }
        let report = try box.sync([box.path("base")])
        #expect(report.files.allSatisfy { $0.state == .applied })
        return box
    }

    @Test func anErrorOnTheLastLineLeavesTheStoreUntouched() throws {
        let box = try baseSandbox()
        let before = try box.snapshot()
        let counts = try SyncSandbox.dataTables.map { try box.count($0) }
        var text = "id,unit_id,direction,date,electronic,due_on,done_on\n"
        for i in 1...200 { text += "N\(i),VP,in,2026-03-\(String(format: "%02d", i % 28 + 1)),1,2026-04-01,\n" }
        text += "45/UBND,XA1,out,2026-03-01,1,,\n"   // an update of an existing document
        text += "LAST,VP,in,2026-02-30,1,,\n"        // the error, on the last line
        let path = try box.write("documents-2026-03.csv", text)
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.state == .rejected)
        #expect(file.messages == ["\(path):203: column 'date': '2026-02-30' is not a real calendar date, "
            + "expected a date as YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY"])
        #expect(try SyncSandbox.dataTables.map { try box.count($0) } == counts)
        #expect(try box.snapshot() == before)
    }

    @Test func aRejectedFileIsLoggedWithItsErrors() throws {
        let box = try baseSandbox()
        let path = try box.write("documents-bad.csv", "id,unit_id,direction,date,electronic\nB1,VP,in,2026-02-30,1\n")
        _ = try box.sync([path])
        let rejected = try box.store.syncLog.rejectedSinceLastCleanSync()
        let entry = try #require(rejected.first)
        #expect(entry.path == path)
        #expect(entry.errorCount == 1)
        let errors = try box.store.syncLog.errors(ofFile: try #require(entry.id))
        #expect(errors == [SyncErrorEntry(line: 2, column: "date", message: "'2026-02-30' is not a real calendar date, "
            + "expected a date as YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY")])
    }

    @Test func theSameFileTwiceIsSkippedAndWithForceIsAllUnchanged() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        let first = try #require(try box.sync([units]).files.first)
        #expect(first.state == .applied)
        #expect(first.counts == SyncCounts(inserted: 3))
        let again = try #require(try box.sync([units]).files.first)
        #expect(again.state == .skipped)
        #expect(again.reason?.contains("already applied") == true)
        let forced = try #require(try box.sync([units], force: true).files.first)
        #expect(forced.state == .applied)
        #expect(forced.counts == SyncCounts(unchanged: 3))
        // A copy under another name has the same SHA-256: skipped too.
        let copy = try box.write("units-copy.csv", baseUnits)
        #expect(try box.sync([copy]).files.first?.state == .skipped)
    }

    /// A register's SHA-256 is taken while its rows are applied; when it turns out to
    /// be one applied before, what was written of the file is rolled back, so later
    /// corrections are not undone by an old copy.
    @Test func anOldRegisterSyncedAgainIsSkippedWholeWheneverItsDigestArrives() throws {
        let box = try baseSandbox()
        var register = "id,unit_id,direction,date,electronic,due_on,done_on\n"
        for i in 1...20_000 {
            register += "R\(i),VP,in,2026-03-\(String(format: "%02d", i % 28 + 1)),1,2026-04-01,2026-03-30\n"
        }
        let first = try box.syncFile("documents-2026-03.csv", register)
        #expect(first.state == .applied)
        #expect(first.counts == SyncCounts(inserted: 20_000))
        let correction = try box.syncFile("documents-2026-03-fix.csv",
                                          "id,unit_id,direction,date,electronic,due_on,done_on\n"
                                          + "R1,VP,out,2026-03-02,0,,\nR2,VP,in,2026-03-03,1,2026-03-10,2026-03-20\n")
        #expect(correction.counts == SyncCounts(updated: 2))
        let tables = SyncSandbox.dataTables + ["document_due", "document_due_months", "sync_files"]
        let before = try box.snapshot(tables: tables).filter { !$0.hasPrefix("sync_files|") }
        let files = try box.count("sync_files")

        let again = try box.syncFile("documents-2026-03-copy.csv", register)
        #expect(again.state == .skipped)
        #expect(again.reason?.contains("already applied") == true)
        #expect(again.counts == SyncCounts())
        #expect(again.sha256 == first.sha256)
        #expect(try box.snapshot(tables: tables).filter { !$0.hasPrefix("sync_files|") } == before)
        #expect(try box.count("sync_files") == files + 1)
        #expect(try SyncFuzzTests.summariesMatchTheRegister(box))
    }

    @Test func laterRowsAndFilesWinAndCountsAreExact() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let file = try box.syncFile("units-2.csv", "id,name,parent_id\nVP,Văn phòng,ORG\nTTr,Thanh tra Sở,ORG\nNEW,Mới,\nNEW,Mới hơn,ORG\n")
        #expect(file.counts == SyncCounts(inserted: 1, updated: 2, unchanged: 1))
        #expect(try box.value("SELECT name || '/' || parent_id FROM units WHERE id = 'NEW'") == "Mới hơn/ORG")
    }

    @Test func dryRunReportsWhatSyncWouldAndWritesNothing() throws {
        let box = try SyncSandbox()
        let folder = box.path("base")
        for kind in RecordKind.allCases { try box.copyFixture("base/\(kind.rawValue).csv", as: "base/\(kind.rawValue).csv") }
        let bad = try box.write("extra/documents-bad.csv", "id,unit_id,direction,date,electronic\nZ,NOPE,in,2026-01-01,1\n")
        let before = try box.snapshot(tables: SyncSandbox.dataTables + ["sync_files"])

        let check = try box.sync([folder, bad], dryRun: true)
        #expect(try box.snapshot(tables: SyncSandbox.dataTables + ["sync_files"]) == before)
        #expect(check.dryRun)
        #expect(check.count(.checked) == 10)
        #expect(check.count(.rejected) == 1)
        #expect(check.exitStatus == 1)

        let sync = try box.sync([folder, bad])
        #expect(sync.files.map(\.path) == check.files.map(\.path))
        #expect(sync.files.map(\.counts) == check.files.map(\.counts))
        #expect(sync.files.map(\.messages) == check.files.map(\.messages))
        #expect(sync.files.map { $0.state == .applied ? .checked : $0.state } == check.files.map(\.state))
    }

    @Test func dryRunSkipsWhatSyncWouldSkip() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        let copy = try box.write("units-copy.csv", baseUnits)
        let check = try box.sync([units, copy], dryRun: true)
        #expect(check.files.map(\.state) == [.checked, .skipped])
        #expect(try box.count("units") == 0)
    }

    @Test func readersKeepReadingAndSeeAFileWholeOrNotAtAll() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let reader = try Store.open(path: box.storePath, mode: .readOnly)
        defer { reader.close() }
        func documents() -> Int? {
            guard let statement = try? reader.connection.prepare("SELECT count(*) FROM documents") else { return nil }
            defer { statement.reset() }
            guard (try? statement.step()) == .row else { return nil }
            return statement.int(at: 0)
        }
        let text = "id,unit_id,direction,date,electronic\n" + (1...5).map { "D\($0),VP,in,2026-01-05,1\n" }.joined()
        let path = try box.write("documents.csv", text)
        let runner = SyncRunner(store: box.store, options: SyncOptions(lockTimeout: 5, now: SyncSandbox.clock,
                                                                       progressInterval: 2))
        var seenMidFile: [Int?] = []
        let report = try runner.run(paths: [path]) { event in
            if case .rows = event { seenMidFile.append(documents()) }
        }
        #expect(report.files.map(\.state) == [.applied])
        #expect(seenMidFile == [0, 0])
        #expect(documents() == 5)
    }
}
