import Foundation

/// How a sync runs: the flags of `isodash sync` and `isodash check`.
public struct SyncOptions: Sendable {
    /// Apply files again even when their SHA-256 was already applied (`--force`).
    public var force: Bool
    /// Do everything but commit (`isodash check`, `sync --dry-run`): the report says
    /// exactly what a sync would do, and the store is left as it was.
    public var dryRun: Bool
    /// How long to wait for another sync to finish before giving up, in seconds.
    public var lockTimeout: Double
    /// The clock for the times in the sync log (tests pass a fixed one).
    public var now: @Sendable () -> Date
    /// How often a long file reports the rows read so far (`SyncProgress.rows`).
    public var progressInterval: Int
    /// Whether CSV document registers are read by `DocumentRowScanner` (rows it cannot
    /// read with certainty still take the general path). Tests turn it off to check
    /// that both paths store the same.
    var scansDocuments = true

    public init(force: Bool = false, dryRun: Bool = false, lockTimeout: Double = 600,
                now: @escaping @Sendable () -> Date = { Date() }, progressInterval: Int = 100_000) {
        self.force = force
        self.dryRun = dryRun
        self.lockTimeout = lockTimeout
        self.now = now
        self.progressInterval = max(1, progressInterval)
    }
}
