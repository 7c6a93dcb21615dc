import QMSDomain

extension Store {
    /// Which of `ids` name a record of `kind` in the store: how a rollup tells a
    /// record deleted below (to delete above too) from one that merely left the
    /// report's window. One query whatever the number of ids.
    public func existingIDs(of kind: RecordKind, among ids: [String]) throws(StoreError) -> Set<String> {
        guard !ids.isEmpty, kind != .measurements, kind != .tallies else { return [] }
        var found: Set<String> = []
        try readTransaction { () throws(StoreError) in
            try forEachRow("""
                SELECT r.id FROM json_each(:ids) AS j JOIN \(kind.rawValue) AS r ON r.id = j.value
                """, NamedParameters().with(":ids", Store.jsonArray(ids)), table: kind.rawValue) { (row) throws(StoreError) in
                found.insert(try row.string(0))
            }
        }
        return found
    }
}
