import QMSDomain

/// A finding of an audit with the actions raised on it: the drill-down of the audits screen.
public struct FindingDetail: Hashable, Sendable {
    public var finding: FindingRecord
    /// The name of the finding's unit, when it has one.
    public var unitName: String?
    /// Its corrective actions, by due date then id.
    public var actions: [ActionSummary]

    public init(finding: FindingRecord, unitName: String?, actions: [ActionSummary]) {
        self.finding = finding
        self.unitName = unitName
        self.actions = actions
    }
}
