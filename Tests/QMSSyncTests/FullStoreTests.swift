import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// Issue 8, a full disk in-process: SQLite's `max_page_count` stops the store from
/// growing, as a full disk does, in the middle of a file. The file is rejected with a
/// message that says so, nothing of it is written, the rest of the run goes on, and the
/// same file applies once there is room. (`StoreFileTests` in isodashTests does the same
/// to the real binary with a file size limit.)
@Suite struct FullStoreTests {
    @Test func aStoreThatCannotGrowRejectsTheFileSayingWhyAndKeepsEverything() throws {
        let box = try SyncSandbox()
        let units = try box.write("units.csv", baseUnits)
        #expect(try box.sync([units]).files.map(\.state) == [.applied])
        let before = try box.snapshot()

        var register = "id,unit_id,direction,date,electronic,due_on\n"
        for index in 1...4_000 {
            register += "VB-\(index),\(index % 2 == 0 ? "VP" : "TTr"),in,2026-0\(1 + index % 9)-1\(index % 10),\(index % 2),"
                + "2026-10-01\n"
        }
        let documents = try box.write("documents-2026.csv", register)
        // Tallies come after documents in a run.
        let small = try box.write("tallies.csv", "unit_id,month,direction,total,electronic,confidential\nVP,2026-11,in,10,5,0\n")

        // Room for the sync log and a small file, not for 4,000 documents.
        let pages = try #require(Int(try box.value("PRAGMA page_count") ?? ""))
        try box.store.connection.execute("PRAGMA max_page_count = \(pages + 30)")
        let report = try box.sync([documents, small])
        let rejected = try #require(report.files.first { $0.path == documents })
        #expect(rejected.state == .rejected)
        #expect(rejected.messages.count == 1)
        #expect(rejected.messages.first?.hasPrefix("\(documents): the store refused the file, nothing of it was written: "
            + "the disk holding the store is full (or the store reached its size limit): free some space and try again")
            == true, "\(rejected.messages)")
        // The run went on: the small file after it applied.
        #expect(report.files.first { $0.path == small }?.state == .applied)
        var after = try box.snapshot()
        after.removeAll { $0.hasPrefix("tallies|VP|2026-11|in|") }
        #expect(after == before, "nothing of the register was written")
        #expect(try box.value("PRAGMA integrity_check") == "ok")
        #expect(try box.store.syncLog.rejectedSinceLastCleanSync().first?.path == documents)

        try box.store.connection.execute("PRAGMA max_page_count = 1073741823")
        let again = try box.sync([documents])
        #expect(again.files.map(\.counts) == [SyncCounts(inserted: 4_000)])
        #expect(try box.count("documents") == 4_000)
    }
}
