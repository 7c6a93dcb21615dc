/// Monthly counts of a unit's document register, kept elsewhere: what a unit
/// reports upward instead of its register. Keyed by unit, month and direction.
public struct TallyRecord: Hashable, Sendable {
    public var unitID: String
    /// A month period (`granularity == .month`).
    public var month: Period
    public var direction: DocumentDirection
    public var total: Int
    /// Non-confidential electronic documents.
    public var electronic: Int
    public var confidential: Int
    /// Documents whose due day was past, or that were done, on `asOf`.
    public var withDue: Int
    /// Of `withDue`, those done on or before their due day.
    public var onTime: Int
    /// The day the counts were taken.
    public var asOf: Day?

    public init(unitID: String, month: Period, direction: DocumentDirection, total: Int, electronic: Int,
                confidential: Int, withDue: Int = 0, onTime: Int = 0, asOf: Day? = nil) {
        self.unitID = unitID
        self.month = month
        self.direction = direction
        self.total = total
        self.electronic = electronic
        self.confidential = confidential
        self.withDue = withDue
        self.onTime = onTime
        self.asOf = asOf
    }

    /// The contract's rules for the counts (§4): all ≥ 0, `electronic` + `confidential`
    /// ≤ `total`, `onTime` ≤ `withDue` ≤ `total`, and `month` is a month.
    public var isConsistent: Bool {
        month.granularity == .month
            && total >= 0 && electronic >= 0 && confidential >= 0 && withDue >= 0 && onTime >= 0
            && electronic + confidential <= total
            && onTime <= withDue && withDue <= total
    }

    /// Non-confidential documents: the denominator of the electronic indicators.
    public var nonConfidential: Int {
        total - confidential
    }
}
