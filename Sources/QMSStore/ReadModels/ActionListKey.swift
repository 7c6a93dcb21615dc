import QMSDomain

/// A row's place in the actions list, which is ordered by due day, then id:
/// what a page is read after or before (keyset paging), so reading a page deep
/// in a long list costs the rows read, not the rows skipped.
///
/// (The list shows overdue actions first, most days late first: within one
/// filter every action is pending or none is, so "overdue" is "due before the
/// as-of day" and that order is the due-day order.)
public struct ActionListKey: Hashable, Sendable {
    public var dueOn: Day
    public var id: String

    public init(dueOn: Day, id: String) {
        self.dueOn = dueOn
        self.id = id
    }

    /// The key of a row of the list.
    public init(_ summary: ActionSummary) {
        self.init(dueOn: summary.action.dueOn, id: summary.action.id)
    }
}
