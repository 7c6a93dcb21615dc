import QMSDomain

/// How an objective has moved over its year: what the drill-down chart draws.
public struct ObjectiveTrend: Hashable, Sendable {
    public var asOf: Day
    /// The objective's value and status on `asOf`, as the status snapshot gives them
    /// (year to date for an indicator, the latest started period for measurements).
    public var current: ObjectiveProgress
    /// For an indicator: each month from January of the objective's year to the
    /// as-of month (the month's own figures, as known on the as-of day); none for
    /// `services_online_pct`, a snapshot without history, or before the year
    /// begins. For measurements: every period that has started by the as-of
    /// day, in period order.
    public var points: [TrendPoint]

    public init(asOf: Day, current: ObjectiveProgress, points: [TrendPoint]) {
        self.asOf = asOf
        self.current = current
        self.points = points
    }

    public var objective: ObjectiveRecord { current.objective }
}
