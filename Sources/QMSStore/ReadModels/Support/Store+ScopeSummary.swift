import QMSDomain

extension Store {
    /// Who `scope` speaks for; throws `unknownUnit` when its unit is not in the store.
    func scopeSummary(_ scope: UnitScope) throws(StoreError) -> ScopeSummary {
        guard let rootID = scope.rootID else {
            var unitCount = 0
            var rootNames: [String] = []
            try forEachRow("""
                SELECT (SELECT count(*) FROM units),
                       (SELECT name FROM units WHERE parent_id IS NULL ORDER BY id LIMIT 1),
                       (SELECT count(*) FROM units WHERE parent_id IS NULL)
                """, table: "units") { (row) throws(StoreError) in
                unitCount = try row.int(0)
                if try row.int(2) == 1, let name = row.optionalString(1) { rootNames = [name] }
            }
            return ScopeSummary(unitID: nil, name: rootNames.first, unitCount: unitCount)
        }
        var name: String?
        try forEachRow("SELECT name FROM units WHERE id = :unit", NamedParameters().with(":unit", rootID),
                       table: "units") { (row) throws(StoreError) in
            name = try row.string(0)
        }
        guard let name else { throw .unknownUnit(rootID) }
        let unitCount = try count("SELECT count(*) FROM units WHERE \(scope.condition(on: "id"))", scope: scope)
        return ScopeSummary(unitID: rootID, name: name, unitCount: unitCount)
    }
}
