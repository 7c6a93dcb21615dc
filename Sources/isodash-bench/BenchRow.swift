/// One line of the results table: what was measured, the isodash figure, what it
/// was compared with, the ratio, the target and the verdict.
struct BenchRow: Sendable {
    /// Stable names: the smoke test looks for every one of them.
    enum Name: String, CaseIterable, Sendable {
        case sync = "sync: document register"
        case resync = "re-sync: unchanged file"
        case forcedResync = "re-sync --force: rows unchanged"
        case month = "sync: one month into the year"
        case importMonth = "the same month, sqlite3 .import"
        case status = "status --json"
        case startup = "start only: isodash --version"
        case firstFrame = "first frame: dump overview 80x24"
        case statusCheckpointed = "status --json, WAL checkpointed"
        case firstFrameCheckpointed = "first frame, WAL checkpointed"
        case firstFrameManyActions = "first frame, open actions as for paging"
        case syncMemory = "peak memory: sync"
        case statusMemory = "peak memory: status --json"
        case dumpMemory = "peak memory: dump overview"
        case actionPaging = "paging: actions list"
        case unitPaging = "paging: unit scorecard"
        case frameBytes = "bytes: first frame 80x24"
        case moveBytes = "bytes: cursor move"
    }

    let name: Name
    var isodash: String = "—"
    var reference: String = "—"
    var ratio: String = "—"
    var target: String = "—"
    var verdict: Verdict

    init(_ name: Name, isodash: String = "—", reference: String = "—", ratio: String = "—", target: String = "—",
         verdict: Verdict) {
        self.name = name
        self.isodash = isodash
        self.reference = reference
        self.ratio = ratio
        self.target = target
        self.verdict = verdict
    }

    var cells: [String] {
        [name.rawValue, isodash, reference, ratio, target, verdict.text]
    }
}
