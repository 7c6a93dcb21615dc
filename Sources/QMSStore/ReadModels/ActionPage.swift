import QMSDomain

/// One page of the actions screen, with totals for the whole filtered list.
public struct ActionPage: Hashable, Sendable {
    /// Overdue first (most days first), then by due date, then by id.
    public var rows: [ActionSummary]
    /// Actions matching the filter, on every page.
    public var totalCount: Int
    /// The position of the first row in the whole list.
    public var offset: Int
    /// Of `totalCount`, those overdue on the as-of day.
    public var overdueCount: Int
    /// The overdue ones by how late they are.
    public var ageing: OverdueAgeing
    /// Units with the most overdue actions in the filtered list, most first
    /// (then by id); only units with at least one.
    public var overdueByUnit: [UnitOverdueCount]
    /// Pending actions of the scope due soon (whatever the filter), on every page.
    public var dueSoon = 0
    /// Days to close of the scope's actions closed in the as-of year, on every page.
    public var closing = ClosingTimes.none

    public init(rows: [ActionSummary], totalCount: Int, offset: Int, overdueCount: Int, ageing: OverdueAgeing,
                overdueByUnit: [UnitOverdueCount]) {
        self.rows = rows
        self.totalCount = totalCount
        self.offset = offset
        self.overdueCount = overdueCount
        self.ageing = ageing
        self.overdueByUnit = overdueByUnit
    }

    /// Rows from `offset` of a list whose totals were read once for every page.
    public init(rows: [ActionSummary], offset: Int, totals: ActionTotals) {
        self.init(rows: rows, totalCount: totals.totalCount, offset: offset, overdueCount: totals.overdueCount,
                  ageing: totals.ageing, overdueByUnit: totals.overdueByUnit)
        dueSoon = totals.dueSoon
        closing = totals.closing
    }
}
