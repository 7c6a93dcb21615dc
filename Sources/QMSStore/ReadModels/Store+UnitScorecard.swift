import QMSDomain

extension Store {
    /// A page of the scorecard of the units of `scope`, in tree order; every
    /// figure covers the unit and its descendants. Objectives with no unit belong
    /// to no row. Throws `unknownUnit` when the scope names no unit. Actions due
    /// within `dueWithin` days of `asOf` count as due soon (`DueSoonRule`).
    public func unitScorecard(scope: UnitScope, asOf: Day, offset: Int = 0, limit: Int = 50,
                              dueWithin: Int = DueSoonRule.defaultDays) throws(StoreError) -> UnitScorecardPage {
        try readTransaction { () throws(StoreError) in
            _ = try scopeSummary(scope)
            let tree = try UnitTree(store: self, scope: scope)
            let start = min(max(0, offset), tree.nodes.count)
            let page = tree.nodes[start..<(start + min(max(0, limit), tree.nodes.count - start))]
            guard !page.isEmpty else {
                return UnitScorecardPage(rows: [], totalCount: tree.nodes.count, offset: start)
            }
            let roots = page.map(\.unit.id)
            let window = IndicatorWindow.yearToDate(asOf.year, asOf: asOf)
            let counter = IndicatorCounter(store: self)
            let electronic = try counter.ratiosBySubtree(.docsInElectronicPct, roots: roots, window: window)
            let onTime = try counter.ratiosBySubtree(.docsOnTimePct, roots: roots, window: window)

            let parameters = NamedParameters().with(":roots", Store.jsonArray(roots)).with(":as_of", asOf)
                .with(":year", asOf.year)
            let onPage = Set(roots)
            // Counted per unit in one pass, then rolled up the tree here: each unit's
            // count goes to the unit and its ancestors on the page.
            func countsBySubtree(_ table: String, _ condition: String) throws(StoreError) -> [String: Int] {
                var result: [String: Int] = [:]
                try forEachRow("""
                    SELECT \(table).unit_id, count(*) FROM \(table)
                    WHERE \(scope.condition(on: "\(table).unit_id")) AND \(condition) GROUP BY \(table).unit_id
                    """, parameters, scope: scope, table: table) { (row) throws(StoreError) in
                    guard let unitID = row.optionalString(0) else { return }
                    let count = try row.int(1)
                    for id in tree.lineage(of: unitID) where onPage.contains(id) { result[id, default: 0] += count }
                }
                return result
            }
            let audits = try countsBySubtree("audits", SQLFragments.openAudit("audits.status"))
            // `+status`: read from the index on (unit_id, status, due_on) alone, not row by row.
            let overdue = try countsBySubtree(
                "actions", "\(SQLFragments.pendingAction("+actions.status")) AND actions.due_on < :as_of")

            // Objective statuses are computed here, so they are rolled up the tree
            // here too: each objective counts for its unit and the ancestors on the page.
            let evaluator = ObjectiveEvaluator(store: self, asOf: asOf)
            let objectives = try evaluator.progress(of: evaluator.rows(ObjectiveEvaluator.selectSQL(where: """
                o.year = :year AND o.unit_id IN (WITH RECURSIVE \(SQLFragments.closureCTE) SELECT id FROM closure)
                """), parameters))
            var offTrack: [String: Int] = [:]
            var atRisk: [String: Int] = [:]
            for progress in objectives {
                guard let unitID = progress.objective.unitID,
                      progress.status == .offTrack || progress.status == .atRisk else { continue }
                for id in tree.lineage(of: unitID) where onPage.contains(id) {
                    if progress.status == .offTrack {
                        offTrack[id, default: 0] += 1
                    } else {
                        atRisk[id, default: 0] += 1
                    }
                }
            }

            // One query each for the whole page, the same figures the actions screen shows.
            let dueSoon = try dueSoonCounts(unitIDs: roots, asOf: asOf, within: dueWithin)
            let closing = try closingTimes(unitIDs: roots, asOf: asOf)

            let rows = page.map { node in
                let id = node.unit.id
                return UnitScore(unit: node.unit, depth: node.depth, hasChildren: node.hasChildren,
                                 offTrack: offTrack[id] ?? 0, atRisk: atRisk[id] ?? 0, openAudits: audits[id] ?? 0,
                                 overdueActions: overdue[id] ?? 0, docsInElectronic: electronic[id] ?? .zero,
                                 docsOnTime: onTime[id] ?? .zero, dueSoon: dueSoon[id] ?? 0,
                                 closing: closing[id] ?? .none)
            }
            return UnitScorecardPage(rows: rows, totalCount: tree.nodes.count, offset: start)
        }
    }
}
