import Foundation
import QMSDomain

/// A management review meeting as the store keeps it.
public struct Review: Hashable, Sendable {
    public enum State: String, Sendable {
        /// Being held: notes, decisions and action items can be added.
        case open
        /// Finished: its figures are frozen and its minutes no longer change.
        case closed
    }

    public var id: Int64
    public var heldOn: Day
    public var title: String
    public var chair: String?
    /// The unit the review was scoped to; nil for the whole organisation. Not a
    /// foreign key: history keeps the id even if a later sync deletes the unit.
    public var scopeUnitID: String?
    public var state: State
    public var createdAt: Date
    public var closedAt: Date?
    /// The figures as shown when the review was closed (JSON written by the caller).
    public var frozenSnapshot: String?

    public init(id: Int64, heldOn: Day, title: String, chair: String?, scopeUnitID: String?, state: State,
                createdAt: Date, closedAt: Date?, frozenSnapshot: String?) {
        self.id = id
        self.heldOn = heldOn
        self.title = title
        self.chair = chair
        self.scopeUnitID = scopeUnitID
        self.state = state
        self.createdAt = createdAt
        self.closedAt = closedAt
        self.frozenSnapshot = frozenSnapshot
    }
}
