/// A scope left by `Enter` on the Units screen, with where the list stood, so `Esc`
/// goes back up to it with the same unit selected.
public struct ScopeStep: Hashable, Sendable {
    /// nil for the whole organisation.
    public var unitID: String?
    public var units: ListPosition

    public init(unitID: String?, units: ListPosition) {
        self.unitID = unitID
        self.units = units
    }
}
