/// How long corrective actions take to close: the median and 90th percentile of
/// the days from `opened_on` to `closed_on`.
///
/// The store gives the day counts of the actions closed (`done` or `verified`) in
/// the as-of year, on or before the as-of day. Percentiles interpolate linearly
/// between the closest ranks (Excel's `PERCENTILE.INC`, R's type 7): for n sorted
/// values x₀ … xₙ₋₁ and a fraction p, with h = (n − 1) × p,
/// value = x⌊h⌋ + (h − ⌊h⌋) × (x⌊h⌋₊₁ − x⌊h⌋). So the median of an even count is
/// the mean of the middle two, and one closed action is its own median and 90th
/// percentile. No closed action: both are nil ("no data"), never 0.
public struct ClosingTimes: Hashable, Sendable, Codable {
    /// The median, in days; nil when nothing closed.
    public var medianDays: Double?
    /// The 90th percentile, in days; nil when nothing closed.
    public var p90Days: Double?
    /// How many actions closed.
    public var closed: Int

    public init(medianDays: Double?, p90Days: Double?, closed: Int) {
        self.medianDays = medianDays
        self.p90Days = p90Days
        self.closed = closed
    }

    /// Nothing closed.
    public static let none = ClosingTimes(medianDays: nil, p90Days: nil, closed: 0)

    /// The statistics of `days` (any order; each the days one action took).
    public init(days: [Int]) {
        let sorted = days.sorted()
        self.init(sortedDays: sorted)
    }

    /// The statistics of `sortedDays`, already in ascending order (as SQL returns them).
    public init(sortedDays: [Int]) {
        medianDays = Self.percentile(sortedDays, 0.5)
        p90Days = Self.percentile(sortedDays, 0.9)
        closed = sortedDays.count
    }

    /// The `fraction` (0…1) percentile of ascending `sorted`, by linear
    /// interpolation between closest ranks; nil for no values.
    public static func percentile(_ sorted: [Int], _ fraction: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * min(max(fraction, 0), 1)
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return Double(sorted[low]) + (h - Double(low)) * Double(sorted[high] - sorted[low])
    }

    /// The days an action took to close: `closed_on − opened_on`; nil when it has
    /// not closed (or carries no closing day).
    public static func days(_ action: ActionRecord) -> Int? {
        guard action.status.isClosed, let closed = action.closedOn else { return nil }
        return closed.days(since: action.openedOn)
    }
}
