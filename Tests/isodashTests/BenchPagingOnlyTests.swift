import Foundation
import Testing

/// `isodash-bench --only paging --store PATH`: the paging rows alone, on a store one
/// already has, for working on paging in seconds. No figure is checked.
@Suite(.enabled(if: ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
    .contains { FileManager.default.isExecutableFile(atPath: $0) }, "the sqlite3 shell is not installed"))
struct BenchPagingOnlyTests {
    static var bench: URL { BinaryRunner.bench }

    /// Runs the benchmark; returns its exit status, stdout and stderr.
    func runBench(_ arguments: [String], runner: BinaryRunner) throws -> BinaryRunner.Result {
        try runner.runCapturingFiles(Self.bench, arguments)
    }

    @Test func pagesThroughACopyToppedUpThenThroughThatCopyInPlace() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.bench.path),
                     "isodash-bench is not built next to isodash; run 'swift build' first")
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let store = runner.home.appendingPathComponent("demo.sqlite").path
        let demo = try runner.run(["demo", "--as-of", "2026-11-25", "--db", store])
        try #require(demo.status == 0, "\(demo.stderr)")
        let original = try Data(contentsOf: URL(fileURLWithPath: store))
        let workspace = runner.home.appendingPathComponent("work").path

        let topped = try runBench(["--only", "paging", "--store", store, "--actions", "3000", "--keep", workspace,
                                   "--isodash", BinaryRunner.executable.path], runner: runner)
        #expect(topped.status == 0, "\(topped.stderr)")
        for row in ["paging: actions list ", "paging: unit scorecard ", "paging: actions list by key: PgDn"] {
            #expect(topped.stdout.contains(row), "no '\(row)' in:\n\(topped.stdout)")
        }
        #expect(topped.stdout.contains("the full store with 3,000 open actions"))
        #expect(!topped.stdout.contains("sync: document register"), "only the paging rows")
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == original, "the given store is only copied")

        let copy = workspace + "/stores/paging.sqlite"
        let inPlace = try runBench(["--only", "paging", "--store", copy, "--actions", "3000",
                                    "--isodash", BinaryRunner.executable.path], runner: runner)
        #expect(inPlace.status == 0, "\(inPlace.stderr)")
        #expect(inPlace.stdout.contains("paging store: \(copy) as it is, with 3,000 open actions"))
    }

    @Test func aStoreGoesWithOnlyPaging() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.bench.path),
                     "isodash-bench is not built next to isodash; run 'swift build' first")
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let missing = try runBench(["--only", "paging"], runner: runner)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("'--only paging' needs '--store PATH'"))
        let alone = try runBench(["--store", "x.sqlite"], runner: runner)
        #expect(alone.status == 2)
        #expect(alone.stderr.contains("'--store' works only with '--only paging'"))
        let part = try runBench(["--only", "sync", "--store", "x.sqlite"], runner: runner)
        #expect(part.status == 2)
        #expect(part.stderr.contains("expected 'paging'"))
    }
}
