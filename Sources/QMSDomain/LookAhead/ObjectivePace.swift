/// Whether an objective can still be met by its due day, and whether recent
/// months run fast enough to meet it: the committee's question "will we make it
/// by December?".
///
/// On day D, with the year-to-date numerator N and denominator Q of the
/// objective's indicator, the rest of the period (D+1 … `due_on`) is expected to
/// bring as many cases per day as the year so far:
///
///     R = Q × days(D+1 … due_on) ÷ days(1 January … D)
///
/// and the rate those R cases must reach for the year's value (N + r·R) ÷ (Q + R)
/// to meet the target T (in %) is
///
///     required = (T × (Q + R) − 100 × N) ÷ R          (in %)
///
/// For higher-is-better the remaining cases must reach *at least* `required`; for
/// lower-is-better *at most* `required` (the same inequality turned round).
/// `required` is given as computed, outside 0–100 too: above 100% (below 0% for
/// lower-is-better) the objective cannot be met any more; below 0% (above 100%
/// for lower-is-better) it is already secured whatever happens.
///
/// `recent` is the indicator over the last three complete months before D (see
/// `recentMonths(before:)`), the best guess of the rate the remaining days will
/// actually run at; `onPace` compares it with `required`.
///
/// Decisions where the rule is silent:
/// - D == `due_on`: nothing remains (R = 0), so `required` and `onPace` are nil
///   and `reachable` says whether the year-to-date value already meets the
///   target (the period's value is final).
/// - D after `due_on`, or before 1 January of the objective's year: `required`,
///   `reachable` and `onPace` are nil.
/// - No year-to-date data (Q = 0): `required`, `reachable` and `onPace` are nil.
/// - `recent` is given whenever its three months have data, even when the rest is
///   nil; `onPace` needs both.
/// - An objective with no `due_on` is due on 31 December of its year
///   (`ObjectiveRecord.effectiveDueOn`, as EXPORT-FORMAT §4 says).
/// - Only built-in ratio indicators have a pace (not `services_online_pct`, a
///   snapshot with no history, nor measured objectives): theirs is `unknown`.
/// - Comparisons allow a billionth of the magnitudes involved, like
///   `ObjectiveStatus`, so an objective exactly reachable (required 100%) is
///   reachable.
public struct ObjectivePace: Hashable, Sendable, Codable {
    /// The rate, in %, the rest of the period must reach; nil when it cannot be said.
    public var required: Double?
    /// The indicator over the last three complete months, in %; nil: no data.
    public var recent: Double?
    /// Whether `required` is achievable at all (≤ 100%, or ≥ 0% for lower-is-better).
    public var reachable: Bool?
    /// Whether `recent` is at or beyond `required` in the objective's direction.
    public var onPace: Bool?

    public init(required: Double? = nil, recent: Double? = nil, reachable: Bool? = nil, onPace: Bool? = nil) {
        self.required = required
        self.recent = recent
        self.reachable = reachable
        self.onPace = onPace
    }

    /// Nothing known: an objective without a ratio indicator, or not evaluated.
    public static let unknown = ObjectivePace()

    /// Cannot be met any more: the committee has to decide what to do about it.
    public var isUnreachable: Bool { reachable == false }
    /// Reachable, but the recent months run too slowly (or too high, for lower-is-better).
    public var isOffPace: Bool { reachable == true && onPace == false }

    /// Whether `objective` has a pace at all: a built-in ratio indicator.
    public static func applies(to objective: ObjectiveRecord) -> Bool {
        objective.indicator?.isRatio ?? false
    }

    /// The three complete calendar months before `day`: a month is complete before
    /// D when it ended before D, so D's own month never counts, even on its last
    /// day (on 31 October: July to September). May reach into the previous year.
    public static func recentMonths(before day: Day) -> ClosedRange<Day> {
        let last = day.startOfMonth.adding(days: -1)
        return last.startOfMonth.adding(months: -2)...last
    }

    /// The pace of `objective` on `asOf`, from its year-to-date ratio and its ratio
    /// over `recentMonths(before: asOf)`.
    public static func evaluate(_ objective: ObjectiveRecord, yearToDate: Ratio, recent: Ratio,
                                asOf: Day) -> ObjectivePace {
        guard applies(to: objective) else { return .unknown }
        var pace = ObjectivePace(recent: recent.percent)
        let start = Day.startOfYear(objective.year)
        let due = objective.effectiveDueOn
        guard yearToDate.hasValue, asOf >= start, asOf <= due else { return pace }
        let target = objective.target
        let higher = objective.direction == .higher
        if asOf == due {
            let value = yearToDate.percent ?? 0
            let epsilon = tolerance(target, value)
            pace.reachable = higher ? value >= target - epsilon : value <= target + epsilon
            return pace
        }
        let elapsed = Double(asOf.days(since: start) + 1)
        let remaining = Double(due.days(since: asOf))
        let q = yearToDate.denominator
        let r = q * remaining / elapsed
        let required = (target * (q + r) - 100 * yearToDate.numerator) / r
        pace.required = required
        let epsilon = tolerance(required, 100)
        pace.reachable = higher ? required <= 100 + epsilon : required >= -epsilon
        if let recentValue = pace.recent {
            let epsilon = tolerance(required, recentValue)
            pace.onPace = higher ? recentValue >= required - epsilon : recentValue <= required + epsilon
        }
        return pace
    }

    /// A billionth of the magnitudes compared, as `ObjectiveStatus.evaluate` allows.
    private static func tolerance(_ a: Double, _ b: Double) -> Double {
        1e-9 * max(1, abs(a), abs(b))
    }
}
