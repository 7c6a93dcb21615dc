import QMSDomain

/// The key of a tally: one row per unit, month and direction.
public struct TallyKey: Hashable, Sendable, CustomStringConvertible {
    public var unitID: String
    public var month: Period
    public var direction: DocumentDirection

    public init(unitID: String, month: Period, direction: DocumentDirection) {
        self.unitID = unitID
        self.month = month
        self.direction = direction
    }

    /// "U1 2026-05 in", as error messages name the record.
    public var description: String { "\(unitID) \(month) \(direction.rawValue)" }
}
