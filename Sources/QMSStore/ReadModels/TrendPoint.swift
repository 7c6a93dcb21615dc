import QMSDomain

/// One point of an objective's trend: a month of a built-in indicator, or one
/// reported measurement period.
public struct TrendPoint: Hashable, Sendable {
    public var period: Period
    /// nil: no data for the period (nothing to count, a zero denominator).
    public var value: Double?
    /// For a ratio, its parts; nil for a measurement reported without them.
    public var numerator: Double?
    public var denominator: Double?
    /// The status the value alone would give against the objective's target,
    /// for colouring a chart's bars.
    public var status: ObjectiveStatus

    public init(period: Period, value: Double?, numerator: Double? = nil, denominator: Double? = nil,
                status: ObjectiveStatus) {
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.status = status
    }
}
