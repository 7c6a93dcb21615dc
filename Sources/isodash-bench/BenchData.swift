import Foundation
import QMSDomain
import QMSSync

/// The exports the benchmark measures: the demo generator's files at the chosen
/// scale, and the main document register split into the year without one month
/// and that month, for the incremental sync.
struct BenchData {
    let summary: DemoSummary
    let registerName: String
    /// The main register (`Documents_YYYY.csv`), the file every sync comparison uses.
    let register: String
    let registerBytes: Int
    /// `YYYY-MM` of the month synced on its own.
    let month: String
    let yearFile: String
    let monthFile: String
    let split: RegisterSplitter.Result

    static func generate(options: BenchOptions, asOf: Day, workspace: Workspace) throws(BenchError) -> BenchData {
        let scale = Double(options.documentRows) / Double(options.scale.documentRows)
        Progress.say("generating \(options.scale.rawValue)-scale exports (\(Format.count(options.documentRows)) documents) "
                     + "in \(workspace.data)")
        let summary: DemoSummary
        do {
            summary = try DemoGenerator(scale: options.scale, seed: 1, asOf: asOf, documentScale: scale)
                .write(to: workspace.data)
        } catch {
            throw BenchError.unexpectedData("the demo generator failed: \(error)")
        }
        let registerName = "Documents_\(asOf.year).csv"
        guard let registerFile = summary.files.first(where: { $0.name == registerName }) else {
            throw BenchError.unexpectedData("the generator wrote no \(registerName); found "
                                            + summary.files.map(\.name).joined(separator: ", "))
        }
        let register = workspace.data + "/" + registerName
        // The last whole month before the as-of day.
        let month = asOf.adding(months: -1).monthKey
        let yearFile = workspace.yearFolder + "/" + registerName
        let monthFile = workspace.monthFolder + "/documents-\(month).csv"
        let split = try RegisterSplitter(source: register, month: month).split(yearPath: yearFile, monthPath: monthFile)
        guard split.monthRows > 0, split.monthRows < split.rows else {
            throw BenchError.unexpectedData("\(registerName) has \(split.monthRows) of \(split.rows) rows in \(month); "
                                            + "the incremental sync needs a month that is part of the year")
        }
        let expected = ["id", "unit_id", "direction", "date", "electronic", "confidential", "due_on", "done_on"]
        if split.columns != expected {
            Progress.say("note: \(registerName) has columns \(split.columns.joined(separator: ",")); "
                         + "the sqlite3 table follows them")
        }
        return BenchData(summary: summary, registerName: registerName, register: register,
                         registerBytes: registerFile.bytes, month: month, yearFile: yearFile, monthFile: monthFile,
                         split: split)
    }

    /// What the report says about the data.
    var facts: [String] {
        ["\(Format.count(summary.rows(of: .units))) units; \(Format.count(summary.rows(of: .actions))) actions; "
            + "\(Format.count(summary.rows(of: .documents))) documents in two registers",
         "register measured: \(registerName), \(Format.count(split.rows)) rows, "
            + "\(Format.megabytes(Double(registerBytes))), header `\(split.columns.joined(separator: ","))`",
         "month for the incremental sync: \(month), \(Format.count(split.monthRows)) rows "
            + "(the store holds the other \(Format.count(split.rows - split.monthRows)))"]
    }

    /// The comparison table: the register's columns, the first one a TEXT primary key
    /// (WITHOUT ROWID, like the store's), the two flags INTEGER, the rest TEXT.
    var createTableSQL: String {
        let definitions = split.columns.enumerated().map { index, name -> String in
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            if index == 0 { return quoted + " TEXT NOT NULL PRIMARY KEY" }
            return quoted + (["electronic", "confidential"].contains(name) ? " INTEGER" : " TEXT")
        }
        return "CREATE TABLE documents (" + definitions.joined(separator: ", ") + ") WITHOUT ROWID;"
    }
}
