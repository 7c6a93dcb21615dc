import QMSStore

/// The whole content of some tables as one string, computed by SQLite in one reused
/// statement: equal strings mean equal content, at a fraction of the cost of reading
/// every row into Swift after each of thousands of syncs.
final class StoreFingerprint {
    private let statement: Statement

    init(_ connection: Connection, tables: [String]) throws {
        var parts: [String] = []
        for table in tables {
            let info = try connection.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
            try info.bind(table, at: 1)
            var columns: [String] = []
            while try info.step() == .row { columns.append("quote(\"\(info.string(at: 0) ?? "")\")") }
            info.reset()
            let row = columns.joined(separator: " || ',' || ")
            parts.append("coalesce((SELECT group_concat(r, char(10)) FROM (SELECT \(row) AS r FROM \(table) ORDER BY r)), '')")
        }
        statement = try connection.prepare("SELECT " + parts.joined(separator: " || char(10, 35, 10) || "))
    }

    func value() throws -> String {
        defer { statement.reset() }
        guard try statement.step() == .row else { return "" }
        return statement.string(at: 0) ?? ""
    }
}
