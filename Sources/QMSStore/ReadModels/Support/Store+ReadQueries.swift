import Foundation
import QMSDomain

/// The plumbing every read model shares: one read transaction, statements with
/// named parameters and a unit scope, rows handed over one at a time.
extension Store {
    /// `read` for bodies that only throw `StoreError`: several queries see one
    /// snapshot of the store even while a sync commits in another process.
    func readTransaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        do {
            return try read { () throws -> T in try body() }
        } catch let error as StoreError {
            throw error
        } catch {
            // `read` reports SQLite failures as StoreError and `body` throws
            // nothing else; kept typed all the same.
            throw .sqlite(SQLiteError(code: 1, message: "\(error)", context: "a read transaction"))
        }
    }

    /// Prepares `sql` and binds the parameters and the scope it uses.
    func prepareQuery(_ sql: String, _ parameters: NamedParameters = NamedParameters(),
                      scope: UnitScope? = nil) throws(StoreError) -> Statement {
        try sqlite { () throws(SQLiteError) in
            let statement = try connection.prepare(sql)
            try parameters.bind(to: statement)
            try scope?.bind(to: statement)
            return statement
        }
    }

    /// Runs a prepared query, handing each row to `body`; resets it afterwards.
    func forEachRow(of statement: Statement, table: String,
                    _ body: (RowReader) throws(StoreError) -> Void) throws(StoreError) {
        defer { statement.reset() }
        let row = RowReader(statement: statement, table: table)
        while try sqlite({ () throws(SQLiteError) in try statement.step() }) == .row {
            try body(row)
        }
    }

    /// Runs `sql` and hands each row to `body`.
    func forEachRow(_ sql: String, _ parameters: NamedParameters = NamedParameters(), scope: UnitScope? = nil,
                    table: String, _ body: (RowReader) throws(StoreError) -> Void) throws(StoreError) {
        let statement = try prepareQuery(sql, parameters, scope: scope)
        try forEachRow(of: statement, table: table, body)
    }

    /// The first column of the first row as an integer (0 when there is no row or it is NULL).
    func count(_ sql: String, _ parameters: NamedParameters = NamedParameters(),
               scope: UnitScope? = nil) throws(StoreError) -> Int {
        var result = 0
        try forEachRow(sql, parameters, scope: scope, table: "count") { (row) throws(StoreError) in
            result = row.optionalInt(0) ?? 0
        }
        return result
    }

    /// `ids` as a JSON array, for `json_each(:name)` in SQL: how a query gets a
    /// list of unit ids without building SQL text from data.
    static func jsonArray(_ ids: [String]) -> String {
        guard let data = try? JSONEncoder().encode(ids) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
