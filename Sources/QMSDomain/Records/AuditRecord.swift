/// An internal audit, a certification or surveillance audit, or an inspection.
public struct AuditRecord: Hashable, Sendable {
    public var id: String
    public var title: String
    public var kind: AuditKind
    /// nil: the whole organisation.
    public var unitID: String?
    public var startsOn: Day
    public var endsOn: Day?
    public var status: AuditStatus
    public var lead: String?

    public init(id: String, title: String, kind: AuditKind, unitID: String? = nil, startsOn: Day,
                endsOn: Day? = nil, status: AuditStatus, lead: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.unitID = unitID
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.status = status
        self.lead = lead
    }

    /// Open unless closed or cancelled.
    public var isOpen: Bool { status.isOpen }
}
