import QMSDomain

/// What the actions screen narrows its list to, on top of the scope.
public struct ActionFilter: Hashable, Sendable {
    /// Only actions of this unit; with `includeDescendants`, of its subtree too.
    /// (The scope already gives a subtree: this picks one unit out of it, such
    /// as a row of `ActionPage.overdueByUnit`.)
    public var unitID: String?
    public var includeDescendants: Bool
    /// Only actions in this status; nil: the open ones (open and in progress).
    public var status: ActionStatus?
    /// Text the owner's name must contain, ignoring case and diacritics
    /// (`nguyen` finds `Nguyễn Văn An`); nil or blank: any owner.
    public var owner: String?
    /// Only actions overdue on the as-of day.
    public var overdueOnly: Bool
    /// Only actions due on or before this day: with the open ones, the overview's
    /// list (overdue, then due soon).
    public var dueBy: Day?

    public init(unitID: String? = nil, includeDescendants: Bool = false, status: ActionStatus? = nil,
                owner: String? = nil, overdueOnly: Bool = false, dueBy: Day? = nil) {
        self.unitID = unitID
        self.includeDescendants = includeDescendants
        self.status = status
        self.owner = owner
        self.overdueOnly = overdueOnly
        self.dueBy = dueBy
    }

    /// Every open action of the scope.
    public static let open = ActionFilter()
}
