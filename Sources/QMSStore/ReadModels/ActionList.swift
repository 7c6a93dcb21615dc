import QMSDomain

/// The actions of a scope that pass a filter, resolved once: the scope's unit
/// checked and the owner text matched against the owner names in the store.
/// Its totals (`Store.actionTotals`) and any number of its pages
/// (`Store.actionRows`) are then read without redoing that work, so paging
/// through a long list pays only for the rows it shows.
///
/// The owner names are those in the store when the list was resolved: resolve
/// the list again after the store changed (`Store.dataVersion`).
public struct ActionList: Hashable, Sendable {
    public let scope: UnitScope
    public let asOf: Day
    public let filter: ActionFilter
    /// The owner names the filter's owner text matches; nil when it names no owner.
    public let ownerNames: [String]?
    /// The list covers a small part of the store's units (one unit, or a subtree of
    /// at most 1/32 of them): its pages are read unit by unit and sorted, which costs
    /// the list's rows, rather than in due order over every unit, which costs the
    /// rows of all units up to the page.
    let isNarrow: Bool

    init(scope: UnitScope, asOf: Day, filter: ActionFilter, ownerNames: [String]?, isNarrow: Bool) {
        self.scope = scope
        self.asOf = asOf
        self.filter = filter
        self.ownerNames = ownerNames
        self.isNarrow = isNarrow
    }
}
