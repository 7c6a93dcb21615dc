import QMSDomain

/// Actions read as `ActionSummary`: the action, its unit's name and how late it
/// is on the as-of day.
enum ActionSummaryQuery {
    /// Actions (alias `ac`) with their unit's name; the caller adds WHERE, ORDER BY, LIMIT.
    static let select = """
        SELECT \(SQLFragments.columns(of: ActionRecord.self, as: "ac")), u.name
        FROM actions AS ac LEFT JOIN units AS u ON u.id = ac.unit_id
        """

    static func read(_ row: RowReader, asOf: Day?) throws(StoreError) -> ActionSummary {
        let action = try ActionRecord(row: row)
        let unitName = row.optionalString(SQLFragments.columnCount(of: ActionRecord.self))
        return ActionSummary(action: action, unitName: unitName,
                             daysOverdue: asOf.flatMap { action.daysOverdue(on: $0) })
    }
}
