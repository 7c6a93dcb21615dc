import QMSDomain

extension Store {
    /// A page of the actions of `scope` that pass `filter`, with totals for the
    /// whole filtered list (count, ageing of the overdue ones, the units with
    /// most overdue). Throws `unknownUnit` when the scope names no unit.
    ///
    /// Each call counts the whole list and skips `offset` rows; a screen paging
    /// through a long list reads `actionList`, `actionTotals` once and
    /// `actionRows` per page instead.
    public func actionsPage(scope: UnitScope, asOf: Day, filter: ActionFilter = .open, offset: Int = 0,
                            limit: Int = 50, topUnits: Int = 5) throws(StoreError) -> ActionPage {
        try readTransaction { () throws(StoreError) in
            let list = try actionList(scope: scope, asOf: asOf, filter: filter)
            let totals = try actionTotals(of: list, topUnits: topUnits)
            let rows = try actionRows(of: list, from: .start(skipping: max(0, offset)), limit: limit)
            return ActionPage(rows: rows, offset: max(0, offset), totals: totals)
        }
    }

    /// The actions of `scope` that pass `filter`, resolved for reading its totals and
    /// pages. Throws `unknownUnit` when the scope names no unit.
    public func actionList(scope: UnitScope, asOf: Day, filter: ActionFilter = .open) throws(StoreError) -> ActionList {
        try readTransaction { () throws(StoreError) in
            let summary = try scopeSummary(scope)
            var isNarrow = filter.unitID != nil
            if !isNarrow && scope.rootID != nil {
                isNarrow = summary.unitCount * 32 <= (try count("SELECT count(*) FROM units"))
            }
            let owner = TextMatching.FoldedQuery(filter.owner ?? "")
            let unresolved = ActionList(scope: scope, asOf: asOf, filter: filter, ownerNames: nil, isNarrow: isNarrow)
            guard !owner.isEmpty else { return unresolved }
            // SQLite cannot fold Vietnamese, so the few distinct owner names
            // of the filtered list are folded here and handed back as a list.
            var parameters = NamedParameters()
            let condition = unresolved.condition(&parameters)
            var owners: [String] = []
            try forEachRow("""
                SELECT DISTINCT ac.owner FROM actions AS ac
                WHERE ac.owner IS NOT NULL AND \(condition)
                """, parameters, scope: scope, table: "actions") { (row) throws(StoreError) in
                let name = try row.string(0)
                if owner.matches(name) { owners.append(name) }
            }
            return ActionList(scope: scope, asOf: asOf, filter: filter, ownerNames: owners, isNarrow: isNarrow)
        }
    }

    /// Count, ageing and the units with most overdue actions of the whole list
    /// (`topUnits` of them). Reads every action of the list: read it once per list
    /// and store change, not once per page.
    ///
    /// One pass over the index on `(unit_id, status, due_on)`, which holds every
    /// column it needs, counting per unit; the list's figures are the units' sums.
    ///
    /// The due-soon count (actions due within `dueWithin` days) and the days to
    /// close cover the list's scope, not its filter: the same figures as the status
    /// snapshot (whole organisation) or the units scorecard's row of the scope's root.
    public func actionTotals(of list: ActionList, topUnits: Int = 5,
                             dueWithin: Int = DueSoonRule.defaultDays) throws(StoreError) -> ActionTotals {
        var parameters = NamedParameters()
        // `+ac.status`: not the status index, whose rows would each cost a table read.
        let condition = list.condition(&parameters, statusColumn: "+ac.status")
        let asOf = list.asOf
        parameters.set(":late30", asOf.adding(days: -30))
        parameters.set(":late60", asOf.adding(days: -60))
        parameters.set(":late90", asOf.adding(days: -90))
        // Days late are whole days between dates, so each bucket is a range of due days.
        let pending = SQLFragments.pendingAction("ac.status")
        var totalCount = 0
        var ageing = OverdueAgeing()
        var units: [UnitOverdueCount] = []
        try forEachRow("""
            SELECT g.unit_id, u.name, g.actions, g.late1, g.late31, g.late61, g.late91
            FROM (SELECT ac.unit_id AS unit_id, count(*) AS actions,
                         total(\(pending) AND ac.due_on >= :late30 AND ac.due_on < :as_of) AS late1,
                         total(\(pending) AND ac.due_on >= :late60 AND ac.due_on < :late30) AS late31,
                         total(\(pending) AND ac.due_on >= :late90 AND ac.due_on < :late60) AS late61,
                         total(\(pending) AND ac.due_on < :late90) AS late91
                  FROM actions AS ac WHERE \(condition) GROUP BY ac.unit_id) AS g
            LEFT JOIN units AS u ON u.id = g.unit_id
            """, parameters, scope: list.scope, table: "actions") { (row) throws(StoreError) in
            let unit = OverdueAgeing(days1to30: try row.int(3), days31to60: try row.int(4), days61to90: try row.int(5),
                                     over90: try row.int(6))
            totalCount += try row.int(2)
            ageing.days1to30 += unit.days1to30
            ageing.days31to60 += unit.days31to60
            ageing.days61to90 += unit.days61to90
            ageing.over90 += unit.over90
            if unit.total > 0 {
                units.append(UnitOverdueCount(unitID: try row.string(0), unitName: row.optionalString(1),
                                              count: unit.total))
            }
        }
        // Most overdue first, then by id in SQLite's byte order.
        units.sort { a, b in
            a.count != b.count ? a.count > b.count : a.unitID.utf8.lexicographicallyPrecedes(b.unitID.utf8)
        }
        let dueSoon: Int
        let closing: ClosingTimes
        if let root = list.scope.rootID {
            dueSoon = try dueSoonCounts(unitIDs: [root], asOf: asOf, within: dueWithin)[root] ?? 0
            closing = try closingTimes(unitIDs: [root], asOf: asOf)[root] ?? .none
        } else {
            dueSoon = try dueSoonActions(scope: list.scope, asOf: asOf, rule: DueSoonRule(days: dueWithin)).count
            closing = try closingTimes(scope: list.scope, asOf: asOf)
        }
        return ActionTotals(totalCount: totalCount, ageing: ageing, overdueByUnit: Array(units.prefix(max(0, topUnits))),
                            dueSoon: dueSoon, closing: closing)
    }

