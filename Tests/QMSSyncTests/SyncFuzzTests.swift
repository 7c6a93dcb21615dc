import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// Issue 8, fuzzing: valid export files mutated thousands of times (byte flips,
/// truncation, duplicated and swapped lines, stray quotes and delimiters, odd
/// characters), each synced in-process. Never a crash, never a hang, never a
/// partially applied file: a rejected file leaves the store exactly as it was, an
/// applied one leaves the summaries equal to a recount of the register.
///
/// Deterministic: each case has a fixed seed, so a failure replays (its message names
/// the seed, the file number and the mutations). 4 × 600 files by default; more with
/// `ISODASH_FUZZ_ITERATIONS=N` per case (`.ci/reliability-heavy.sh` sets it).
@Suite struct SyncFuzzTests {
    /// The seeds of the cases, each a separate test so they can run in parallel.
    /// `ISODASH_FUZZ_SEEDS=1,2,3` replaces them (to explore further, or replay one).
    static let seeds: [UInt64] = ProcessInfo.processInfo.environment["ISODASH_FUZZ_SEEDS"]
        .map { $0.split(separator: ",").compactMap { UInt64($0.trimmingCharacters(in: .whitespaces)) } }
        ?? [0x1509_0001, 0x1509_0002, 0x1509_0003, 0x1509_0004]

