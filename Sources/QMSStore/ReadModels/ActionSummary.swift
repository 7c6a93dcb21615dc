import QMSDomain

/// A corrective action with its unit's name and how late it is on the day asked about.
public struct ActionSummary: Hashable, Sendable {
    public var action: ActionRecord
    public var unitName: String?
    /// Days past `due_on` on the as-of day for an open action; nil when not overdue.
    public var daysOverdue: Int?

    public init(action: ActionRecord, unitName: String?, daysOverdue: Int?) {
        self.action = action
        self.unitName = unitName
        self.daysOverdue = daysOverdue
    }
}
