/// Row counts of one applied file: what the sync report and the log show.
public struct SyncCounts: Hashable, Sendable {
    public var inserted: Int
    public var updated: Int
    public var deleted: Int
    public var unchanged: Int

    public init(inserted: Int = 0, updated: Int = 0, deleted: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.deleted = deleted
        self.unchanged = unchanged
    }

    /// Counts one upsert.
    public mutating func add(_ outcome: UpsertOutcome) {
        switch outcome {
        case .inserted: inserted += 1
        case .updated: updated += 1
        case .unchanged: unchanged += 1
        }
    }

    /// Every row the file held.
    public var total: Int { inserted + updated + deleted + unchanged }
}
