/// A unit together with all its descendants — the scope of every indicator and
/// of "my unit first" — as a condition that read models embed in their SQL.
///
/// The subtree is found by a recursive CTE over the `units_by_parent` index
/// inside the query itself, so the scope is always current and no list of ids
/// is built in Swift. The condition uses one named parameter, `:scope_unit`,
/// bound with `bind(to:)`.
public struct UnitScope: Hashable, Sendable {
    /// The unit at the top of the subtree; nil means the whole organisation.
    public let rootID: String?

    /// The named parameter the condition uses.
    public static let parameterName = ":scope_unit"

    /// The whole organisation, including records with no unit.
    public static let organisation = UnitScope(rootID: nil)

    /// A unit and its descendants (nil: the whole organisation).
    public init(rootID: String?) {
        self.rootID = rootID
    }

    /// An SQL condition that holds for rows whose `column` names a unit of the
    /// scope. For the whole organisation it is `1` (every row, even those with a
    /// NULL unit); for a unit, rows with a NULL unit are outside it.
    public func condition(on column: String) -> String {
        guard rootID != nil else { return "1" }
        return "\(column) IN (\(Self.subtreeQuery))"
    }

    /// Binds the scope's parameter if the statement uses it (a statement made
    /// for the whole organisation has none).
    public func bind(to statement: Statement) throws(SQLiteError) {
        guard let rootID, let index = statement.parameterIndex(Self.parameterName) else { return }
        try statement.bind(rootID, at: index)
    }

    /// The ids of the subtree rooted at `:scope_unit`, the root included.
    /// `UNION` (not `UNION ALL`) stops at a unit already seen, so even a cycle
    /// in the parents could not make it run forever.
    static let subtreeQuery = """
        WITH RECURSIVE scope_subtree (id) AS (
            SELECT id FROM units WHERE id = \(parameterName)
            UNION
            SELECT units.id FROM units JOIN scope_subtree ON units.parent_id = scope_subtree.id
        ) SELECT id FROM scope_subtree
        """
}
