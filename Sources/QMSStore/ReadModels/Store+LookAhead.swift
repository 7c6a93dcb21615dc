import QMSDomain

/// What falls due soon and how long actions take to close (issue 11): for the
/// status snapshot's scope, and per unit subtree for the actions screen and the
/// units scorecard. The store does the counting; only closed actions' day counts
/// of the year in scope leave SQLite.
extension Store {
    /// Due-soon actions in `scope` on `asOf` (`DueSoonRule`), nearest due day first, then
    /// by id; the first `limit` of them (nil: all).
    func dueSoonActions(scope: UnitScope, asOf: Day, rule: DueSoonRule,
                        limit: Int? = nil) throws(StoreError) -> [ActionSummary] {
        var actions: [ActionSummary] = []
        try forEachRow("""
            \(ActionSummaryQuery.select)
            WHERE \(Self.isDueSoon(scope))
            ORDER BY ac.due_on, ac.id
            LIMIT :limit
            """, Self.dueSoonParameters(asOf: asOf, rule: rule).with(":limit", limit ?? -1),
            scope: scope, table: "actions") { (row) throws(StoreError) in
            actions.append(try ActionSummaryQuery.read(row, asOf: nil))
        }
        return actions
    }

    /// How many actions `dueSoonActions` would list.
    func dueSoonCount(scope: UnitScope, asOf: Day, rule: DueSoonRule) throws(StoreError) -> Int {
        try count("SELECT count(*) FROM actions AS ac WHERE \(Self.isDueSoon(scope))",
                  Self.dueSoonParameters(asOf: asOf, rule: rule), scope: scope)
    }

    /// The condition on `actions AS ac` for the due-soon actions of `scope`.
    private static func isDueSoon(_ scope: UnitScope) -> String {
        "\(SQLFragments.pendingAction("ac.status")) AND ac.due_on BETWEEN :from AND :until "
            + "AND \(scope.condition(on: "ac.unit_id"))"
    }

    private static func dueSoonParameters(asOf: Day, rule: DueSoonRule) -> NamedParameters {
        let window = rule.window(on: asOf)
        return NamedParameters().with(":from", window.lowerBound).with(":until", window.upperBound)
    }

    /// Days to close of the actions in `scope` closed in `asOf`'s year, on or before `asOf`.
    func closingTimes(scope: UnitScope, asOf: Day) throws(StoreError) -> ClosingTimes {
        var days: [Int] = []
        try forEachRow("""
            SELECT CAST(julianday(ac.closed_on) - julianday(ac.opened_on) AS INTEGER) AS days
            FROM actions AS ac
            WHERE \(SQLFragments.closedAction("ac.status")) AND ac.closed_on BETWEEN :year_start AND :as_of
              AND \(scope.condition(on: "ac.unit_id"))
            ORDER BY days
            """, NamedParameters().with(":year_start", asOf.startOfYear).with(":as_of", asOf),
            scope: scope, table: "actions") { (row) throws(StoreError) in
            days.append(row.optionalInt(0) ?? 0)
        }
        return ClosingTimes(sortedDays: days)
    }

    /// How many actions fall due soon on `asOf` in the subtree of each unit of
    /// `unitIDs` (the unit and every unit under it), in one query however many
    /// units are asked for. Every unit asked for is in the result, 0 when nothing
    /// falls due; for the units scorecard's due-soon column and the actions screen.
    public func dueSoonCounts(unitIDs: [String], asOf: Day,
                              within days: Int = DueSoonRule.defaultDays) throws(StoreError) -> [String: Int] {
        let window = DueSoonRule(days: days).window(on: asOf)
        var own: [String: Int] = [:]
        try readTransaction { () throws(StoreError) in
            try forEachRow("""
                SELECT ac.unit_id, count(*) FROM actions AS ac
                WHERE \(SQLFragments.pendingAction("ac.status")) AND ac.due_on BETWEEN :from AND :until
                GROUP BY ac.unit_id
                """, NamedParameters().with(":from", window.lowerBound).with(":until", window.upperBound),
                table: "actions") { (row) throws(StoreError) in
                if let unitID = row.optionalString(0) { own[unitID] = row.optionalInt(1) ?? 0 }
            }
            if own.isEmpty { return }
            own = try rollUp(own, to: unitIDs, combine: +)
        }
        var result: [String: Int] = [:]
        for unitID in unitIDs { result[unitID] = own[unitID] ?? 0 }
        return result
    }

    /// Days to close (median, 90th percentile, count) of the actions closed in
    /// `asOf`'s year, on or before `asOf`, in the subtree of each unit of
    /// `unitIDs`. One query reads the day counts of the year's closed actions
    /// (a few thousand for a province); every unit asked for is in the result,
    /// `ClosingTimes.none` when nothing closed.
    public func closingTimes(unitIDs: [String], asOf: Day) throws(StoreError) -> [String: ClosingTimes] {
        var daysByRoot: [String: [Int]] = [:]
        try readTransaction { () throws(StoreError) in
            var own: [String: [Int]] = [:]
            try forEachRow("""
                SELECT ac.unit_id, CAST(julianday(ac.closed_on) - julianday(ac.opened_on) AS INTEGER)
                FROM actions AS ac
                WHERE \(SQLFragments.closedAction("ac.status")) AND ac.closed_on BETWEEN :year_start AND :as_of
                """, NamedParameters().with(":year_start", asOf.startOfYear).with(":as_of", asOf),
                table: "actions") { (row) throws(StoreError) in
                if let unitID = row.optionalString(0) { own[unitID, default: []].append(row.optionalInt(1) ?? 0) }
            }
            if own.isEmpty { return }
            daysByRoot = try rollUp(own, to: unitIDs, combine: +)
        }
        var result: [String: ClosingTimes] = [:]
        for unitID in unitIDs { result[unitID] = ClosingTimes(days: daysByRoot[unitID] ?? []) }
        return result
    }

    /// Adds each unit's own `values` to every unit of `roots` on its way up the
    /// tree (itself included), in memory: a province has a few hundred units.
    private func rollUp<Value>(_ values: [String: Value], to roots: [String],
                               combine: (Value, Value) -> Value) throws(StoreError) -> [String: Value] {
        let parents = try unitParents()
        let wanted = Set(roots)
        var result: [String: Value] = [:]
        for (unitID, value) in values {
            var next: String? = unitID
            var seen: Set<String> = []
            while let id = next, seen.insert(id).inserted {  // `seen`: a cycle in the parents ends the walk
                if wanted.contains(id) { result[id] = result[id].map { combine($0, value) } ?? value }
                next = parents[id]
            }
        }
        return result
    }
}
