import Foundation
import Testing

/// `isodash demo` as a new user runs it, minus the dashboard (no terminal here).
@Suite struct DemoCommandTests {
    @Test func fillsTheDemoStoreBesideTheRealOneAndSaysWhatItLoaded() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        // ISODASH_DB points at a real store: the demo must leave it alone.
        let real = runner.home.appendingPathComponent("real.sqlite").path
        let result = try runner.run(["demo", "--as-of", "2026-11-25"], environment: ["ISODASH_DB": real])
        #expect(result.status == 0, "\(result.stderr)")
        let demo = runner.home.appendingPathComponent("data/isodash/demo.sqlite").path
        #expect(result.stdout.hasPrefix("Demo store: \(demo)\n"))
        #expect(result.stdout.contains("  documents    20000\n"))
        #expect(result.stdout.contains("Loaded: 10 files: 10 applied."))
        #expect(result.stdout.contains("isodash status --db \(demo) --as-of 2026-11-25"))
        #expect(!FileManager.default.fileExists(atPath: real))

        // Run again with another seed: the store is rebuilt, not mixed with the last run.
        let again = try runner.run(["demo", "--as-of", "2026-11-25", "--seed", "2"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Loaded: 10 files: 10 applied. Rows: "))
        #expect(again.stdout.contains(" inserted, 0 updated, 0 deleted, 0 unchanged."))
    }

    @Test func keepsTheExportsWithOutAndRefusesToOverwriteAnExistingDb() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let out = runner.home.appendingPathComponent("exports").path
        let db = runner.home.appendingPathComponent("mine.sqlite").path
        let first = try runner.run(["demo", "--as-of", "2026-11-25", "--out", out, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/units.csv"))
        #expect(FileManager.default.fileExists(atPath: db))

        let refused = try runner.run(["demo", "--as-of", "2026-11-25", "--db", db])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists"))
    }

    @Test func badScaleOrSeedIsAUsageError() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let scale = try runner.run(["demo", "--scale", "city"])
        #expect(scale.status == 2)
        #expect(scale.stderr.contains("expected 'department' or 'province'"))
        let seed = try runner.run(["demo", "--seed", "-3"])
        #expect(seed.status == 2)
        // The dashboard's options are checked before any data is generated.
        let due = try runner.run(["demo", "--due-within", "400", "--no-open"])
        #expect(due.status == 2)
        #expect(due.stderr.hasPrefix("isodash: demo: '--due-within 400' is not a number of days"), "\(due.stderr)")
        #expect(!due.stderr.contains("writing"), "nothing generated: \(due.stderr)")
    }
}
