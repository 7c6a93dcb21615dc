/// The headline numbers of a status check.
public struct StatusCounts: Hashable, Sendable {
    public var met: Int
    public var atRisk: Int
    public var offTrack: Int
    public var noData: Int
    public var openAudits: Int
    public var openActions: Int
    public var overdueActions: Int

    public init(met: Int = 0, atRisk: Int = 0, offTrack: Int = 0, noData: Int = 0,
                openAudits: Int = 0, openActions: Int = 0, overdueActions: Int = 0) {
        self.met = met
        self.atRisk = atRisk
        self.offTrack = offTrack
        self.noData = noData
        self.openAudits = openAudits
        self.openActions = openActions
        self.overdueActions = overdueActions
    }

    /// Whether anything needs the committee's attention: `isodash status` exits 1 then.
    public var needsAttention: Bool { offTrack > 0 || overdueActions > 0 }
}
