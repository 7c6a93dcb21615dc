import QMSDomain

/// How the Actions screen narrows its list, besides the scope and the `/` text (which
/// matches the owner and the title).
public struct ActionOptions: Hashable, Sendable {
    /// One status (`s` cycles open → in progress → all); nil for every open status.
    public var status: ActionStatus?
    /// Only overdue actions (`o`).
    public var overdueOnly: Bool
    /// One unit exactly, chosen in the per-unit panel; nil for every unit in scope.
    public var unitID: String?

    public init(status: ActionStatus? = nil, overdueOnly: Bool = false, unitID: String? = nil) {
        self.status = status
        self.overdueOnly = overdueOnly
        self.unitID = unitID
    }

    /// The next status filter `s` gives: all → open → in progress → all.
    var nextStatus: ActionStatus? {
        switch status {
        case nil: return .open
        case .open: return .inProgress
        default: return nil
        }
    }
}
