import QMSDomain

/// The SQL behind `Store.rollup`: which records a unit reports upward, and the
/// document register as monthly tallies, counted from the summaries kept at sync.
///
/// Every statement starts from `rollup_fold (id, into_id, level)`: each unit of
/// the subtree of `:root`, the kept unit it is reported as (itself down to
/// `:depth` levels below the root, else its ancestor at that level), and its level.
/// A record with no unit is read only when `:whole` is 1 (the root is the store's
/// only root unit) and is reported as the root.
///
/// Parameters: `:root`, `:depth`, `:whole`, `:as_of`, `:to_month` (the as-of
/// month), `:year_start` (1 January of the as-of year).
enum RollupSQL {
    static let fold = """
        rollup_fold (id, into_id, level) AS (
            SELECT id, id, 0 FROM units WHERE id = :root
            UNION
            SELECT u.id, CASE WHEN f.level < :depth THEN u.id ELSE f.into_id END, f.level + 1
            FROM units AS u JOIN rollup_fold AS f ON u.parent_id = f.id
            WHERE f.level < 10000
        )
        """

    /// Whether a row of `alias` (left-joined to the fold as `f`) is in scope.
    static func inScope(_ alias: String) -> String {
        "(f.id IS NOT NULL OR (\(alias).unit_id IS NULL AND :whole))"
    }

    /// The reported unit of a row left-joined to the fold as `f`.
    static let reportedUnit = "coalesce(f.into_id, :root)"

    /// 1 when `:root` is the store's only root unit.
    static let isWholeOrganisation = """
        SELECT coalesce((SELECT parent_id IS NULL FROM units WHERE id = :root), 0)
           AND (SELECT count(*) FROM units WHERE parent_id IS NULL) = 1
        """

    /// The kept units, parents first.
    static let units = """
        WITH RECURSIVE \(fold)
        SELECT \(SQLFragments.columns(of: UnitRecord.self, as: "u"))
        FROM rollup_fold AS f JOIN units AS u ON u.id = f.id
        WHERE f.level <= :depth
        ORDER BY f.level, u.id
        """

    /// Rows `(unit, month, direction, total, electronic, confidential, with_due, on_time)`.
    ///
    /// Exactly as the indicators count (`IndicatorSQL`): per unit and month, the
    /// unit's tallies when it has any, else its document summaries with the
    /// on-time counts of documents settled by `:as_of`; then summed into the kept units.
    static let tallies = """
        WITH RECURSIVE \(fold),
        tallied (unit_id, month) AS MATERIALIZED (
            SELECT DISTINCT t.unit_id, t.month FROM tallies AS t JOIN rollup_fold AS f ON f.id = t.unit_id
            WHERE t.month <= :to_month
        ),
        counted (unit_id, month, direction, total, electronic, confidential, with_due, on_time) AS (
            SELECT f.into_id, d.month, d.direction, d.total, d.electronic_public, d.confidential,
                   coalesce((\(settled("due_count"))), 0), coalesce((\(settled("on_time_count"))), 0)
            FROM rollup_fold AS f JOIN document_months AS d ON d.unit_id = f.id
            WHERE d.month <= :to_month
              AND NOT EXISTS (SELECT 1 FROM tallied AS x WHERE x.unit_id = d.unit_id AND x.month = d.month)
            UNION ALL
            SELECT f.into_id, t.month, t.direction, t.total, t.electronic, t.confidential, t.with_due, t.on_time
            FROM rollup_fold AS f JOIN tallies AS t ON t.unit_id = f.id
            WHERE t.month <= :to_month
        )
        SELECT unit_id, month, direction, sum(total), sum(electronic), sum(confidential), sum(with_due), sum(on_time)
        FROM counted
        GROUP BY unit_id, month, direction
        ORDER BY unit_id, month, direction
        """

    /// The sum of `column` of `document_due` for the row `d` of `document_months`,
    /// over the documents settled by `:as_of`: a range of the primary key (a few
    /// dozen settle days), so only the month rows are grouped, never the 117 k
    /// settle-day rows of a province (a quarter of a second when they were).
    static func settled(_ column: String) -> String {
        """
        SELECT sum(e.\(column)) FROM document_due AS e
        WHERE e.unit_id = d.unit_id AND e.month = d.month AND e.direction = d.direction AND e.settle_day <= :as_of
        """
    }

