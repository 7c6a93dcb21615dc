import QMSDomain

extension Store {
    /// Everything `isodash status` and the overview show about `scope` on `asOf`,
    /// read in one transaction so the figures agree with each other.
    ///
    /// Objectives are those of `asOf`'s year whose unit is in scope (for the whole
    /// organisation, also those with no unit); each is valued over its own unit's
    /// subtree, whatever the scope. Throws `unknownUnit` when the scope names a
    /// unit the store does not hold.
    ///
    /// `dueWithin` is N of the due-soon rule (`DueSoonRule`: open or in-progress
    /// actions due from `asOf` to `asOf` + N days). Objectives get their pace
    /// (`ObjectivePace`), and the scope its days to close (`ClosingTimes`) over
    /// the actions closed in `asOf`'s year.
    ///
    /// `listedActions` caps the overdue and the due-soon lists (worst and nearest
    /// first; nil: all of them, as `status --json` prints them); `counts` counts
    /// them all either way. The dashboard lists none and pages through them
    /// instead (`actionList` with `ActionFilter.dueBy`), the review's agenda shows
    /// twenty: a province with a hundred thousand late actions still opens at once.
    public func statusSnapshot(scope: UnitScope, asOf: Day, dueWithin: Int = DueSoonRule.defaultDays,
                               listedActions: Int? = nil) throws(StoreError) -> StatusSnapshot {
        try readTransaction { () throws(StoreError) in
            let summary = try scopeSummary(scope)
            let freshness = try dataFreshness()
            let objectives = try objectiveProgress(year: asOf.year, scope: scope, asOf: asOf, withPace: true)
            let parameters = NamedParameters().with(":as_of", asOf)

            var openAudits: [AuditSummary] = []
            try forEachRow(AuditSummaryQuery.sql(
                where: "\(SQLFragments.openAudit("a.status")) AND \(scope.condition(on: "a.unit_id"))",
                orderBy: "a.starts_on, a.id"), parameters, scope: scope, table: "audits") { (row) throws(StoreError) in
                openAudits.append(try AuditSummaryQuery.read(row))
            }

            let listsActions = listedActions != 0
            let isOverdue = """
                \(SQLFragments.pendingAction("ac.status")) AND ac.due_on < :as_of AND \(scope.condition(on: "ac.unit_id"))
                """
            var overdue: [ActionSummary] = []
            if listsActions {
                try forEachRow("""
                    \(ActionSummaryQuery.select)
                    WHERE \(isOverdue)
                    ORDER BY ac.due_on, ac.id
                    LIMIT :limit
                    """, parameters.with(":limit", listedActions ?? -1), scope: scope,
                    table: "actions") { (row) throws(StoreError) in
                    overdue.append(try ActionSummaryQuery.read(row, asOf: asOf))
                }
            }
            // A whole list is its own count; a capped one is counted apart.
            let overdueCount = listedActions == nil ? overdue.count
                : try count("SELECT count(*) FROM actions AS ac WHERE \(isOverdue)", parameters, scope: scope)

            let openActions = try count("""
                SELECT count(*) FROM actions AS ac
                WHERE \(SQLFragments.pendingAction("ac.status")) AND \(scope.condition(on: "ac.unit_id"))
                """, scope: scope)

            let rule = DueSoonRule(days: dueWithin)
            let dueSoon = listsActions ? try dueSoonActions(scope: scope, asOf: asOf, rule: rule, limit: listedActions) : []
            let dueSoonCount = listedActions == nil ? dueSoon.count : try dueSoonCount(scope: scope, asOf: asOf, rule: rule)
            let closing = try closingTimes(scope: scope, asOf: asOf)

            var counts = StatusCounts(openAudits: openAudits.count, openActions: openActions,
                                      overdueActions: overdueCount, dueSoon: dueSoonCount)
            for progress in objectives {
                switch progress.status {
                case .met: counts.met += 1
                case .atRisk: counts.atRisk += 1
                case .offTrack: counts.offTrack += 1
                case .noData: counts.noData += 1
                }
                if progress.pace.isUnreachable { counts.unreachable += 1 }
                if progress.pace.isOffPace { counts.offPace += 1 }
            }
            return StatusSnapshot(asOf: asOf, scope: summary, freshness: freshness, objectives: objectives,
                                  openAudits: openAudits, overdueActions: overdue, counts: counts,
                                  dueWithin: rule.days, dueSoonActions: dueSoon, closing: closing)
        }
    }

    /// The objectives of `year` in `scope` with their values on `asOf`, worst
    /// status first, then by id.
    func objectiveProgress(year: Int, scope: UnitScope, asOf: Day,
                           withPace: Bool = false) throws(StoreError) -> [ObjectiveProgress] {
        let evaluator = ObjectiveEvaluator(store: self, asOf: asOf)
        let rows = try evaluator.rows(
            ObjectiveEvaluator.selectSQL(where: "o.year = :year AND \(scope.condition(on: "o.unit_id"))"),
            NamedParameters().with(":year", year), scope: scope)
        return try evaluator.progress(of: rows, withPace: withPace).sorted {
            ($0.status.urgency, $0.objective.id) < ($1.status.urgency, $1.objective.id)
        }
    }
}
