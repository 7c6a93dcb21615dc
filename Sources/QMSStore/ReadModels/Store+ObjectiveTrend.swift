import QMSDomain

extension Store {
    /// The trend of one objective on `asOf`, with its current value; throws
    /// `unknownObjective` when the store does not hold it.
    public func objectiveTrend(objectiveID: String, asOf: Day) throws(StoreError) -> ObjectiveTrend {
        try readTransaction { () throws(StoreError) in
            let evaluator = ObjectiveEvaluator(store: self, asOf: asOf)
            let rows = try evaluator.rows(ObjectiveEvaluator.selectSQL(where: "o.id = :objective"),
                                          NamedParameters().with(":objective", objectiveID))
            guard let row = rows.first, let current = try evaluator.progress(of: [row], withPace: true).first else {
                throw .unknownObjective(objectiveID)
            }
            let objective = row.objective
            var points: [TrendPoint] = []
            if let indicator = objective.indicator {
                guard indicator.hasTrend, asOf >= Day.startOfYear(objective.year) else {
                    return ObjectiveTrend(asOf: asOf, current: current, points: [])
                }
                let counter = IndicatorCounter(store: self)
                let scope = UnitScope(rootID: objective.unitID)
                let lastMonth = asOf.year > objective.year ? 12 : asOf.month
                for month in Period.year(objective.year).months.prefix(lastMonth) {
                    let ratio = try counter.ratio(indicator, scope: scope,
                                                  window: IndicatorWindow(period: month, asOf: asOf))
                    points.append(TrendPoint(period: month, value: ratio.percent, numerator: ratio.numerator,
                                             denominator: ratio.denominator,
                                             status: objective.status(value: ratio.percent)))
                }
            } else {
                try forEachRow("""
                    SELECT \(SQLFragments.columns(of: MeasurementRecord.self, as: "m")) FROM measurements AS m
                    WHERE m.objective_id = :objective AND m.starts_on <= :as_of
                    ORDER BY m.starts_on, m.ends_on
                    """, NamedParameters().with(":objective", objectiveID).with(":as_of", asOf),
                    table: "measurements") { (row) throws(StoreError) in
                    let measurement = try MeasurementRecord(row: row)
                    points.append(TrendPoint(period: measurement.period, value: measurement.value,
                                             numerator: measurement.numerator, denominator: measurement.denominator,
                                             status: objective.status(value: measurement.value)))
                }
            }
            return ObjectiveTrend(asOf: asOf, current: current, points: points)
        }
    }
}
