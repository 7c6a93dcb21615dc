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
    /// Rows `(unit_id, num, den)`; `unitFilter` turns a column into a condition
    /// on it (a `UnitScope` condition, or membership of a closure).
    static func counts(_ indicator: Indicator, unitFilter: (String) -> String) -> String {
        switch indicator {
        case .docsInElectronicPct, .docsOutElectronicPct:
            let direction = indicator.documentDirection?.rawValue ?? DocumentDirection.in.rawValue
            return """
                SELECT d.unit_id AS unit_id, d.electronic_public AS num, d.public AS den
                FROM document_months AS d
                WHERE d.direction = '\(direction)' AND d.month BETWEEN :from_month AND :to_month
                  AND \(unitFilter("d.unit_id"))
                  AND NOT EXISTS (SELECT 1 FROM tallies AS x WHERE x.unit_id = d.unit_id AND x.month = d.month)
                UNION ALL
                SELECT t.unit_id, t.electronic, t.total - t.confidential
                FROM tallies AS t
                WHERE t.direction = '\(direction)' AND t.month BETWEEN :from_month AND :to_month
                  AND \(unitFilter("t.unit_id"))
                """
        case .docsOnTimePct:
            // Summed per unit and month first, so the tally check runs once per
            // month rather than once per settle day.
            return """
                SELECT g.unit_id AS unit_id, g.num AS num, g.den AS den FROM (
                    SELECT d.unit_id AS unit_id, d.month AS month,
                           sum(d.on_time_count) AS num, sum(d.due_count) AS den
                    FROM document_due AS d
                    WHERE d.month BETWEEN :from_month AND :to_month AND d.settle_day <= :as_of
                      AND \(unitFilter("d.unit_id"))
                    GROUP BY d.unit_id, d.month
                ) AS g
                WHERE NOT EXISTS (SELECT 1 FROM tallies AS x WHERE x.unit_id = g.unit_id AND x.month = g.month)
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
            // day is on time.
            let closed = SQLFragments.closedAction("a.status")
            let pending = SQLFragments.pendingAction("a.status")
            return """
                SELECT a.unit_id AS unit_id, coalesce(\(closed) AND a.closed_on <= a.due_on, 0) AS num, 1 AS den
                FROM actions AS a
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
    static func total(_ indicator: Indicator, scope: UnitScope) -> String {
        let filter: (String) -> String
        if scope.rootID == nil && indicator.countsDocuments {
            // Every document row and tally has a unit, so this admits them all;
            // it steers SQLite to the summaries' primary keys, unit by unit,
            // instead of their month index (7x faster on `document_due`).
            filter = { "\($0) IN (SELECT id FROM units)" }
        } else {
            filter = { scope.condition(on: $0) }
        }
        return "SELECT total(num), total(den) FROM (\(counts(indicator, unitFilter: filter)))"
    }

    /// Rows `(root, num, den)`: the indicator over the subtree of each unit in the
    /// JSON array `:roots`, one pass over the counts whatever the number of roots.
    static func totalsBySubtree(_ indicator: Indicator) -> String {
        """
        WITH RECURSIVE \(SQLFragments.closureCTE),
        counts (unit_id, num, den) AS MATERIALIZED (
            SELECT unit_id, total(num), total(den)
            FROM (\(counts(indicator) { "\($0) IN (SELECT id FROM closure)" }))
            GROUP BY unit_id
        )
        SELECT closure.root, total(counts.num), total(counts.den)
        FROM closure JOIN counts ON counts.unit_id = closure.id
        GROUP BY closure.root
        """
    }
}
