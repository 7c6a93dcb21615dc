import Foundation
import QMSDomain
import QMSStore
import QMSSync

/// `isodash demo`: invents a realistic export set, syncs it into a demo store and
/// opens the dashboard on it — the one command that shows everything on a fresh machine.
///
/// The demo store is rebuilt from nothing on every run, so a different `--seed`,
/// `--scale` or `--as-of` never mixes with the last one. That is why it lives in its
/// own file (`demo.sqlite`, not the real store, and `ISODASH_DB` is not read) and why
/// `--db` must name a file that does not exist yet.
struct DemoCommand: Command {
    static let name = "demo"
    static let abstract = "Generate realistic demo exports, sync them into a demo store and open the dashboard."
    static let usage = "isodash demo [--scale department|province] [--seed N] [--out DIR] [--no-open]"
    static let discussion = """
        The data is shaped around --as-of (default today): objectives met, at risk and off track, \
        open audits, overdue actions of every age. The same seed and date give the same files.

        Department scale is one Sở with its divisions (about 20,000 documents); province scale \
        is about 200 units and over a million documents, for benchmarks.

        The demo store is $XDG_DATA_HOME/isodash/demo.sqlite (replaced on every run) unless \
        --db names a new file. The export files are written to --out, or to a temporary folder \
        that is removed afterwards.
        """
    static let options = [
        OptionSpec("scale", .value(placeholder: "department|province"), help: "How big an organisation to invent (default: department)."),
        OptionSpec("seed", .value(placeholder: "N"), help: "Seed for the generator (default: 1); the same seed gives the same data."),
        OptionSpec("out", .value(placeholder: "DIR"), help: "Keep the generated export files in DIR."),
        OptionSpec("no-open", .flag, help: "Load the demo store and print what was loaded, without opening the dashboard."),
    ] + DashboardLauncher.options

    let scale: DemoScale
    let seed: UInt64
    let outDirectory: String?
    let opensDashboard: Bool
    /// The dashboard's options, checked before anything is generated.
    let launcher: DashboardLauncher

    init(arguments: ParsedArguments, context: CommandContext) throws {
        if let text = arguments.value("scale") {
            guard let scale = DemoScale(rawValue: text.lowercased()) else {
                throw UsageError(command: Self.name, message: "'--scale \(text)' is not a scale; expected 'department' or 'province'")
            }
            self.scale = scale
        } else {
            scale = .department
        }
        if let text = arguments.value("seed") {
            guard let seed = UInt64(text) else {
                throw UsageError(command: Self.name, message: "'--seed \(text)' is not a seed; expected a whole number ≥ 0, like 7")
            }
            self.seed = seed
        } else {
            seed = 1
        }
        outDirectory = arguments.value("out")
        opensDashboard = !arguments.has("no-open")
        launcher = try DashboardLauncher(arguments: arguments, command: Self.name)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let storePath = try prepareStorePath(context)
        let generator = DemoGenerator(scale: scale, seed: seed, asOf: context.global.asOf)

        let folder = outDirectory ?? NSTemporaryDirectory() + "isodash-demo-\(UUID().uuidString)"
        defer {
            if outDirectory == nil { try? FileManager.default.removeItem(atPath: folder) }
        }
        context.standardError.line("isodash: writing \(scale.rawValue)-scale demo exports as of \(context.global.asOf)…")
        let summary: DemoSummary
        do {
            summary = try generator.write(to: folder)
        } catch {
            throw CommandFailure(error.description)
        }
        context.standardError.line("isodash: syncing \(summary.files.count) files (\(summary.totalRows) rows) into \(storePath)…")

        let store: Store
        do {
            store = try Store.open(path: storePath, mode: .readWrite)
        } catch {
            throw CommandFailure(error.description)
        }
        var console = SyncConsole(context: context)
        console.listsFiles = false
        let report: SyncReport
        do {
            defer { store.close() }
            report = try console.run(store: store, paths: [folder], options: SyncOptions())
        }
        guard report.count(.rejected) == 0 else {
            // The generator and the contract disagree: a bug, shown in full.
            context.standardError.write(SyncReportFormatter.format(report))
            throw CommandFailure("the demo data did not sync cleanly; this is a bug in isodash, please report it", exitStatus: 1)
        }

        let out = context.standardOutput
        out.line("Demo store: \(storePath)")
        if let outDirectory { out.line("Export files: \(outDirectory)") }
        for kind in RecordKind.allCases where summary.rows(of: kind) > 0 {
            out.line("  \(kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(summary.rows(of: kind))")
        }
        out.line("Loaded: " + SyncReportFormatter.summary(report))

        guard opensDashboard, context.stdoutIsTerminal, context.stdinIsTerminal else {
            let db = shellQuoted(storePath)
            out.line("Next: isodash --db \(db) --as-of \(context.global.asOf)            (the dashboard)")
            out.line("      isodash status --db \(db) --as-of \(context.global.asOf)     (a quick check)")
            return 0
        }
        var dashboardContext = context
        dashboardContext.global.db = storePath
        return try launcher.run(dashboardContext)
    }

    /// The store to fill: a fresh one. The default demo store is replaced; a `--db`
    /// that already exists is refused rather than overwritten.
    private func prepareStorePath(_ context: CommandContext) throws -> String {
        if let db = context.global.db {
            let path = StoreLocation.resolve(dbOption: db, environment: context.environment)
            if FileManager.default.fileExists(atPath: path) {
                throw CommandFailure("'\(path)' already exists; the demo fills a new store, so give --db a path that "
                    + "does not exist yet (or leave --db out to use the demo store)")
            }
            return path
        }
        let path = StoreLocation.demo(environment: context.environment)
        for suffix in ["", "-wal", "-shm", ".sync-lock"] {
            let file = path + suffix
            guard FileManager.default.fileExists(atPath: file) else { continue }
            do {
                try FileManager.default.removeItem(atPath: file)
            } catch {
                throw CommandFailure("cannot replace the old demo store \(file): \(error.localizedDescription)")
            }
        }
        return path
    }

    private func shellQuoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
