import Foundation
import QMSDashboard
import QMSDomain
import TermUI

/// Measurement 5: keypress-to-frame through the actions list and the unit
/// scorecard, on a copy of the full store topped up to the open actions asked for.
enum PagingRuns {
    static let target = "< 16 ms per key"

    static func measure(fullStore: String, actionCount: Int, asOf: Day, workspace: Workspace,
                        commands: BenchCommands) throws(BenchError) -> (rows: [BenchRow], fact: String) {
        let prepared = try prepare(fullStore, actionCount: actionCount, asOf: asOf, workspace: workspace,
                                   commands: commands, inPlace: false)
        let opening = try firstFrame(store: prepared.store, asOf: asOf, commands: commands)
        let walked = try walk(store: prepared.store, asOf: asOf)
        return ([opening] + walked.rows, prepared.fact)
    }

    /// The overview's first frame on the store full of open actions, which the
    /// overview counts and pages through rather than reading whole: 5 runs after
    /// an untimed one.
    private static func firstFrame(store: String, asOf: Day, commands: BenchCommands) throws(BenchError) -> BenchRow {
        _ = try commands.dumpOverview(store, asOf: asOf, label: "dump-paging")
        var samples = Samples()
        for _ in 0..<5 { samples.add(try commands.dumpOverview(store, asOf: asOf, label: "dump-paging").seconds) }
        return BenchRow(.firstFrameManyActions, isodash: Format.seconds(samples.median),
                        reference: "the paging store (median of 5)", verdict: .info)
    }

    /// `isodash-bench --only paging --store PATH`: the paging rows alone, with each key's
    /// figures as facts, so work on paging can be measured in seconds.
    static func report(options: BenchOptions, storePath: String, workspace: Workspace,
                       commands: BenchCommands) throws(BenchError) -> BenchReport {
        guard FileManager.default.fileExists(atPath: storePath) else {
            throw BenchError.io(path: storePath, reason: "no store there; '--store' takes an isodash store such as "
                                + "one left by 'isodash-bench --keep DIR' in DIR/stores/full.sqlite")
        }
        let prepared = try prepare(storePath, actionCount: options.actionCount, asOf: Benchmark.asOf,
                                   workspace: workspace, commands: commands, inPlace: true)
        let walked = try walk(store: prepared.store, asOf: Benchmark.asOf)
        return BenchReport(facts: [prepared.fact] + walked.keyFacts, table: BenchTable(rows: walked.rows), notes: [
            "Paging is timed in process: DashboardReducer.reduce + DashboardView.render at 80x24 + Buffer.diff per key, "
                + "no terminal I/O; cycles of PgDn, End, PgUp and Home (at most 30 s per list); the verdict uses the "
                + "95th percentile.",
        ])
    }

    /// The store to page through: `source` itself when `inPlace` and it already holds
    /// `actionCount` open actions (it is then only read), else a copy in the workspace
    /// topped up with generated open actions.
    private static func prepare(_ source: String, actionCount: Int, asOf: Day, workspace: Workspace,
                                commands: BenchCommands, inPlace: Bool) throws(BenchError) -> (store: String, fact: String) {
        let openActions = "select count(*) from actions where status in ('open', 'in_progress')"
        if inPlace {
            let existing = try commands.count(source, openActions, label: "paging-count")
            if existing >= actionCount {
                return (source, "paging store: \(source) as it is, with \(Format.count(existing)) open actions")
            }
        }
        let store = workspace.stores + "/paging.sqlite"
        try workspace.copyStore(source, to: store)
        let existing = try commands.count(store, openActions, label: "paging-count")
        if existing < actionCount {
            let units = try commands.sqlite(store, "select id from units order by id", label: "paging-units")
            let file = try ActionsFile(unitIDs: units, rows: actionCount - existing, asOf: asOf)
                .write(into: workspace.extraActions)
            Progress.say("paging store: adding \(Format.count(actionCount - existing)) open actions")
            try commands.sync([file], into: store, label: "setup-paging", expecting: "applied")
        }
        return (store, "paging store: the full store with \(Format.count(max(existing, actionCount))) open actions")
    }

    /// Times the keys through both lists.
    private static func walk(store: String, asOf: Day) throws(BenchError) -> (rows: [BenchRow], keyFacts: [String]) {
        Progress.say("paging through the actions list and the unit scorecard in process")
        let probe = PagingProbe(storePath: store, asOf: asOf)
        // Cycles of first pages, the last page and pages near it, so a walk cut short
        // by the time budget still timed deep pages (where OFFSET pagination hurts).
        let actionCycle = [Key](repeating: .pageDown, count: 30) + [.end] + [Key](repeating: .pageUp, count: 30) + [.home]
        let unitCycle = [Key](repeating: .down, count: 10) + [Key](repeating: .pageDown, count: 15)
            + [Key](repeating: .pageUp, count: 15)
        let walks: [(BenchRow.Name, DashboardScreen, ListID, [Key])] = [
            (.actionPaging, .actions, .actions, Array(repeating: actionCycle, count: 5).flatMap { $0 }),
            (.unitPaging, .units, .units, Array(repeating: unitCycle, count: 3).flatMap { $0 }),
        ]
        var rows: [BenchRow] = []
        var keyFacts: [String] = []
        for (name, screen, list, keys) in walks {
            switch try probe.measure(screen: screen, list: list, keys: keys) {
            case let .measured(walk):
                let samples = walk.samples
                let slow = samples.values.filter { $0 >= 0.016 }.count
                rows.append(BenchRow(name, isodash: "p95 \(Format.seconds(samples.p95)) (median \(Format.seconds(samples.median)))",
                                     reference: "\(samples.count) keys (\(slow) ≥ 16 ms), \(Format.count(walk.rows)) rows",
                                     target: target, verdict: Verdict(samples.p95 < 0.016)))
                keyFacts.append("\(name.rawValue): opening the screen \(Format.seconds(walk.opening)); CPU per key "
                                + "p95 \(Format.seconds(walk.cpu.p95)), median \(Format.seconds(walk.cpu.median)), "
                                + "max \(Format.seconds(walk.cpu.max))")
                keyFacts.append("\(name.rawValue) by key: " + walk.byKey.map { key, samples in
                    "\(key) ×\(samples.count) median \(Format.seconds(samples.median)), p95 \(Format.seconds(samples.p95)), "
                        + "max \(Format.seconds(samples.max))"
                }.joined(separator: "; "))
            case .unavailable(let reason):
                rows.append(BenchRow(name, target: target, verdict: .notMeasured(reason)))
            }
        }
        return (rows, keyFacts)
    }
}
