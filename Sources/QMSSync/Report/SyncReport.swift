import QMSStore

/// The outcome of a whole `isodash sync` (or `check`) run.
public struct SyncReport: Hashable, Sendable {
    /// Every file looked at: skipped and rejected paths found while discovering
    /// first, then the export files in the order they were applied.
    public var files: [FileReport]
    /// Whether nothing was written (`check`, `sync --dry-run`).
    public var dryRun: Bool

    public init(files: [FileReport] = [], dryRun: Bool) {
        self.files = files
        self.dryRun = dryRun
    }

    public func count(_ state: FileState) -> Int {
        files.reduce(0) { $0 + ($1.state == state ? 1 : 0) }
    }

    /// Rows of every applied (or checked) file together.
    public var totals: SyncCounts {
        var total = SyncCounts()
        for file in files where file.state == .applied || file.state == .checked {
            total.inserted += file.counts.inserted
            total.updated += file.counts.updated
            total.deleted += file.counts.deleted
            total.unchanged += file.counts.unchanged
        }
        return total
    }

    /// §7: 0 when every file applied (or would) or was skipped; 1 when any was rejected.
    public var exitStatus: Int32 {
        count(.rejected) > 0 ? 1 : 0
    }
}
