import QMSDomain

/// An audit with its unit's name and its findings counted by grade.
public struct AuditSummary: Hashable, Sendable {
    public var audit: AuditRecord
    public var unitName: String?
    public var findings: FindingCounts

    public init(audit: AuditRecord, unitName: String?, findings: FindingCounts) {
        self.audit = audit
        self.unitName = unitName
        self.findings = findings
    }
}
