import QMSDomain

/// One quality objective with the value the rules of EXPORT-FORMAT §5–6 give it on a day.
public struct ObjectiveProgress: Hashable, Sendable {
    public var objective: ObjectiveRecord
    /// The owning unit's name, when the objective has a unit.
    public var unitName: String?
    /// Year to date for an indicator, the latest period's value for measurements; nil: no data.
    public var value: Double?
    /// For a ratio, its parts (e.g. 812 electronic of 1,020 documents); nil otherwise.
    public var numerator: Double?
    public var denominator: Double?
    /// For measured objectives, the period the value belongs to.
    public var period: Period?
    public var status: ObjectiveStatus
    /// Whether the objective can still be met by its due day and whether the last
    /// three months run fast enough (`ObjectivePace`); `.unknown` for objectives
    /// without a ratio indicator, and where the read model does not compute it.
    public var pace: ObjectivePace

    public init(objective: ObjectiveRecord, unitName: String?, value: Double?, numerator: Double? = nil,
                denominator: Double? = nil, period: Period? = nil, status: ObjectiveStatus,
                pace: ObjectivePace = .unknown) {
        self.objective = objective
        self.unitName = unitName
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.period = period
        self.status = status
        self.pace = pace
    }
}
