import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// The on-time summary the `docs_on_time_pct` indicator needs (schema v2): kept
/// exact by triggers through every insert, update and delete a sync makes, so it
/// always equals a recount of the register.
struct DocumentDueSummaryTests {

    /// The summary recounted from the register: what the triggers must always equal.
    static let recount = """
        SELECT unit_id, substr(date, 1, 7), direction,
               CASE WHEN done_on <= due_on THEN done_on ELSE date(due_on, '+1 day') END,
               count(*), sum(coalesce(done_on <= due_on, 0))
        FROM documents WHERE due_on IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        """

    private func rows(_ box: SyncSandbox, _ sql: String) throws -> [String] {
        let statement = try box.store.connection.prepare(sql)
        defer { statement.reset() }
        var rows: [String] = []
        while try statement.step() == .row {
            rows.append((0..<statement.columnCount).map { statement.string(at: $0) ?? "NULL" }.joined(separator: "|"))
        }
        return rows
    }

    @Test func triggersKeepTheSummaryEqualToARecount() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        _ = try box.syncFile("documents-1.csv", "id,unit_id,direction,date,electronic,due_on,done_on\n"
            + "D1,VP,in,2026-01-05,1,2026-01-10,2026-01-09\n"   // on time, settles 01-09
            + "D2,VP,in,2026-01-06,1,2026-01-10,2026-01-12\n"   // late, settles 01-11
            + "D3,VP,in,2026-01-07,1,2026-01-10,\n"             // open, settles 01-11
            + "D4,VP,in,2026-01-08,1,,\n")                       // no due date
        let expectedStart = ["VP|2026-01|in|2026-01-09|1|1", "VP|2026-01|in|2026-01-11|2|0"]
        #expect(try rows(box, "SELECT * FROM document_due ORDER BY 1, 2, 3, 4") == expectedStart)

        // Updates through sync: D3 done on time, D4 gets a due date, D1 moves unit, D2 deleted.
        let edit = try box.syncFile("documents-2.csv", "id,unit_id,direction,date,electronic,due_on,done_on,deleted\n"
            + "D3,VP,in,2026-01-07,1,2026-01-10,2026-01-10,\n"
            + "D4,VP,in,2026-01-08,1,2026-02-01,,\n"
            + "D1,TTr,in,2026-01-05,1,2026-01-10,2026-01-09,\n"
            + "D2,,,,,,,1\n"
            + "D5,TTr,out,2026-02-03,0,2026-02-03,2026-02-03,\n")
        #expect(edit.state == .applied, "\(edit.messages)")
        let summary = try rows(box, "SELECT * FROM document_due ORDER BY 1, 2, 3, 4")
        #expect(summary == (try rows(box, Self.recount)))
        #expect(summary == ["TTr|2026-01|in|2026-01-09|1|1", "TTr|2026-02|out|2026-02-03|1|1",
                            "VP|2026-01|in|2026-01-10|1|1", "VP|2026-01|in|2026-02-02|1|0"])

        // What the indicator asks on a day: documents settled by then, and those on time.
        #expect(try rows(box, "SELECT sum(due_count), sum(on_time_count) FROM document_due "
            + "WHERE month BETWEEN '2026-01' AND '2026-12' AND settle_day <= '2026-01-31'") == ["2|2"])
    }

    @Test func countsOfARejectedFileNeverReachTheSummaries() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        // Two good rows, then a bad date on the last line: the file is rejected whole.
        let bad = try box.syncFile("documents-1.csv", "id,unit_id,direction,date,electronic,due_on,done_on\n"
            + "D1,VP,in,2026-01-05,1,2026-01-10,2026-01-09\n"
            + "D2,VP,out,2026-02-06,0,2026-02-10,\n"
            + "D3,VP,in,31/02/2026,1,,\n")
        #expect(bad.state == .rejected)
        let good = try box.syncFile("documents-2.csv", "id,unit_id,direction,date,electronic,due_on,done_on\n"
            + "D4,VP,in,2026-01-07,1,2026-01-10,2026-01-08\n")
        #expect(good.state == .applied)
        #expect(try rows(box, "SELECT * FROM document_due ORDER BY 1, 2, 3, 4") == (try rows(box, Self.recount)))
        #expect(try rows(box, "SELECT unit_id, month, direction, total FROM document_months ORDER BY 1, 2, 3")
                == ["VP|2026-01|in|1"])
    }
}
