/// A corrective or preventive action, the thing a review chases when it is late.
public struct ActionRecord: Hashable, Sendable {
    public var id: String
    public var title: String
    public var unitID: String
    public var findingID: String?
    public var owner: String?
    public var openedOn: Day
    public var dueOn: Day
    public var closedOn: Day?
    public var status: ActionStatus

    public init(id: String, title: String, unitID: String, findingID: String? = nil, owner: String? = nil,
                openedOn: Day, dueOn: Day, closedOn: Day? = nil, status: ActionStatus) {
        self.id = id
        self.title = title
        self.unitID = unitID
        self.findingID = findingID
        self.owner = owner
        self.openedOn = openedOn
        self.dueOn = dueOn
        self.closedOn = closedOn
        self.status = status
    }

    /// Overdue on `day` (§4): still open or in progress and due before `day`. An action
    /// due today is not yet overdue; done, verified and cancelled ones never are.
    public func isOverdue(on day: Day) -> Bool {
        status.isPending && dueOn < day
    }

    /// By how many days the action is overdue on `day` (`day` − `dueOn`, at least 1),
    /// nil when it is not overdue.
    public func daysOverdue(on day: Day) -> Int? {
        isOverdue(on: day) ? day.days(since: dueOn) : nil
    }

    /// Closed (done or verified) on or before its due day: the numerator of
    /// `actions_on_time_pct`.
    public var isClosedOnTime: Bool {
        guard status.isClosed, let closedOn else { return false }
        return closedOn <= dueOn
    }

    /// Whether the action counts in the denominator of `actions_on_time_pct` on
    /// `day`: closed, or overdue.
    public func countsForTimeliness(on day: Day) -> Bool {
        status.isClosed || isOverdue(on: day)
    }
}
