import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// Issue 8, upgrades, against a committed file: `Fixtures/stores/store-v1.sqlite` was
/// written with schema version 1 (by `SchemaUpgradeTests.writeVersion1Store` in
/// QMSStoreTests, the writer a v1 isodash used: plain rows, v1's triggers counting), so
/// unlike a store made in a test it cannot drift if someone edits the released schema.
/// It lives here because this test target already ships its `Fixtures` folder as a
/// resource; QMSStoreTests declares no resources.
@Suite struct StoreFixtureTests {
    @Test func theVersion1FixtureUpgradesInPlaceKeepingItsDataAndReviews() throws {
        let box = try SyncSandbox()
        box.store.close()
        // A copy: the fixture itself is never opened for writing.
        try FileManager.default.removeItem(atPath: box.storePath)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: box.storePath + suffix) }
        let fixture = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("stores/store-v1.sqlite")
        try FileManager.default.copyItem(at: fixture, to: URL(fileURLWithPath: box.storePath))

        switch Result(catching: { () throws(StoreError) in try Store.open(path: box.storePath, mode: .readOnly) }) {
        case .success(let reader):
            reader.close()
            Issue.record("a read-only open must not accept a v1 store")
        case .failure(.needsUpgrade(_, let found, let current)):
            #expect(found == 1 && current == Store.currentSchemaVersion)
        case .failure(let error):
            Issue.record("expected needsUpgrade, got \(error)")
        }

        let store = try Store.open(path: box.storePath, mode: .readWrite)
        defer { store.close() }
        #expect(try store.schemaVersion() == Store.currentSchemaVersion)
        #expect(try store.connection.pragmaText("integrity_check") == "ok")
        for (table, count) in [("units", 3), ("objectives", 3), ("measurements", 2), ("audits", 2), ("findings", 1),
                               ("actions", 2), ("procedures", 1), ("services", 1), ("documents", 5), ("tallies", 1),
                               ("sync_files", 2), ("reviews", 2), ("review_entries", 3), ("review_attendees", 2),
                               ("review_action_items", 1)] {
            let statement = try store.connection.prepare("SELECT count(*) FROM \(table)")
            _ = try statement.step()
            #expect(statement.int(at: 0) == count, "\(table)")
            statement.reset()
        }
        #expect(try store.fetch(UnitRecord.self, key: "ORG")?.name == "Sở Thông tin và Truyền thông")
        #expect(try store.fetch(ActionRecord.self, key: "HD-01")?.owner == "Phạm Thị Dung")
        // v2's summary, backfilled from the v1 register during the upgrade.
        #expect(try store.connection.pragmaInteger("foreign_keys") == 1)
        let due = try store.connection.prepare("SELECT sum(due_count), sum(on_time_count) FROM document_due")
        _ = try due.step()
        #expect(due.int(at: 0) == 3 && due.int(at: 1) == 1)
        due.reset()

        let snapshot = try store.statusSnapshot(scope: .organisation, asOf: Day.parse("2026-06-30")!)
        let electronic = try #require(snapshot.objectives.first { $0.objective.id == "MT-01" })
        #expect(electronic.numerator == 102 && electronic.denominator == 118)
        #expect(snapshot.overdueActions.map(\.action.id) == ["HD-01"])

        let reviews = try store.reviews()
        #expect(reviews.map(\.title) == ["Xem xét của lãnh đạo Q4", "Xem xét của lãnh đạo 6 tháng đầu năm"])
        #expect(try store.reviewEntries(reviewID: 1).map(\.text)
            == ["Mục tiêu MT-02 chưa đạt trong quý 1", "Bổ sung nhân lực cho bộ phận một cửa"])
        #expect(try store.reviewActionItems(reviewID: 1).map(\.text) == ["Rà soát quy trình tiếp nhận hồ sơ"])
        #expect(try store.reviewAttendees(reviewID: 1).map(\.name) == ["Nguyễn Văn An", "Trần Thị Bình"])

        // A sync into the upgraded store works as into a new one, and leaves the reviews alone.
        let runner = SyncRunner(store: store, options: SyncOptions(lockTimeout: 5, now: SyncSandbox.clock))
        let path = try box.write("documents-2026-03.csv", "id,unit_id,direction,date,electronic,due_on,done_on\n"
            + "50/UBND,VP,in,2026-03-02,1,2026-03-12,2026-03-10\n46/UBND,VP,in,2026-01-07,1,2026-01-17,2026-01-16\n")
        let report = try runner.run(paths: [path])
        #expect(report.files.map(\.counts) == [SyncCounts(inserted: 1, updated: 1)])
        #expect(try store.reviewEntries(reviewID: 2).map(\.text) == ["Hành động HD-01 còn quá hạn"])
        #expect(try SyncFuzzTests.summariesMatchTheRegister(store.connection))
    }
}
