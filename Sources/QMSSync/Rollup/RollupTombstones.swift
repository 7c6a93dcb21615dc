import QMSDomain
import QMSStore

/// Records an earlier report sent upward that are gone below: the rows
/// `deleted = true` that make the level above forget them too (§7: a sync never
/// deletes a record unless a row says so). Keys are as the level above knows
/// them, prefix included.
public struct RollupTombstones: Hashable, Sendable {
    /// Ids per id-keyed kind (objectives, audits, findings, actions, procedures, services).
    public var ids: [RecordKind: [String]]
    public var measurements: [MeasurementKey]
    public var tallies: [TallyKey]

    public init(ids: [RecordKind: [String]] = [:], measurements: [MeasurementKey] = [],
                tallies: [TallyKey] = []) {
        self.ids = ids
        self.measurements = measurements
        self.tallies = tallies
    }

    /// Nothing to delete.
    public static let none = RollupTombstones()

    public var isEmpty: Bool {
        ids.values.allSatisfy(\.isEmpty) && measurements.isEmpty && tallies.isEmpty
    }

    /// How many rows say `deleted`.
    public var count: Int {
        ids.values.reduce(0) { $0 + $1.count } + measurements.count + tallies.count
    }
}
