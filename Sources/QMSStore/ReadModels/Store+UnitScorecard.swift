import QMSDomain

extension Store {
    /// A page of the scorecard of the units of `scope`, in tree order; every
    /// figure covers the unit and its descendants. Objectives with no unit belong
    /// to no row. Throws `unknownUnit` when the scope names no unit.
    public func unitScorecard(scope: UnitScope, asOf: Day, offset: Int = 0,
                              limit: Int = 50) throws(StoreError) -> UnitScorecardPage {
        try readTransaction { () throws(StoreError) in
            _ = try scopeSummary(scope)
            let tree = try UnitTree(store: self, scope: scope)
            let start = min(max(0, offset), tree.nodes.count)
            let page = tree.nodes[start..<min(tree.nodes.count, start + max(0, limit))]
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
            func countsBySubtree(_ table: String, _ condition: String) throws(StoreError) -> [String: Int] {
                var result: [String: Int] = [:]
                try forEachRow("""
                    WITH RECURSIVE \(SQLFragments.closureCTE)
                    SELECT closure.root, count(*) FROM closure JOIN \(table) ON \(table).unit_id = closure.id
                    WHERE \(condition) GROUP BY closure.root
                    """, parameters, table: table) { (row) throws(StoreError) in
                    result[try row.string(0)] = try row.int(1)
                }
                return result
            }
            let audits = try countsBySubtree("audits", SQLFragments.openAudit("audits.status"))
            let overdue = try countsBySubtree(
                "actions", "\(SQLFragments.pendingAction("actions.status")) AND actions.due_on < :as_of")

            // Objective statuses are computed here, so they are rolled up the tree
            // here too: each objective counts for its unit and the ancestors on the page.
            let evaluator = ObjectiveEvaluator(store: self, asOf: asOf)
            let objectives = try evaluator.progress(of: evaluator.rows(ObjectiveEvaluator.selectSQL(where: """
                o.year = :year AND o.unit_id IN (WITH RECURSIVE \(SQLFragments.closureCTE) SELECT id FROM closure)
                """), parameters))
            let onPage = Set(roots)
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

            let rows = page.map { node in
                let id = node.unit.id
                return UnitScore(unit: node.unit, depth: node.depth, hasChildren: node.hasChildren,
                                 offTrack: offTrack[id] ?? 0, atRisk: atRisk[id] ?? 0, openAudits: audits[id] ?? 0,
                                 overdueActions: overdue[id] ?? 0, docsInElectronic: electronic[id] ?? .zero,
                                 docsOnTime: onTime[id] ?? .zero)
            }
            return UnitScorecardPage(rows: rows, totalCount: tree.nodes.count, offset: start)
        }
    }
}
