import Foundation
import Testing

/// The sqlite3 shell the benchmark compares with, if installed.
private let sqlite3Shell = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

/// A tiny run of `isodash-bench` (issue 7): it must build its data, drive the real
/// binary and the sqlite3 shell, and print every row of its table. No figure is
/// checked: timings on a shared machine prove nothing in a test.
@Suite(.enabled(if: sqlite3Shell != nil, "the sqlite3 shell is not installed"))
struct BenchSmokeTests {
    /// The names of the table's rows, as the benchmark prints them.
    static let rowNames = [
        "sync: document register",
        "re-sync: unchanged file",
        "re-sync --force: rows unchanged",
        "sync: one month into the year",
        "status --json",
        "start only: isodash --version",
        "first frame: dump overview 80x24",
        "status --json, WAL checkpointed",
        "first frame, WAL checkpointed",
        "peak memory: sync",
        "peak memory: status --json",
        "peak memory: dump overview",
        "paging: actions list",
        "paging: unit scorecard",
        "bytes: first frame 80x24",
        "bytes: cursor move",
    ]

    @Test func tinyRunPrintsEveryRowAndWritesMarkdown() throws {
        let bench = BinaryRunner.bench
        try #require(FileManager.default.isExecutableFile(atPath: bench.path),
                     "isodash-bench is not built next to isodash; run 'swift build' first")
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let markdown = runner.home.appendingPathComponent("bench.md")

        let result = try runner.runCapturingFiles(bench, ["--scale", "department", "--documents", "2000", "--runs", "1",
                                                          "--markdown", markdown.path, "--isodash", BinaryRunner.executable.path])
        let stdout = result.stdout
        let stderr = result.stderr

        #expect(result.status == 0, "isodash-bench failed:\n\(stderr)")
        let table = try String(contentsOf: markdown, encoding: .utf8)
        for name in Self.rowNames {
            #expect(stdout.contains("\n" + name + " "), "no row '\(name)' in:\n\(stdout)")
            #expect(table.contains("| " + name + " |"), "no row '\(name)' in the Markdown:\n\(table)")
        }
        #expect(stdout.contains("machine: "))
        #expect(stdout.contains("sqlite3 3."))
    }

    @Test func usageErrorExitsTwoWithOneLine() throws {
        let bench = BinaryRunner.bench
        try #require(FileManager.default.isExecutableFile(atPath: bench.path),
                     "isodash-bench is not built next to isodash; run 'swift build' first")
        let process = Process()
        process.executableURL = bench
        process.arguments = ["--runs", "many"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message.hasPrefix("isodash-bench: '--runs many' is not a whole number"))
        #expect(message.filter { $0 == "\n" }.count == 1)
    }
}
