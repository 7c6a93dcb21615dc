import Foundation
import QMSDomain

/// The child processes the benchmark runs, spelled once: `isodash sync` checked
/// against its own report, the sqlite3 shell's import and one-value queries.
struct BenchCommands {
    let tools: Tools
    let launcher: Launcher

    /// `isodash sync [--force] PATHS --db STORE`, which must succeed; `expecting` is
    /// the word its report must start a line with (`applied`, `skipped`), so a sync
    /// that did something else is never timed as if it were this one.
    @discardableResult
    func sync(_ paths: [String], into store: String, label: String, expecting word: String? = nil,
              force: Bool = false) throws(BenchError) -> ChildResult {
        let arguments = ["sync"] + (force ? ["--force"] : []) + paths + ["--db", store]
        let result = try launcher.run(tools.isodash, arguments, label: label, samplesMemory: true).expect()
        if let word, !result.stdout.split(separator: "\n").contains(where: { $0.hasPrefix(word) }) {
            throw BenchError.unexpectedData("'\(result.command)' reported no file as \(word):\n\(result.stdout)")
        }
        return result
    }

    /// `isodash dump overview --size 80x24`: the dashboard's first frame as text.
    func dumpOverview(_ store: String, asOf: Day, label: String) throws(BenchError) -> ChildResult {
        try launcher.run(tools.isodash, ["dump", "overview", "--size", "80x24", "--db", store, "--as-of", asOf.description],
                         label: label).expect()
    }

    /// `sqlite3 DATABASE '.import --csv --skip 1 FILE documents'`; any complaint voids it.
    func importCSV(_ file: String, into database: String, label: String = "import") throws(BenchError) -> ChildResult {
        let result = try launcher.run(tools.sqlite3, [database, ".import --csv --skip 1 \"\(file)\" documents"],
                                      label: label, samplesMemory: true).expect()
        guard result.stderr.isEmpty else {
            throw BenchError.unexpectedData("sqlite3 .import complained:\n\(result.stderrTail)")
        }
        return result
    }

    /// Runs SQL in the sqlite3 shell and returns its output lines.
    @discardableResult
    func sqlite(_ database: String, _ sql: String, label: String) throws(BenchError) -> [String] {
        try launcher.run(tools.sqlite3, [database, sql], label: label).expect().stdout
            .split(separator: "\n").map(String.init)
    }

    /// A query that returns one whole number.
    func count(_ database: String, _ sql: String, label: String) throws(BenchError) -> Int {
        let lines = try sqlite(database, sql, label: label)
        guard let first = lines.first, let value = Int(first.trimmingCharacters(in: .whitespaces)) else {
            throw BenchError.unexpectedData("sqlite3 answered '\(lines.joined(separator: " "))' to \(sql); expected a number")
        }
        return value
    }
}
