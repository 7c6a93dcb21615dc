/// The headline numbers of a status check.
public struct StatusCounts: Hashable, Sendable {
    public var met: Int
    public var atRisk: Int
    public var offTrack: Int
    public var noData: Int
    public var openAudits: Int
    public var openActions: Int
    public var overdueActions: Int
    /// Open or in-progress actions due from the as-of day to N days later.
    /// Informative only: it never makes `needsAttention` true.
    public var dueSoon: Int
    /// Objectives that cannot be met any more (`ObjectivePace.isUnreachable`).
    public var unreachable: Int
    /// Objectives still reachable whose last three months run short (`ObjectivePace.isOffPace`).
    public var offPace: Int

    public init(met: Int = 0, atRisk: Int = 0, offTrack: Int = 0, noData: Int = 0,
                openAudits: Int = 0, openActions: Int = 0, overdueActions: Int = 0, dueSoon: Int = 0,
                unreachable: Int = 0, offPace: Int = 0) {
        self.met = met
        self.atRisk = atRisk
        self.offTrack = offTrack
        self.noData = noData
        self.openAudits = openAudits
        self.openActions = openActions
        self.overdueActions = overdueActions
        self.dueSoon = dueSoon
        self.unreachable = unreachable
        self.offPace = offPace
    }

    /// Whether anything needs the committee's attention: `isodash status` exits 1 then.
    public var needsAttention: Bool { offTrack > 0 || overdueActions > 0 }
}
