import QMSDomain

/// What the actions screen shows about the whole filtered list, whatever page is
/// on screen. Counting it reads every action of the list, so a caller paging
/// through the list reads it once (`Store.actionTotals`) and keeps it until the
/// store changes.
public struct ActionTotals: Hashable, Sendable {
    /// Actions matching the filter.
    public var totalCount: Int
    /// The overdue ones by how late they are.
    public var ageing: OverdueAgeing
    /// Units with the most overdue actions in the list, most first (then by id);
    /// only units with at least one.
    public var overdueByUnit: [UnitOverdueCount]
    /// Pending actions of the list's scope (whatever the filter) falling due soon on
    /// the as-of day: what comes next, beside what is already late.
    public var dueSoon: Int
    /// Days to close of the scope's actions closed in the as-of year.
    public var closing: ClosingTimes

    public init(totalCount: Int, ageing: OverdueAgeing, overdueByUnit: [UnitOverdueCount], dueSoon: Int = 0,
                closing: ClosingTimes = .none) {
        self.totalCount = totalCount
        self.ageing = ageing
        self.overdueByUnit = overdueByUnit
        self.dueSoon = dueSoon
        self.closing = closing
    }

    /// Of `totalCount`, those overdue on the as-of day.
    public var overdueCount: Int { ageing.total }
}
