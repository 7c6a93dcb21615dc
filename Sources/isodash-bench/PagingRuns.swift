import QMSDashboard
import QMSDomain
import TermUI

/// Measurement 5: keypress-to-frame through the actions list and the unit
/// scorecard, on a copy of the full store topped up to the open actions asked for.
enum PagingRuns {
    static let target = "< 16 ms per key"

    static func measure(fullStore: String, actionCount: Int, asOf: Day, workspace: Workspace,
                        commands: BenchCommands) throws(BenchError) -> (rows: [BenchRow], fact: String) {
        let store = workspace.stores + "/paging.sqlite"
        try workspace.copyStore(fullStore, to: store)
        let existing = try commands.count(store, "select count(*) from actions where status in ('open', 'in_progress')",
                                          label: "paging-count")
        if existing < actionCount {
            let units = try commands.sqlite(store, "select id from units order by id", label: "paging-units")
            let file = try ActionsFile(unitIDs: units, rows: actionCount - existing, asOf: asOf)
                .write(into: workspace.extraActions)
            Progress.say("paging store: adding \(Format.count(actionCount - existing)) open actions")
            try commands.sync([file], into: store, label: "setup-paging", expecting: "applied")
        }
        let fact = "paging store: the full store with \(Format.count(max(existing, actionCount))) open actions"

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
        for (name, screen, list, keys) in walks {
            switch try probe.measure(screen: screen, list: list, keys: keys) {
            case let .measured(samples, listRows):
                let slow = samples.values.filter { $0 >= 0.016 }.count
                rows.append(BenchRow(name, isodash: "p95 \(Format.seconds(samples.p95)) (median \(Format.seconds(samples.median)))",
                                     reference: "\(samples.count) keys (\(slow) ≥ 16 ms), \(Format.count(listRows)) rows",
                                     target: target, verdict: Verdict(samples.p95 < 0.016)))
            case .unavailable(let reason):
                rows.append(BenchRow(name, target: target, verdict: .notMeasured(reason)))
            }
        }
        return (rows, fact)
    }
}
