import QMSDomain

/// An audit with its unit's name and its findings counted by grade.
public struct AuditSummary: Hashable, Sendable {
    public var audit: AuditRecord
    public var unitName: String?
    public var findings: FindingCounts
    /// Actions raised on the audit's findings that are still open or in progress.
    public var openActions: Int
    /// Of those, the ones overdue on the as-of day: what keeps an audit from closing.
    public var overdueActions: Int

    public init(audit: AuditRecord, unitName: String?, findings: FindingCounts, openActions: Int = 0,
                overdueActions: Int = 0) {
        self.audit = audit
        self.unitName = unitName
        self.findings = findings
        self.openActions = openActions
        self.overdueActions = overdueActions
    }
}
