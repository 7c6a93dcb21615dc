import QMSDomain

/// Who a read model speaks for: the whole organisation, or one unit and its descendants.
public struct ScopeSummary: Hashable, Sendable {
    /// nil for the whole organisation.
    public var unitID: String?
    /// The unit's name; for the whole organisation, the name of the root unit when
    /// there is exactly one, else nil (the caller shows "whole organisation").
    public var name: String?
    /// Units in scope (the unit and all its descendants, or every unit).
    public var unitCount: Int

    public init(unitID: String?, name: String?, unitCount: Int) {
        self.unitID = unitID
        self.name = name
        self.unitCount = unitCount
    }
}
