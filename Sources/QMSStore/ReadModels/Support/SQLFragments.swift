import QMSDomain

/// SQL fragments the read models share, spelled from the domain's own word lists
/// so a rule (which statuses are pending, which levels are online) lives in one place.
enum SQLFragments {
    /// `(column = 'a' OR column = 'b' …)`; `0` for no words. Spelled as an OR
    /// chain, like the schema's CHECKs, so SQLite can use an index on the column.
    static func any<Word: RawRepresentable>(_ column: String, _ words: [Word]) -> String where Word.RawValue == String {
        guard !words.isEmpty else { return "0" }
        return "(" + words.map { "\(column) = '\($0.rawValue)'" }.joined(separator: " OR ") + ")"
    }

    /// Open or in progress: the actions that still have work to do.
    static func pendingAction(_ column: String) -> String {
        any(column, ActionStatus.allCases.filter(\.isPending))
    }

    /// Done or verified.
    static func closedAction(_ column: String) -> String {
        any(column, ActionStatus.allCases.filter(\.isClosed))
    }

    /// Planned, in progress or reporting.
    static func openAudit(_ column: String) -> String {
        any(column, AuditStatus.allCases.filter(\.isOpen))
    }

    /// Levels that count as online for `services_online_pct`.
    static func onlineService(_ column: String) -> String {
        any(column, ServiceLevel.allCases.filter(\.isOnline))
    }

    /// The columns of a record table, qualified by `alias`, in the order
    /// `init(row:)` reads them.
    static func columns<Record: StoredRecord>(of type: Record.Type, as alias: String) -> String {
        Record.layout.selectedColumns.map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// How many columns `init(row:)` reads: the index of the first extra column.
    static func columnCount<Record: StoredRecord>(of type: Record.Type) -> Int {
        Record.layout.selectedColumns.count
    }

    /// The ids of the subtrees rooted at the units of the JSON array `:roots`,
    /// as `closure(root, id)`: one row per root and unit of its subtree (the
    /// root included). `UNION` stops at a pair already seen, so even a cycle in
    /// the parents could not make it run forever.
    static let closureCTE = """
        closure (root, id) AS (
            SELECT value, value FROM json_each(:roots)
            UNION
            SELECT closure.root, units.id FROM closure JOIN units ON units.parent_id = closure.id
        )
        """
}
