import Foundation
import QMSDomain
import QMSStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 8, concurrency: one store shared by readers (`status --json` of other users,
/// the dashboard's queries), a sync (a cron job) and the review writer.
///
/// The sync applies two document files whose figures change together: before them the
/// objective has no data, after the first it is exactly 50%, after both exactly 25%, and
/// any part of a file would show another value. Readers run in a loop while the sync
/// writes, some of them while the sync is frozen (SIGSTOP) in the middle of its work,
/// holding the store's write lock: none may fail, wait, or see anything in between.
@Suite struct ConcurrencyTests {
    /// Rows per document file: enough for a sync that lasts a while in a debug build.
    static let rows = 6_000
    static let asOf = Day(year: 2026, month: 12, day: 31)!
    static let clock = Date(timeIntervalSince1970: 1_797_000_000)

    struct Setup {
        let runner: BinaryRunner
        let store: String
        let exports: URL
        let documents: [String]
    }

    /// A sandbox with the two document files written; units and the objective synced
    /// into the store unless `empty`.
    static func setUp(empty: Bool = false) throws -> Setup {
        let runner = BinaryRunner()
        let exports = runner.home.appendingPathComponent("exports")
        let store = runner.home.appendingPathComponent("shared/store.sqlite").path
        let base = runner.home.appendingPathComponent("base")
        let units = try ReliabilityData.write(ReliabilityData.units, "units.csv", in: base)
        let objectives = try ReliabilityData.write(ReliabilityData.objectives, "objectives.csv", in: base)
        if empty {
            try ReliabilityData.write(ReliabilityData.units, "units.csv", in: exports)
            try ReliabilityData.write(ReliabilityData.objectives, "objectives.csv", in: exports)
        } else {
            let result = try runner.run(["sync", "--db", store, units, objectives])
            #expect(result.status == 0, "\(result.stderr)")
        }
        // First half of A electronic: 50% after A. B has none: 25% after both.
        let a = try ReliabilityData.write(ReliabilityData.documents(prefix: "A", count: rows, electronic: rows / 2,
                                                                    months: 1...6), "documents-a.csv", in: exports)
        let b = try ReliabilityData.write(ReliabilityData.documents(prefix: "B", count: rows, electronic: 0,
                                                                    months: 7...12), "documents-b.csv", in: exports)
        return Setup(runner: runner, store: store, exports: exports, documents: [a, b])
    }

    /// Whether a reader saw whole files: no documents and no value, one file and 50%,
    /// both and 25%. Any other pairing means a file was seen in part.
    static func isWhole(documents: Int, value: Double?) -> Bool {
        switch documents {
        case 0: return value == nil
        case rows: return value == 50
        case 2 * rows: return value == 25
        default: return false
        }
    }

    // MARK: Readers during a sync

    /// One in-process read as the dashboard makes them; returns the documents seen.
    static func dashboardRead(_ reader: Store) throws -> Int {
        // In one read transaction: the objective's value, the register and its monthly
        // summary all come from the same state of the store.
        let (value, documents, summed) = try reader.read { () throws -> (Double?, Int, Int) in
            let snapshot = try reader.statusSnapshot(scope: .organisation, asOf: asOf)
            return (snapshot.objectives.first { $0.objective.id == "MT-E" }?.value,
                    try ReliabilityData.integer(reader.connection, "SELECT count(*) FROM documents") ?? -1,
                    try ReliabilityData.integer(reader.connection, "SELECT coalesce(sum(total), 0) FROM document_months") ?? -1)
        }
        #expect(isWhole(documents: documents, value: value),
                "saw \(documents) documents and the value \(String(describing: value)): part of a file")
        #expect(documents == summed, "the register and its summary disagree: \(documents) vs \(summed)")
        // The other queries of the dashboard's screens work meanwhile.
        _ = try reader.unitScorecard(scope: .organisation, asOf: asOf)
        _ = try reader.actionsPage(scope: .organisation, asOf: asOf)
        _ = try reader.dataFreshness()
        return documents
    }

    /// `isodash status --json` as another user runs it; returns the value it showed.
    static func statusRead(_ setup: Setup) throws -> Double?? {
        let result = try setup.runner.run(["status", "--json", "--db", setup.store, "--as-of", asOf.description])
        #expect(result.status == 0 || result.status == 1, "status failed: \(result.stderr)")
        guard let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let objectives = root["objectives"] as? [[String: Any]],
              let objective = objectives.first(where: { $0["id"] as? String == "MT-E" }) else {
            Issue.record("status --json printed no objective MT-E: \(result.stdout)")
            return nil
        }
        return .some(objective["value"] as? Double)
    }

    @Test func readersNeverFailNorSeeHalfAFileWhileASyncWrites() throws {
        let setup = try Self.setUp()
        defer { setup.runner.cleanUp() }
        let reader = try Store.open(path: setup.store, mode: .readOnly)
        defer { reader.close() }
        #expect(try Self.dashboardRead(reader) == 0)

        let sync = try BackgroundIsodash(["sync", "--db", setup.store] + setup.documents, runner: setup.runner)
        var seen: [Int] = []
        var round = 0
        repeat {
            round += 1
            // Every other round, freeze the sync wherever it is (mostly inside a file's
            // transaction, holding the write lock) and read while it cannot move.
            let frozen = round % 2 == 0 && sync.isRunning
            if frozen { sync.send(SIGSTOP) }
            defer { if frozen { sync.send(SIGCONT) } }
            let documents = try Self.dashboardRead(reader)
            let shown = try Self.statusRead(setup)
            if let shown {
                #expect([nil, 50, 25].contains(shown), "status --json showed \(String(describing: shown))")
            }
            // Never back in time: what one reader saw, a later read sees too.
            #expect(documents >= (seen.last ?? 0))
            seen.append(documents)
        } while sync.isRunning
        let end = sync.wait()
        #expect(end.status == 0, "\(sync.stdout) \(sync.stderr)")
        #expect(try Self.dashboardRead(reader) == 2 * Self.rows)
        #expect(try Self.statusRead(setup) == .some(25))
    }

    // MARK: Two syncs

    /// Whether some process holds the sync lock of the store (an exclusive `flock` on
    /// `STORE.sync-lock`, which a sync holds from start to end).
    static func syncLockIsHeld(store: String) -> Bool {
        let descriptor = open(store + ".sync-lock", O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    @Test func aSecondSyncStartedDuringTheFirstWaitsThenSkipsAndNothingInterleaves() throws {
        // A few attempts, in case the first sync finishes before it can be caught holding its lock.
        for attempt in 1...3 {
            let setup = try Self.setUp(empty: true)
            defer { setup.runner.cleanUp() }
            let arguments = ["sync", "--db", setup.store, setup.exports.path]
            let first = try BackgroundIsodash(arguments, runner: setup.runner)
            while first.isRunning && !Self.syncLockIsHeld(store: setup.store) { usleep(1_000) }
            first.send(SIGSTOP)
            guard Self.syncLockIsHeld(store: setup.store) else {
                first.send(SIGCONT)
                first.wait()
                if attempt == 3 { Issue.record("the first sync never held its lock long enough to start a second") }
                continue
            }
            // The first sync is frozen with its lock: the second must wait for it.
            let second = try BackgroundIsodash(arguments, runner: setup.runner)
            let waited = second.waitForStderr(containing: "another sync is writing to \(setup.store); waiting")
            first.send(SIGCONT)
            let firstEnd = first.wait(), secondEnd = second.wait()
            #expect(waited, "the second sync did not say it waits: \(second.stderr)")
            #expect(firstEnd.status == 0, "\(first.stdout) \(first.stderr)")
            #expect(secondEnd.status == 0, "\(second.stdout) \(second.stderr)")
            // The first applied all four files; the second found each already applied.
            #expect(first.stdout.split(separator: "\n").filter { $0.hasPrefix("applied  ") }.count == 4, "\(first.stdout)")
            #expect(second.stdout.hasSuffix("4 files: 4 skipped. Rows: 0 inserted, 0 updated, 0 deleted, 0 unchanged.\n"),
                    "\(second.stdout)")

            let connection = try Connection(path: setup.store, mode: .readOnly)
            defer { connection.close() }
            // The log: the first run's four files, then the second's, never mixed.
            let statement = try connection.prepare("SELECT run_id, state FROM sync_files ORDER BY id")
            var log: [String] = []
            while try statement.step() == .row {
                log.append("\(statement.int(at: 0) ?? -1) \(statement.string(at: 1) ?? "")")
            }
            statement.reset()
            #expect(log == Array(repeating: "1 applied", count: 4) + Array(repeating: "2 skipped", count: 4))
            #expect(try ReliabilityData.integer(connection, "SELECT count(*) FROM documents") == 2 * Self.rows)
            #expect(try ReliabilityData.integer(connection, "SELECT sum(total) FROM document_months") == 2 * Self.rows)
            #expect(try connection.pragmaText("integrity_check") == "ok")
            return
        }
    }

    /// Pairs of syncs started at the same moment, as two cron entries or two clerks do,
    /// each pair on a store that does not exist yet: both create it, both upgrade it, both
    /// want the sync lock. Several pairs at once make the races likely to show.
    @Test func twoSyncsStartedAtOnceOnANewStoreBothSucceedAndApplyEachFileOnce() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let exports = runner.home.appendingPathComponent("exports")
        try ReliabilityData.write(ReliabilityData.units, "units.csv", in: exports)
        try ReliabilityData.write(ReliabilityData.objectives, "objectives.csv", in: exports)
        try ReliabilityData.write(ReliabilityData.documents(prefix: "VB", count: 300, electronic: 150), "documents.csv",
                                  in: exports)
        let stores = (0..<8).map { runner.home.appendingPathComponent("stores-\($0)/store.sqlite").path }
        let syncs = try stores.flatMap { store in
            try (0..<2).map { _ in try BackgroundIsodash(["sync", "--db", store, exports.path], runner: runner) }
        }
        let ends = syncs.map { $0.wait() }
        for (index, store) in stores.enumerated() {
            let pair = [syncs[2 * index], syncs[2 * index + 1]]
            #expect(ends[2 * index].status == 0 && ends[2 * index + 1].status == 0, "\(pair.map(\.stderr))")
            let connection = try Connection(path: store, mode: .readOnly)
            defer { connection.close() }
            #expect(try ReliabilityData.integer(connection,
                "SELECT count(*) FROM sync_files WHERE state = 'applied'") == 3, "each file applied once")
            #expect(try ReliabilityData.integer(connection, "SELECT count(DISTINCT run_id) FROM sync_files") == 2)
            // Each run's entries are contiguous: the runs took turns, whole.
            #expect(try ReliabilityData.integer(connection, """
                SELECT count(*) FROM sync_files AS a JOIN sync_files AS b ON b.id > a.id AND b.run_id < a.run_id
                """) == 0)
            #expect(try ReliabilityData.integer(connection, "SELECT count(*) FROM documents") == 300)
            #expect(try connection.pragmaText("integrity_check") == "ok")
        }
    }

    // MARK: Review writer during a sync

    @Test func reviewNotesWrittenDuringASyncAreKeptAndTheSyncCompletes() throws {
        let setup = try Self.setUp()
        defer { setup.runner.cleanUp() }
        let writer = try Store.open(path: setup.store, mode: .readWrite)
        defer { writer.close() }
        let review = try writer.openReview(on: Day(year: 2026, month: 12, day: 15)!, scopeUnitID: nil,
                                           title: "Họp xem xét của lãnh đạo", chair: "Giám đốc Sở", now: Self.clock)

        let sync = try BackgroundIsodash(["sync", "--db", setup.store] + setup.documents, runner: setup.runner)
        var notes = 0, items = 0
        repeat {
            try writer.addReviewEntry(reviewID: review.id, section: .objectives, kind: notes % 2 == 0 ? .note : .decision,
                                      text: "Ghi chú số \(notes)", now: Self.clock)
            notes += 1
            if notes % 5 == 0 {
                try writer.addReviewActionItem(reviewID: review.id, text: "Việc cần làm \(items)", unitID: "VP",
                                               dueOn: Day(year: 2027, month: 1, day: 31)!, now: Self.clock)
                items += 1
            }
            if notes % 7 == 0 {
                try writer.setReviewAttendees(reviewID: review.id, [ReviewAttendee(name: "Thành viên \(notes)")])
            }
            // A chair types a line every few seconds, not thousands a second: back to back,
            // the writer retook the lock the moment it let go and the sync, polling within
            // its busy timeout, could miss every gap for 5 s and give up.
            usleep(20_000)
        } while sync.isRunning
        let end = sync.wait()
        #expect(end.status == 0, "\(sync.stdout) \(sync.stderr)")
        #expect(sync.stdout.contains("2 files: 2 applied"), "\(sync.stdout)")
        #expect(try writer.reviewEntries(reviewID: review.id).count == notes)
        #expect(try writer.reviewActionItems(reviewID: review.id).count == items)
        #expect(try ReliabilityData.integer(writer.connection, "SELECT count(*) FROM documents") == 2 * Self.rows)
        // A later sync never touches the review.
        let again = try setup.runner.run(["sync", "--force", "--db", setup.store] + setup.documents)
        #expect(again.status == 0)
        #expect(try writer.reviewEntries(reviewID: review.id).count == notes)
    }
}
