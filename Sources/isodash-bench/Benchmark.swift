import Foundation
import QMSDomain

/// The whole benchmark of issue 7: generates the data, builds the stores once,
/// times the real `isodash` binary against the `sqlite3` shell run by run, pages
/// through the dashboard in process, measures the dashboard's bytes in tmux, and
/// turns the medians into table rows.
struct Benchmark {
    /// Every rule is computed for this day, so runs on different days compare.
    static let asOf = Day(year: 2026, month: 11, day: 25)!

    let options: BenchOptions
    let tools: Tools
    let workspace: Workspace
    let launcher: Launcher

    func run() throws(BenchError) -> BenchReport {
        let commands = BenchCommands(tools: tools, launcher: launcher)
        if options.only == .paging, let store = options.storePath {
            return try PagingRuns.report(options: options, storePath: store, workspace: workspace, commands: commands)
        }
        let asOf = Self.asOf.description
        let data = try BenchData.generate(options: options, asOf: Self.asOf, workspace: workspace)
        var facts = data.facts
        let stores = try BenchStores.build(data: data, workspace: workspace, commands: commands)
        facts.append("full store (every export synced): \(Format.megabytes(Double(workspace.storeSize(stores.full))))")

        // 1, 2 and the sync half of 4.
        let syncs = try SyncRuns.measure(data: data, stores: stores, runs: options.runs, workspace: workspace,
                                         commands: commands)

        // 3 and the other half of 4, on the store as sync left it; then again after a
        // checkpoint, to show what the WAL left behind costs every reader.
        let wal = workspace.walSize(stores.full)
        facts.append("the full store's WAL after sync: \(Format.megabytes(Double(wal)))"
                     + (wal > 0 ? " (left for the next process to recover; status and dump are measured so)" : ""))
        Progress.say("status --json, dump overview and sqlite3 'select 1' on the full store, \(options.quickRuns) runs each")
        let reads = try QuickReads.measure(store: stores.full, asOf: asOf, runs: options.quickRuns, tools: tools,
                                           launcher: launcher)
        var checkpointed: QuickReads?
        if wal > 0 {
            try commands.sqlite(stores.full, "PRAGMA wal_checkpoint(TRUNCATE);", label: "checkpoint")
            Progress.say("the same after checkpointing the store's WAL")
            checkpointed = try QuickReads.measure(store: stores.full, asOf: asOf, runs: options.quickRuns, tools: tools,
                                                  launcher: launcher)
        }

        // 5, in process, and the dashboard's bytes in tmux.
        let paging = try PagingRuns.measure(fullStore: stores.full, actionCount: options.actionCount, asOf: Self.asOf,
                                            workspace: workspace, commands: commands)
        facts.append(paging.fact)
        let bytes = TerminalBytesProbe.rows(tools: tools, launcher: launcher, storePath: stores.full, asOf: asOf)

        var rows = syncs.timeRows
        rows += reads.rows(status: .status, firstFrame: .firstFrame, judged: true)
        if let checkpointed {
            rows += checkpointed.rows(status: .statusCheckpointed, firstFrame: .firstFrameCheckpointed, judged: false)
        } else {
            rows += [BenchRow(.statusCheckpointed, verdict: .notMeasured("sync left no WAL to checkpoint")),
                     BenchRow(.firstFrameCheckpointed, verdict: .notMeasured("sync left no WAL to checkpoint"))]
        }
        rows.append(syncs.memoryRow)
        rows += reads.memoryRows
        rows += paging.rows
        rows += bytes
        return BenchReport(facts: facts, table: BenchTable(rows: rows), notes: notes)
    }

    /// How to read the table.
    private var notes: [String] {
        [
            "Times are wall-clock medians of \(options.runs) run\(options.runs == 1 ? "" : "s") (status, dump, --version and "
                + "select 1: \(options.quickRuns)), each a fresh child process timed from spawn to exit; ratios are "
                + "medians of the per-run ratios (run i of isodash over run i of its comparison).",
            "Every sync starts from a fresh copy of a store that already holds the units; sqlite3 imports into a new "
                + "file holding one table of the register's columns with a TEXT PRIMARY KEY, WITHOUT ROWID.",
            "Peak memory is the largest over the runs of the child's ru_maxrss (wait4), or, where that is not above "
                + "the benchmark's own peak (Linux carries the parent's peak into a child's ru_maxrss at exec), of its "
                + "VmHWM sampled from /proc every 2 ms; MB = 1,000,000 bytes.",
            "Paging is timed in process: DashboardReducer.reduce + DashboardView.render at 80x24 + Buffer.diff per key, "
                + "no terminal I/O; cycles of PgDn, End, PgUp and Home (at most 30 s per list); the verdict uses the "
                + "95th percentile.",
            "Terminal bytes: the real dashboard in a private tmux server without a config file (80x24, the TERM "
                + "tmux gives its panes, tmux-256color with tmux 3.3; colour on), its output copied "
                + "with pipe-pane; a cursor move is one 'j' on the overview, median of 6; KB = 1,000 bytes.",
        ]
    }
}