    /// Up to `limit` rows of the list from `seek`, in the list's order (overdue first,
    /// most days late first, then by due day and id). A keyset seek reads only the
    /// rows it returns, wherever they are in the list; so does the first or the
    /// last page.
    ///
    /// Each status of the list is read in its own order from the index on
    /// `(status, due_on, id)` and SQLite merges them, so the open and the in-progress
    /// actions of a long list are never sorted whole. A narrow list (one unit, a
    /// small subtree) is read from the index on `(unit_id, status, due_on)` instead,
    /// its few rows sorted.
    public func actionRows(of list: ActionList, from seek: ActionListSeek, limit: Int) throws(StoreError) -> [ActionSummary] {
        guard limit > 0 else { return [] }
        var parameters = NamedParameters()
        var key = ""
        var skip = 0
        var backwards = false
        func keyed(_ position: ActionListKey, _ comparison: String) {
            key = " AND (ac.due_on, ac.id) \(comparison) (:key_due, :key_id)"
            parameters.set(":key_due", position.dueOn)
            parameters.set(":key_id", position.id)
        }
        switch seek {
        case .start(let skipping):
            skip = max(0, skipping)
        case .end(let skipping):
            skip = max(0, skipping)
            backwards = true
        case .after(let position):
            keyed(position, ">")
        case .before(let position):
            keyed(position, "<")
            backwards = true
        }
        // A narrow list is led by its units (`+ac.status`: not by the status index).
        let statusColumn = list.isNarrow ? "+ac.status" : "ac.status"
        let arms = list.statuses.map { status in
            "\(ActionSummaryQuery.select)\nWHERE \(list.condition(&parameters, statuses: [status], statusColumn: statusColumn))\(key)"
        }
        // Read backwards, a page before a key or at the end costs its own rows too;
        // it is turned round here. (A compound query orders by result column.)
        let direction = backwards ? " DESC" : ""
        var rows: [ActionSummary] = []
        rows.reserveCapacity(min(limit, 1000))
        try forEachRow("""
            \(arms.joined(separator: "\nUNION ALL\n"))
            ORDER BY \(ActionList.dueColumn)\(direction), \(ActionList.idColumn)\(direction)
            LIMIT :limit OFFSET :offset
            """, parameters.with(":limit", limit).with(":offset", skip),
            scope: list.scope, table: "actions") { (row) throws(StoreError) in
            rows.append(try ActionSummaryQuery.read(row, asOf: list.asOf))
        }
        if backwards { rows.reverse() }
        return rows
    }
}

extension ActionList {
    /// Open or in progress, and due before the as-of day.
    static func overdue(_ statusColumn: String) -> String {
        "(\(SQLFragments.pendingAction(statusColumn)) AND ac.due_on < :as_of)"
    }

    /// The positions (from 1) of `due_on` and `id` in `ActionSummaryQuery.select`.
    static let dueColumn = position(of: "due_on")
    static let idColumn = position(of: "id")

    private static func position(of column: String) -> Int {
        (ActionRecord.layout.selectedColumns.firstIndex(of: column) ?? 0) + 1
    }

    /// The statuses of the list's actions: the filter's, or those still pending.
    /// (Within one list every action is pending or none is, so "overdue first" is
    /// "due before the as-of day first", and the list's order is the due-day order.)
    var statuses: [ActionStatus] {
        filter.status.map { [$0] } ?? ActionStatus.allCases.filter(\.isPending)
    }

    /// The SQL condition on `actions AS ac` for the list's actions in `statuses`
    /// (default: all of the list's); sets the parameters it uses. The scope's
    /// parameter is bound by the query.
    /// `statusColumn` is `+ac.status` for a query that must not be led by the status index.
    func condition(_ parameters: inout NamedParameters, statuses: [ActionStatus]? = nil,
                   statusColumn: String = "ac.status") -> String {
        parameters.set(":as_of", asOf)
        var conditions = [scope.condition(on: "ac.unit_id"), SQLFragments.any(statusColumn, statuses ?? self.statuses)]
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
        if filter.overdueOnly { conditions.append(Self.overdue(statusColumn)) }
        if let dueBy = filter.dueBy {
            parameters.set(":due_by", dueBy)
            conditions.append("ac.due_on <= :due_by")
        }
        if let ownerNames {
            parameters.set(":owners", Store.jsonArray(ownerNames))
            conditions.append("ac.owner IN (SELECT value FROM json_each(:owners))")
        }
        return conditions.joined(separator: " AND ")
    }
}
