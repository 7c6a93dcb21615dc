extension Store {
    /// The ids of a unit and all its descendants, the unit first, then by id;
    /// empty when the unit is not in the store. For screens that list a subtree
    /// (a few hundred units at most); read models filter with `UnitScope` instead.
    public func unitIDs(in scope: UnitScope) throws(StoreError) -> [String] {
        let sql = scope.rootID == nil
            ? "SELECT id FROM units ORDER BY id"
            : "SELECT id FROM units WHERE \(scope.condition(on: "id")) ORDER BY id = \(UnitScope.parameterName) DESC, id"
        return try sqlite { () throws(SQLiteError) in
            let statement = try connection.prepare(sql)
            defer { statement.reset() }
            try scope.bind(to: statement)
            var ids: [String] = []
            while try statement.step() == .row {
                if let id = statement.string(at: 0) { ids.append(id) }
            }
            return ids
        }
    }

    /// The units with no parent: the tops of the organisation's tree(s), by id.
    public func rootUnitIDs() throws(StoreError) -> [String] {
        try sqlite { () throws(SQLiteError) in
            let statement = try connection.prepare("SELECT id FROM units WHERE parent_id IS NULL ORDER BY id")
            defer { statement.reset() }
            var ids: [String] = []
            while try statement.step() == .row {
                if let id = statement.string(at: 0) { ids.append(id) }
            }
            return ids
        }
    }

    /// Each unit's parent, for the units that have one: the whole tree in a few
    /// hundred rows, for adding up counts over subtrees in memory.
    public func unitParents() throws(StoreError) -> [String: String] {
        try sqlite { () throws(SQLiteError) in
            let statement = try connection.prepare("SELECT id, parent_id FROM units WHERE parent_id IS NOT NULL")
            defer { statement.reset() }
            var parents: [String: String] = [:]
            while try statement.step() == .row {
                if let id = statement.string(at: 0), let parent = statement.string(at: 1) { parents[id] = parent }
            }
            return parents
        }
    }
}
