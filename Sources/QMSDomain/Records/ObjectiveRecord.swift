/// A quality objective (mục tiêu chất lượng) with a measurable target for a year.
public struct ObjectiveRecord: Hashable, Sendable {
    public var id: String
    public var title: String
    public var year: Int
    /// nil: the whole organisation.
    public var unitID: String?
    /// A built-in indicator the value is computed from; nil: values come from
    /// measurements.
    public var indicator: Indicator?
    public var target: Double
    /// The unit of measure: `%`, `quy trình`, `ngày`...
    public var measure: String
    public var direction: Direction
    /// How far short of the target still counts as "at risk"; nil: the default,
    /// see `effectiveMargin`.
    public var margin: Double?
    public var owner: String?
    /// nil: 31 December of `year`, see `effectiveDueOn`.
    public var dueOn: Day?

    public init(id: String, title: String, year: Int, unitID: String? = nil, indicator: Indicator? = nil,
                target: Double, measure: String = "%", direction: Direction = .higher, margin: Double? = nil,
                owner: String? = nil, dueOn: Day? = nil) {
        self.id = id
        self.title = title
        self.year = year
        self.unitID = unitID
        self.indicator = indicator
        self.target = target
        self.measure = measure
        self.direction = direction
        self.margin = margin
        self.owner = owner
        self.dueOn = dueOn
    }

    /// Whether the objective is measured in percent (its margin defaults to 5 points).
    public var isPercentage: Bool {
        measure.trimmingWhitespace() == "%"
    }

    /// The margin the status uses: the given one, else 5 (percentage points) when
    /// the measure is `%`, else 10% of the target's magnitude.
    public var effectiveMargin: Double {
        if let margin { return margin }
        return ObjectiveRecord.defaultMargin(target: target, measure: measure)
    }

    /// The default margin for a target and measure (§4): 5 for `%`, else 10% of |target|.
    public static func defaultMargin(target: Double, measure: String) -> Double {
        measure.trimmingWhitespace() == "%" ? 5 : abs(target) * 0.1
    }

    /// When the objective is due: the given day, else 31 December of its year.
    public var effectiveDueOn: Day {
        dueOn ?? Day.endOfYear(year)
    }

    /// The objective's status for `value` (nil: no data), by §6.
    public func status(value: Double?) -> ObjectiveStatus {
        ObjectiveStatus.evaluate(value: value, target: target, margin: effectiveMargin, direction: direction)
    }
}