    static let iterations = ProcessInfo.processInfo.environment["ISODASH_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 600

    /// A hang fails the test instead of stopping the suite; generous, for a busy machine.
    static let timeLimitMinutes = max(3, iterations / 100)

    /// Mutated files synced together in one run.
    static let filesPerRun = 5

    /// `ISODASH_FUZZ_VERBOSE=1` prints every mutation and what the sync said about it.
    static let verbose = ProcessInfo.processInfo.environment["ISODASH_FUZZ_VERBOSE"] != nil

    /// The valid files mutated: every kind of the base fixtures, the JSON bundle, and the
    /// dialect fixtures (`;`, TAB, BOM, CRLF, quoted line breaks, NFD, Vietnamese headers).
    static let sources: [String] = RecordKind.allCases.map { "base/\($0.rawValue).csv" } + [
        "json/bundle.json",
        "dialect/documents-tab.csv",
        "dialect/findings-multiline.csv",
        "dialect/objectives-vi-semicolon.csv",
        "dialect/units-bom.csv",
        "dialect/units-crlf-blank.csv",
        "dialect/units-nfd.csv",
        "dialect/units-vi-semicolon.csv",
        "csv/documents-vn-semicolon-bom.csv",
    ]

    @Test(.timeLimit(.minutes(timeLimitMinutes)), arguments: seeds)
    func mutatedFilesNeverCrashHangOrApplyInPart(seed: UInt64) throws {
        let box = try SyncSandbox()
        // Thousands of small commits: without an fsync each (what this test checks is
        // atomicity, which does not depend on it), the test is not bound by the disk.
        try box.store.connection.execute("PRAGMA synchronous = OFF")
        for kind in RecordKind.allCases {
            try box.copyFixture("base/\(kind.rawValue).csv", as: "base/\(kind.rawValue).csv")
        }
        #expect(try box.sync([box.path("base")]).files.allSatisfy { $0.state == .applied })
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let originals = try Self.sources.map { ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }

        var random = FuzzRandom(seed: seed)
        let fingerprint = try StoreFingerprint(box.store.connection, tables: SyncSandbox.dataTables + ["document_due", "document_due_months"])
        var content = try fingerprint.value()
        var outcomes: [FileState: Int] = [:]
        var done = 0
        while done < Self.iterations {
            // A few mutated files per run, as a folder of exports is synced: each is still its
            // own transaction, and the store is compared after each one.
            var replays: [String: String] = [:]
            var paths: [String] = []
            for slot in 0..<min(Self.filesPerRun, Self.iterations - done) {
                let (source, original) = originals[random.below(originals.count)]
                var bytes = original
                var applied: [String] = []
                for _ in 0...random.below(3) { applied.append(FileMutation.apply(to: &bytes, random: &random)) }
                // The name, and so the kind, stays; a folder per slot keeps paths apart.
                let path = try box.writeBytes("fuzz/\(slot)/\(FileDiscovery.baseName(source))", bytes)
                replays[path] = "seed \(seed) file \(done + slot): \(source) after \(applied.joined(separator: ", "))"
                paths.append(path)
            }
            done += paths.count

            let runner = SyncRunner(store: box.store, options: SyncOptions(force: true, lockTimeout: 5, now: SyncSandbox.clock))
            var checked = 0
            let report = try runner.run(paths: paths) { event in
                guard case .finished(let file) = event else { return }
                checked += 1
                let replay = replays[file.path] ?? file.path
                outcomes[file.state, default: 0] += 1
                do {
                    switch file.state {
                    case .rejected:
                        if Self.verbose { print("rejected: \(replay): \(file.messages.first ?? file.reason ?? "")") }
                        #expect(try fingerprint.value() == content, "a rejected file changed the store: \(replay)")
                        #expect(!file.messages.isEmpty || file.reason != nil, "\(replay)")
                        #expect(file.messages.allSatisfy { $0.hasPrefix(file.path + ":") }, "\(replay): \(file.messages)")
                    case .applied:
                        if Self.verbose { print("applied: \(replay): \(file.counts)") }
                        content = try fingerprint.value()
                        #expect(try Self.summariesMatchTheRegister(box), "\(replay)")
                        #expect(try Self.loggedState(box, path: file.path) == "applied", "\(replay)")
                    case .skipped, .checked:
                        Issue.record("unexpected \(file.state) for \(replay)")
                    }
                } catch {
                    Issue.record("reading the store failed after \(replay): \(error)")
                }
            }
            #expect(checked == paths.count && report.files.count == paths.count)
        }
        // Both outcomes occur, or the mutations are too weak (or too strong) to test anything.
        #expect(outcomes[.rejected, default: 0] > Self.iterations / 10)
        #expect(outcomes[.applied, default: 0] > Self.iterations / 20)
        #expect(try box.value("PRAGMA integrity_check") == "ok")
    }

    /// The document summaries equal a recount of the register (and hold nothing else).
    static func summariesMatchTheRegister(_ box: SyncSandbox) throws -> Bool {
        try summariesMatchTheRegister(box.store.connection)
    }

    static func summariesMatchTheRegister(_ connection: Connection) throws -> Bool {
        let months = """
            SELECT unit_id, substr(date, 1, 7), direction, count(*), sum(electronic AND NOT confidential),
                   sum(NOT confidential), sum(confidential)
            FROM documents GROUP BY 1, 2, 3
            """
        let storedMonths = "SELECT unit_id, month, direction, total, electronic_public, public, confidential FROM document_months"
        let due = """
            SELECT unit_id, substr(date, 1, 7), direction,
                   CASE WHEN done_on <= due_on THEN done_on ELSE date(due_on, '+1 day') END,
                   count(*), sum(coalesce(done_on <= due_on, 0))
            FROM documents WHERE due_on IS NOT NULL GROUP BY 1, 2, 3, 4
            """
        let storedDue = "SELECT unit_id, month, direction, settle_day, due_count, on_time_count FROM document_due"
        // v4: the months of `document_due`, summed over settle days and directions.
        let dueMonths = "SELECT unit_id, month, sum(due_count), sum(on_time_count) FROM document_due GROUP BY 1, 2"
        let storedDueMonths = "SELECT unit_id, month, due_count, on_time_count FROM document_due_months"
        for (a, b) in [(months, storedMonths), (due, storedDue), (dueMonths, storedDueMonths)] {
            let statement = try connection.prepare("SELECT (SELECT count(*) FROM (\(a) EXCEPT \(b)))"
                + " + (SELECT count(*) FROM (\(b) EXCEPT \(a)))")
            defer { statement.reset() }
            guard try statement.step() == .row, statement.int(at: 0) == 0 else { return false }
        }
        return true
    }

    /// The state the sync log recorded for the latest entry of `path`.
    static func loggedState(_ box: SyncSandbox, path: String) throws -> String? {
        let statement = try box.store.connection.prepare("SELECT state FROM sync_files WHERE path = ?1 ORDER BY id DESC")
        defer { statement.reset() }
        try statement.bind(path, at: 1)
        return try statement.step() == .row ? statement.string(at: 0) : nil
    }
}
