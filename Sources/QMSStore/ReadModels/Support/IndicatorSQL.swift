import QMSDomain

/// The SQL behind the built-in indicators (EXPORT-FORMAT §5).
///
/// Each indicator is written once, as rows `(unit_id, num, den)` for the units a
/// filter admits; the callers sum those rows over one scope or over the subtree
/// of each of several units. Documents are read from the summaries the store
/// keeps at write time (`document_months`, `document_due`) and from `tallies`,
/// never from the register itself. A unit's tally for a month stands for that
/// unit's document rows of the month, whatever their direction.
///
/// Parameters: those of `IndicatorWindow.parameters`.
enum IndicatorSQL {
    /// What the SQL for one query may rely on.
    struct Shape {
        /// The window spans several months. The month summaries are then read in
        /// primary-key order, unit by unit, which sums each unit's months as it
        /// goes; through the month index (right for one month) every row would cost
        /// a lookup and the sums a sort, three times the work for a year.
        var wide: Bool
        /// The store holds tallies, so each month of document summaries must be
        /// checked for a tally that replaces it; without any, the check is skipped.
        var tallied: Bool
    }

    /// Rows `(unit_id, num, den)`, possibly several per unit; `unitFilter` turns a
    /// column into a condition on it (a `UnitScope` condition, or none).
    static func counts(_ indicator: Indicator, _ shape: Shape, unitFilter: (String) -> String) -> String {
        let month = shape.wide ? "+d.month" : "d.month"
        // A unit's tally for a month stands for its document rows of that month.
        func noTally(_ alias: String) -> String {
            guard shape.tallied else { return "1" }
            return "NOT EXISTS (SELECT 1 FROM tallies AS x WHERE x.unit_id = \(alias).unit_id AND x.month = \(alias).month)"
        }
        switch indicator {
        case .docsInElectronicPct, .docsOutElectronicPct:
            let direction = indicator.documentDirection?.rawValue ?? DocumentDirection.in.rawValue
            return """
                SELECT d.unit_id AS unit_id, total(d.electronic_public) AS num, total(d.public) AS den
                FROM document_months AS d
                WHERE d.direction = '\(direction)' AND \(month) BETWEEN :from_month AND :to_month
                  AND \(unitFilter("d.unit_id"))
                  AND \(noTally("d"))
                GROUP BY d.unit_id
                UNION ALL
                SELECT t.unit_id, t.electronic, t.total - t.confidential
                FROM tallies AS t
                WHERE t.direction = '\(direction)' AND t.month BETWEEN :from_month AND :to_month
                  AND \(unitFilter("t.unit_id"))
                """
        case .docsOnTimePct:
            // What had settled by the as-of day: each month's whole count, less the
            // days that settle after it (few for a recent as-of day, and found
            // through the settle-day index rather than by reading every day; the
            // unary `+` keeps SQLite from reading the units' days by primary key
            // instead, 10x slower for a province).
            return """
                SELECT m.unit_id AS unit_id, total(m.on_time_count) AS num, total(m.due_count) AS den
                FROM document_due_months AS m
                WHERE m.month BETWEEN :from_month AND :to_month AND \(unitFilter("m.unit_id"))
                  AND \(noTally("m"))
                GROUP BY m.unit_id
                UNION ALL
                SELECT d.unit_id, -d.on_time_count, -d.due_count
                FROM document_due AS d
                WHERE d.settle_day > :as_of AND d.month BETWEEN :from_month AND :to_month
                  AND \(unitFilter("+d.unit_id"))
                  AND \(noTally("d"))
                UNION ALL
                SELECT t.unit_id, t.on_time, t.with_due
                FROM tallies AS t
                WHERE t.month BETWEEN :from_month AND :to_month AND \(unitFilter("t.unit_id"))
                """
        case .servicesOnlinePct:
            return """
                SELECT s.unit_id AS unit_id, \(SQLFragments.onlineService("s.level")) AS num, 1 AS den
                FROM services AS s
                WHERE \(unitFilter("s.unit_id"))
                """
        case .actionsOnTimePct:
            // Counted by due day in the window. On the as-of day an action counts
            // once it is closed (by then) or overdue; closed on or before its due
            // day is on time. A year's actions are read straight through: the
            // status index, which SQLite would pick for the ORs, costs a lookup
            // per action.
            let closed = SQLFragments.closedAction("a.status")
            let pending = SQLFragments.pendingAction("a.status")
            return """
                SELECT a.unit_id AS unit_id, coalesce(\(closed) AND a.closed_on <= a.due_on, 0) AS num, 1 AS den
                FROM actions AS a NOT INDEXED
                WHERE a.due_on BETWEEN :first_day AND :last_day AND \(unitFilter("a.unit_id"))
                  AND ((a.due_on < :as_of AND (\(pending) OR \(closed)))
                       OR (\(closed) AND a.closed_on <= :as_of))
                """
        case .proceduresReviewedPct:
            return """
                SELECT p.unit_id AS unit_id,
                       coalesce(coalesce(p.reviewed_on, p.issued_on) BETWEEN :review_from AND :last_day, 0) AS num,
                       1 AS den
                FROM procedures AS p
                WHERE p.status = '\(ProcedureStatus.active.rawValue)' AND \(unitFilter("p.unit_id"))
                """
        }
    }

    /// One row `(num, den)`: the indicator over `scope` (for the whole
    /// organisation, records with no unit included).
    static func total(_ indicator: Indicator, scope: UnitScope, _ shape: Shape) -> String {
        "SELECT total(num), total(den) FROM (\(counts(indicator, shape) { scope.condition(on: $0) }))"
    }

    /// Rows `(unit_id, num, den)`, several per unit: the indicator over every
    /// unit's own records in one pass. The caller adds them up per unit and over
    /// subtrees in memory: a province has a few hundred units, and a dictionary
    /// sums a few thousand rows for less than SQLite's sort for a `GROUP BY`, or a
    /// join of each unit's subtree.
    static func countsByUnit(_ indicator: Indicator, _ shape: Shape) -> String {
        counts(indicator, shape) { _ in "1" }
    }
}
