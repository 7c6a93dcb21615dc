/// How many overdue actions one unit has (its own, not its descendants').
public struct UnitOverdueCount: Hashable, Sendable {
    public var unitID: String
    public var unitName: String?
    public var count: Int

    public init(unitID: String, unitName: String?, count: Int) {
        self.unitID = unitID
        self.unitName = unitName
        self.count = count
    }
}
