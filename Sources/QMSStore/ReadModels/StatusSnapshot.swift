import QMSDomain

/// Everything `isodash status` and the dashboard's overview show, read in one transaction.
public struct StatusSnapshot: Hashable, Sendable {
    public var asOf: Day
    public var scope: ScopeSummary
    public var freshness: DataFreshness
    /// Objectives of the as-of year in scope, worst status first, then by id.
    public var objectives: [ObjectiveProgress]
    /// Audits still open (planned, in progress, reporting) in scope, earliest start first.
    public var openAudits: [AuditSummary]
    /// The overdue actions in scope, most days overdue first, then by id: every
    /// one, or as many as `Store.statusSnapshot(listedActions:)` asked for
    /// (`counts` counts them all).
    public var overdueActions: [ActionSummary]
    public var counts: StatusCounts
    /// N of the due-soon rule the snapshot was read with (`DueSoonRule`).
    public var dueWithin: Int
    /// Every action in scope due soon (due from the as-of day to N days later, open
    /// or in progress), nearest due day first, then by id: every one, or as many as
    /// `listedActions` asked for.
    public var dueSoonActions: [ActionSummary]
    /// Days to close of the actions in scope closed in the as-of year, up to the as-of day.
    public var closing: ClosingTimes

    public init(asOf: Day, scope: ScopeSummary, freshness: DataFreshness, objectives: [ObjectiveProgress],
                openAudits: [AuditSummary], overdueActions: [ActionSummary], counts: StatusCounts,
                dueWithin: Int = DueSoonRule.defaultDays, dueSoonActions: [ActionSummary] = [],
                closing: ClosingTimes = .none) {
        self.asOf = asOf
        self.scope = scope
        self.freshness = freshness
        self.objectives = objectives
        self.openAudits = openAudits
        self.overdueActions = overdueActions
        self.counts = counts
        self.dueWithin = dueWithin
        self.dueSoonActions = dueSoonActions
        self.closing = closing
    }
}
