/// The columns of a record table, from which the store derives its SQL.
///
/// Key columns identify the row; value columns are what an upsert compares and
/// replaces; derived columns follow from the key (a measurement's period start
/// and end) and are written but never read back.
public struct TableLayout: Sendable {
    /// The table's name (the contract kind's name).
    public let table: String
    /// The columns of the key, bound first (`?1`…).
    public let keyColumns: [String]
    /// The record's other fields, compared by an upsert and read back.
    public let valueColumns: [String]
    /// Columns computed from the key, written but not read back.
    public let derivedColumns: [String]
    /// Columns that are foreign keys, named when a reference is missing.
    public let referenceColumns: [String]

    public init(table: String, keyColumns: [String], valueColumns: [String], derivedColumns: [String] = [],
                referenceColumns: [String] = []) {
        self.table = table
        self.keyColumns = keyColumns
        self.valueColumns = valueColumns
        self.derivedColumns = derivedColumns
        self.referenceColumns = referenceColumns
    }

    /// Every column, in parameter order: `?1` is the first key column.
    public var columns: [String] { keyColumns + valueColumns + derivedColumns }
    /// The columns `init(row:)` reads, in order.
    public var selectedColumns: [String] { keyColumns + valueColumns }

    private var keyCondition: String {
        keyColumns.enumerated().map { "\($0.element) = ?\($0.offset + 1)" }.joined(separator: " AND ")
    }

    private func parameters(from first: Int, count: Int) -> [String] {
        (first..<(first + count)).map { "?\($0)" }
    }

    /// Looks the key up and says whether the stored row differs from the bound
    /// values: no row (insert), 0 (unchanged: nothing to write), 1 (update).
    /// `IS NOT` treats NULLs as values. One primary-key lookup decides, and an
    /// unchanged row costs nothing more: no write, no trigger, no WAL page.
    var compareSQL: String {
        let compared = valueColumns + derivedColumns
        let parameters = parameters(from: keyColumns.count + 1, count: compared.count).joined(separator: ", ")
        return "SELECT (\(compared.joined(separator: ", "))) IS NOT (\(parameters)) FROM \(table) WHERE \(keyCondition)"
    }

    /// Replaces the values of the row with the bound key.
    var updateSQL: String {
        let assigned = valueColumns + derivedColumns
        let assignments = zip(assigned, parameters(from: keyColumns.count + 1, count: assigned.count))
            .map { "\($0) = \($1)" }.joined(separator: ", ")
        return "UPDATE \(table) SET \(assignments) WHERE \(keyCondition)"
    }

    /// Inserts a new row. CHECK and FOREIGN KEY constraints still apply.
    var insertSQL: String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) "
            + "VALUES (\(parameters(from: 1, count: columns.count).joined(separator: ", ")))"
    }

    var deleteSQL: String {
        "DELETE FROM \(table) WHERE \(keyCondition)"
    }

    var selectSQL: String {
        "SELECT \(selectedColumns.joined(separator: ", ")) FROM \(table) WHERE \(keyCondition)"
    }
}
