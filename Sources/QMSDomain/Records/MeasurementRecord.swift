/// A value reported for an objective over a period. Keyed by objective and period.
public struct MeasurementRecord: Hashable, Sendable {
    public var objectiveID: String
    public var period: Period
    public var value: Double
    public var numerator: Double?
    public var denominator: Double?
    public var note: String?

    public init(objectiveID: String, period: Period, value: Double, numerator: Double? = nil,
                denominator: Double? = nil, note: String? = nil) {
        self.objectiveID = objectiveID
        self.period = period
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.note = note
    }

    /// numerator ÷ denominator when both are given.
    public var ratio: Ratio? {
        guard let numerator, let denominator else { return nil }
        return Ratio(numerator: numerator, denominator: denominator)
    }

    /// For a percentage objective: whether numerator and denominator, when both are
    /// given, agree with `value` within `tolerance` percentage points (§4: 0.5).
    /// True when either is missing; false when the denominator is 0, since such a
    /// ratio has no value to agree with.
    public func ratioAgreesWithValue(tolerance: Double = 0.5) -> Bool {
        guard let ratio else { return true }
        guard let percent = ratio.percent else { return false }
        return abs(percent - value) <= tolerance + 1e-9
    }
}
