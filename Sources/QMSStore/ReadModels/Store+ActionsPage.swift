import QMSDomain

extension Store {
    /// A page of the actions of `scope` that pass `filter`, with totals for the
    /// whole filtered list (count, ageing of the overdue ones, the units with
    /// most overdue). Throws `unknownUnit` when the scope names no unit.
    public func actionsPage(scope: UnitScope, asOf: Day, filter: ActionFilter = .open, offset: Int = 0,
                            limit: Int = 50, topUnits: Int = 5) throws(StoreError) -> ActionPage {
        try readTransaction { () throws(StoreError) in
            _ = try scopeSummary(scope)
            var parameters = NamedParameters()
            parameters.set(":as_of", asOf)
            var conditions = [scope.condition(on: "ac.unit_id")]
            if let status = filter.status {
                conditions.append("ac.status = :status")
                parameters.set(":status", status.rawValue)
            } else {
                conditions.append(SQLFragments.pendingAction("ac.status"))
            }
            if let unitID = filter.unitID {
                parameters.set(":filter_unit", unitID)
                conditions.append(filter.includeDescendants ? """
                    ac.unit_id IN (WITH RECURSIVE filter_subtree (id) AS (
                        SELECT id FROM units WHERE id = :filter_unit
                        UNION
                        SELECT units.id FROM units JOIN filter_subtree ON units.parent_id = filter_subtree.id
                    ) SELECT id FROM filter_subtree)
                    """ : "ac.unit_id = :filter_unit")
            }
            let overdue = "(\(SQLFragments.pendingAction("ac.status")) AND ac.due_on < :as_of)"
            if filter.overdueOnly { conditions.append(overdue) }
            let owner = TextMatching.FoldedQuery(filter.owner ?? "")
            if !owner.isEmpty {
                // SQLite cannot fold Vietnamese, so the few distinct owner names
                // of the filtered list are folded here and handed back as a list.
                var owners: [String] = []
                try forEachRow("""
                    SELECT DISTINCT ac.owner FROM actions AS ac
                    WHERE ac.owner IS NOT NULL AND \(conditions.joined(separator: " AND "))
                    """, parameters, scope: scope, table: "actions") { (row) throws(StoreError) in
                    let name = try row.string(0)
                    if owner.matches(name) { owners.append(name) }
                }
                parameters.set(":owners", Store.jsonArray(owners))
                conditions.append("ac.owner IN (SELECT value FROM json_each(:owners))")
            }
            let condition = conditions.joined(separator: " AND ")

            var rows: [ActionSummary] = []
            try forEachRow("""
                \(ActionSummaryQuery.select)
                WHERE \(condition)
                ORDER BY \(overdue) DESC, ac.due_on, ac.id
                LIMIT :limit OFFSET :offset
                """, parameters.with(":limit", max(0, limit)).with(":offset", max(0, offset)),
                scope: scope, table: "actions") { (row) throws(StoreError) in
                rows.append(try ActionSummaryQuery.read(row, asOf: asOf))
            }

            var totalCount = 0
            var ageing = OverdueAgeing()
            let days = "CAST(julianday(:as_of) - julianday(ac.due_on) AS INTEGER)"
            try forEachRow("""
                SELECT count(*),
                       total(\(overdue) AND \(days) BETWEEN 1 AND 30),
                       total(\(overdue) AND \(days) BETWEEN 31 AND 60),
                       total(\(overdue) AND \(days) BETWEEN 61 AND 90),
                       total(\(overdue) AND \(days) > 90)
                FROM actions AS ac WHERE \(condition)
                """, parameters, scope: scope, table: "actions") { (row) throws(StoreError) in
                totalCount = try row.int(0)
                ageing = OverdueAgeing(days1to30: try row.int(1), days31to60: try row.int(2),
                                       days61to90: try row.int(3), over90: try row.int(4))
            }

            var byUnit: [UnitOverdueCount] = []
            try forEachRow("""
                SELECT ac.unit_id, u.name, count(*) FROM actions AS ac LEFT JOIN units AS u ON u.id = ac.unit_id
                WHERE \(condition) AND \(overdue)
                GROUP BY ac.unit_id ORDER BY count(*) DESC, ac.unit_id LIMIT :top
                """, parameters.with(":top", max(0, topUnits)), scope: scope,
                table: "actions") { (row) throws(StoreError) in
                byUnit.append(UnitOverdueCount(unitID: try row.string(0), unitName: row.optionalString(1),
                                               count: try row.int(2)))
            }
            return ActionPage(rows: rows, totalCount: totalCount, offset: max(0, offset), overdueCount: ageing.total,
                              ageing: ageing, overdueByUnit: byUnit)
        }
    }
}
