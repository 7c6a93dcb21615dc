/// One page of the audits screen.
public struct AuditPage: Hashable, Sendable {
    /// Open audits first, then the others; each group latest start first, then by id.
    public var rows: [AuditSummary]
    /// Audits in scope, on every page.
    public var totalCount: Int
    /// Of those, the open ones (planned, in progress, reporting).
    public var openCount: Int
    /// The position of the first row in the whole list.
    public var offset: Int

    public init(rows: [AuditSummary], totalCount: Int, openCount: Int, offset: Int) {
        self.rows = rows
        self.totalCount = totalCount
        self.openCount = openCount
        self.offset = offset
    }
}
