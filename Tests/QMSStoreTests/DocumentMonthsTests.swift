import QMSDomain
import Testing
@testable import QMSStore

/// `document_months` must always equal a recount of the register, whatever the
/// writes did — the dashboard's document indicators read nothing else.
@Suite struct DocumentMonthsTests {
    struct MonthRow: Hashable, CustomStringConvertible {
        var unit: String, month: String, direction: String
        var total: Int, electronicPublic: Int, publicCount: Int, confidential: Int
        var description: String {
            "\(unit) \(month) \(direction): \(total) total, \(electronicPublic) e-public, \(publicCount) public, \(confidential) conf."
        }
    }

    func rows(_ store: Store, _ sql: String) throws -> Set<MonthRow> {
        let statement = try store.connection.prepare(sql)
        defer { statement.reset() }
        var result: Set<MonthRow> = []
        while try statement.step() == .row {
            result.insert(MonthRow(unit: statement.string(at: 0)!, month: statement.string(at: 1)!,
                                   direction: statement.string(at: 2)!, total: statement.int(at: 3)!,
                                   electronicPublic: statement.int(at: 4)!, publicCount: statement.int(at: 5)!,
                                   confidential: statement.int(at: 6)!))
        }
        return result
    }

    func summary(_ store: Store) throws -> Set<MonthRow> {
        try rows(store, """
            SELECT unit_id, month, direction, total, electronic_public, public, confidential FROM document_months
            """)
    }

    /// The same figures counted from the register itself.
    func recount(_ store: Store) throws -> Set<MonthRow> {
        try rows(store, """
            SELECT unit_id, substr(date, 1, 7), direction, count(*), sum(electronic AND NOT confidential),
                   sum(NOT confidential), sum(confidential)
            FROM documents GROUP BY 1, 2, 3
            """)
    }

    func document(_ id: String, _ unit: String, _ direction: DocumentDirection, _ date: String,
                  electronic: Bool, confidential: Bool = false) -> DocumentRecord {
        DocumentRecord(id: id, unitID: unit, direction: direction, date: day(date), electronic: electronic,
                       confidential: confidential)
    }

    @Test func summaryFollowsInsertsUpdatesAndDeletes() throws {
        try withStore { store throws in
            try Tree.insert(into: store)
            let writer = try store.writer(for: DocumentRecord.self)
            try store.write {
                try writer.upsert(document("D1", "DEPT-A", .in, "2026-05-04", electronic: true))
                try writer.upsert(document("D2", "DEPT-A", .in, "2026-05-20", electronic: false))
                try writer.upsert(document("D3", "DEPT-A", .in, "2026-05-31", electronic: true, confidential: true))
                try writer.upsert(document("D4", "DEPT-B", .out, "2026-06-01", electronic: true))
            }
            #expect(try summary(store) == [
                MonthRow(unit: "DEPT-A", month: "2026-05", direction: "in", total: 3, electronicPublic: 1,
                         publicCount: 2, confidential: 1),
                MonthRow(unit: "DEPT-B", month: "2026-06", direction: "out", total: 1, electronicPublic: 1,
                         publicCount: 1, confidential: 0),
            ])

            // Direction changes: D2 leaves "in" for "out".
            try writer.upsert(document("D2", "DEPT-A", .out, "2026-05-20", electronic: false))
            // Unit changes: D1 moves to DIV-A1.
            try writer.upsert(document("D1", "DIV-A1", .in, "2026-05-04", electronic: true))
            // Month changes: D4 moves to July; flags change: D3 is no longer confidential.
            try writer.upsert(document("D4", "DEPT-B", .out, "2026-07-01", electronic: true))
            try writer.upsert(document("D3", "DEPT-A", .in, "2026-05-31", electronic: true))
            // A change the summary does not count (due date) leaves it alone.
            var d3 = document("D3", "DEPT-A", .in, "2026-05-31", electronic: true)
            d3.dueOn = day("2026-06-10")
            #expect(try writer.upsert(d3) == .updated)
            // A move within the same month changes nothing either.
            try writer.upsert(document("D2", "DEPT-A", .out, "2026-05-02", electronic: false))

            #expect(try summary(store) == [
                MonthRow(unit: "DEPT-A", month: "2026-05", direction: "in", total: 1, electronicPublic: 1,
                         publicCount: 1, confidential: 0),
                MonthRow(unit: "DEPT-A", month: "2026-05", direction: "out", total: 1, electronicPublic: 0,
                         publicCount: 1, confidential: 0),
                MonthRow(unit: "DIV-A1", month: "2026-05", direction: "in", total: 1, electronicPublic: 1,
                         publicCount: 1, confidential: 0),
                MonthRow(unit: "DEPT-B", month: "2026-07", direction: "out", total: 1, electronicPublic: 1,
                         publicCount: 1, confidential: 0),
            ])
            #expect(try summary(store) == recount(store))

            // Deletes empty the summary row by row; no zero rows are left behind.
            for id in ["D1", "D2", "D3"] { try writer.delete(id) }
            #expect(try summary(store) == recount(store))
            try writer.delete("D4")
            #expect(try summary(store).isEmpty)
        }
    }

    @Test func aRolledBackWriteLeavesTheSummaryAsItWas() throws {
        try withStore { store throws in
            try Tree.insert(into: store)
            try store.upsert(document("D1", "DEPT-A", .in, "2026-05-04", electronic: true))
            let before = try summary(store)
            struct Abort: Error {}
            let writer = try store.writer(for: DocumentRecord.self)
            _ = try? store.write {
                try writer.upsert(document("D1", "DEPT-B", .out, "2026-06-04", electronic: false))
                try writer.upsert(document("D2", "DEPT-A", .in, "2026-05-05", electronic: true))
                throw Abort()
            }
            #expect(try summary(store) == before)
        }
    }

    @Test func manyMixedWritesStayEqualToARecount() throws {
        try withStore { store throws in
            try Tree.insert(into: store)
            let units = Tree.units.map(\.id)
            let directions = DocumentDirection.allCases
            let writer = try store.writer(for: DocumentRecord.self)
            // A fixed, deterministic sequence of inserts, changes and deletes.
            var state: UInt64 = 0x2545F4914F6CDD1D
            func next(_ bound: Int) -> Int {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                return Int(state % UInt64(bound))
            }
            try store.write {
                for _ in 0..<2_000 {
                    let id = "D\(next(300))"
                    if next(5) == 0 {
                        try writer.delete(id)
                    } else {
                        let date = Day(year: 2026, month: 1 + next(3), day: 1 + next(28))!
                        try writer.upsert(DocumentRecord(id: id, unitID: units[next(units.count)],
                                                         direction: directions[next(directions.count)], date: date,
                                                         electronic: next(2) == 0, confidential: next(6) == 0))
                    }
                }
            }
            #expect(try summary(store) == recount(store))
            #expect(try store.integer("SELECT count(*) FROM document_months WHERE total <= 0") == 0)
        }
    }
}
