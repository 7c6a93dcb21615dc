/// What an upsert did to the store, counted by the sync's report
/// ("inserted, updated, deleted, unchanged").
public enum UpsertOutcome: Sendable, Hashable {
    /// No record had the key: a new row.
    case inserted
    /// A record had the key and at least one value differed: it was replaced.
    case updated
    /// A record had the key and every value was the same: nothing was written.
    case unchanged
}
