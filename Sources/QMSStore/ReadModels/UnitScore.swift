import QMSDomain

/// One unit's row of the scorecard: the unit together with its descendants.
public struct UnitScore: Hashable, Sendable {
    public var unit: UnitRecord
    /// Levels below the top of the scope (0 for the top), for indenting the tree.
    public var depth: Int
    public var hasChildren: Bool
    /// Objectives of the as-of year in the unit's subtree, by status.
    public var offTrack: Int
    public var atRisk: Int
    /// Open audits of units in the subtree.
    public var openAudits: Int
    /// Actions of units in the subtree overdue on the as-of day.
    public var overdueActions: Int
    /// `docs_in_electronic_pct` and `docs_on_time_pct` of the subtree, year to date.
    public var docsInElectronic: Ratio
    public var docsOnTime: Ratio
    /// Pending actions of the subtree falling due soon on the as-of day (`DueSoonRule`).
    public var dueSoon: Int
    /// Days to close of the subtree's actions closed in the as-of year.
    public var closing: ClosingTimes

    public init(unit: UnitRecord, depth: Int, hasChildren: Bool, offTrack: Int = 0, atRisk: Int = 0,
                openAudits: Int = 0, overdueActions: Int = 0, docsInElectronic: Ratio = .zero,
                docsOnTime: Ratio = .zero, dueSoon: Int = 0, closing: ClosingTimes = .none) {
        self.unit = unit
        self.depth = depth
        self.hasChildren = hasChildren
        self.offTrack = offTrack
        self.atRisk = atRisk
        self.openAudits = openAudits
        self.overdueActions = overdueActions
        self.docsInElectronic = docsInElectronic
        self.docsOnTime = docsOnTime
        self.dueSoon = dueSoon
        self.closing = closing
    }

    /// In %, nil when there was nothing to count.
    public var docsInElectronicPct: Double? { docsInElectronic.percent }
    public var docsOnTimePct: Double? { docsOnTime.percent }
}