    /// Objectives in scope, then the reported unit and whether the objective
    /// must be frozen (a built-in indicator on a folded unit).
    static let objectives = """
        WITH RECURSIVE \(fold)
        SELECT \(SQLFragments.columns(of: ObjectiveRecord.self, as: "o")), \(reportedUnit),
               o.indicator IS NOT NULL AND o.unit_id IS NOT NULL AND f.into_id IS NOT o.unit_id
        FROM objectives AS o LEFT JOIN rollup_fold AS f ON f.id = o.unit_id
        WHERE \(inScope("o"))
        ORDER BY o.id
        """

    /// Measurements of the objectives in scope.
    static let measurements = """
        WITH RECURSIVE \(fold)
        SELECT \(SQLFragments.columns(of: MeasurementRecord.self, as: "m"))
        FROM objectives AS o LEFT JOIN rollup_fold AS f ON f.id = o.unit_id
        JOIN measurements AS m ON m.objective_id = o.id
        WHERE \(inScope("o"))
        ORDER BY m.objective_id, m.starts_on, m.ends_on
        """

    /// The actions, audits and findings reported, as CTEs `rollup_actions (id,
    /// finding_id)`, `rollup_audits (id)` and `rollup_findings (id)`.
    static let reported = """
        WITH RECURSIVE \(fold),
        rollup_actions (id, finding_id) AS MATERIALIZED (
            SELECT a.id, a.finding_id FROM rollup_fold AS f JOIN actions AS a ON a.unit_id = f.id
            WHERE \(SQLFragments.pendingAction("a.status")) OR a.closed_on >= :year_start OR a.due_on >= :year_start
        ),
        rollup_audits (id) AS MATERIALIZED (
            SELECT a.id FROM audits AS a LEFT JOIN rollup_fold AS f ON f.id = a.unit_id
            WHERE \(inScope("a"))
              AND (\(SQLFragments.openAudit("a.status")) OR coalesce(a.ends_on, a.starts_on) >= :year_start
                   OR a.id IN (SELECT fi.audit_id FROM findings AS fi JOIN rollup_actions AS ra ON ra.finding_id = fi.id))
        ),
        rollup_findings (id) AS MATERIALIZED (
            SELECT fi.id FROM findings AS fi WHERE fi.audit_id IN (SELECT id FROM rollup_audits)
        )
        """

    static let audits = """
        \(reported)
        SELECT \(SQLFragments.columns(of: AuditRecord.self, as: "a")), \(reportedUnit)
        FROM rollup_audits AS r JOIN audits AS a ON a.id = r.id LEFT JOIN rollup_fold AS f ON f.id = a.unit_id
        ORDER BY a.id
        """

    /// A finding of a unit outside the scope (of a reported audit) is reported as the root.
    static let findings = """
        \(reported)
        SELECT \(SQLFragments.columns(of: FindingRecord.self, as: "fi")), \(reportedUnit)
        FROM rollup_findings AS r JOIN findings AS fi ON fi.id = r.id LEFT JOIN rollup_fold AS f ON f.id = fi.unit_id
        ORDER BY fi.id
        """

    /// Then the reported unit and the finding reference, NULL when its finding is not reported.
    static let actions = """
        \(reported)
        SELECT \(SQLFragments.columns(of: ActionRecord.self, as: "a")), f.into_id,
               CASE WHEN a.finding_id IN (SELECT id FROM rollup_findings) THEN a.finding_id END
        FROM rollup_actions AS r JOIN actions AS a ON a.id = r.id JOIN rollup_fold AS f ON f.id = a.unit_id
        ORDER BY a.id
        """

    static let procedures = """
        WITH RECURSIVE \(fold)
        SELECT \(SQLFragments.columns(of: ProcedureRecord.self, as: "p")), \(reportedUnit)
        FROM procedures AS p LEFT JOIN rollup_fold AS f ON f.id = p.unit_id
        WHERE \(inScope("p"))
        ORDER BY p.id
        """

    static let services = """
        WITH RECURSIVE \(fold)
        SELECT \(SQLFragments.columns(of: ServiceRecord.self, as: "s")), \(reportedUnit)
        FROM services AS s LEFT JOIN rollup_fold AS f ON f.id = s.unit_id
        WHERE \(inScope("s"))
        ORDER BY s.id
        """
}
