import Foundation
import QMSDomain

/// An action the review decided on: what, which unit owns it, by when.
///
/// Exported with `isodash review export --actions` as an `actions` file of the
/// sync contract, so it returns through the e-ISO system in the next sync.
public struct ReviewActionItem: Hashable, Sendable {
    public var id: Int64
    public var text: String
    public var unitID: String?
    public var dueOn: Day?
    public var createdAt: Date

    public init(id: Int64, text: String, unitID: String?, dueOn: Day?, createdAt: Date) {
        self.id = id
        self.text = text
        self.unitID = unitID
        self.dueOn = dueOn
        self.createdAt = createdAt
    }
}
