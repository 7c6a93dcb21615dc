import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// Issue 10, hostile tallies: what `HostileInputTests` and `KindValidationTests` do
/// not already cover — a month 13, an unknown unit, and the same faults in a JSON
/// bundle such as `isodash rollup` writes, named by record index. Each file is
/// rejected whole and the store is left as it was.
@Suite struct TallyHostileTests {
    @Test func csvMonthThirteenAndUnknownUnitNameTheirLines() throws {
        let (box, before) = try HostileInputTests.baseSandbox()
        let path = try box.write("tallies-bad.csv", "unit_id,month,direction,total,electronic,confidential\n"
            + "VP,2026-11,in,10,5,0\n"        // 2: fine
            + "VP,2026-13,in,10,5,0\n"        // 3: no month 13
            + "NOPE,2026-10,out,4,1,0\n")     // 4: no such unit
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.state == .rejected)
        #expect(file.messages.count == 2, "\(file.messages)")
        #expect(file.messages.first?.hasPrefix("\(path):3: column 'month': '2026-13'") == true, "\(file.messages)")
        #expect(file.messages.last?.hasPrefix("\(path):4: column 'unit_id': 'NOPE' names no unit") == true,
                "\(file.messages)")
        #expect(try box.snapshot() == before)
    }

    @Test func bundleTalliesAreCheckedRecordByRecord() throws {
        let (box, before) = try HostileInputTests.baseSandbox()
        let path = try box.write("rollup-XA1-2026-11-20.json", """
            {
              "units": [
                {"id": "XA1", "name": "UBND xã Tân Lập", "parent_id": "ORG"}
              ],
              "tallies": [
                {"unit_id": "XA1", "month": "2026-10", "direction": "in", "total": 10, "electronic": 5, "confidential": 1},
                {"unit_id": "XA1", "month": "2026-11", "direction": "in", "total": -1, "electronic": 0, "confidential": 0},
                {"unit_id": "XA1", "month": "2026-09", "direction": "in", "total": 10.5, "electronic": 0, "confidential": 0},
                {"unit_id": "XA1", "month": "2026-08", "direction": "in", "total": 10, "electronic": 9, "confidential": 2},
                {"unit_id": "XA1", "month": "2026-07", "direction": "out", "total": 10, "electronic": 1, "confidential": 0, "with_due": 3, "on_time": 4},
                {"unit_id": "NOPE", "month": "2026-06", "direction": "out", "total": 1, "electronic": 1, "confidential": 0},
                {"unit_id": "XA1", "month": "2026-13", "direction": "out", "total": 1, "electronic": 1, "confidential": 0}
              ]
            }
            """)
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.state == .rejected)
        let expected = [
            "tallies record 2: column 'total': '-1' is negative",
            "tallies record 3: column 'total': '10.5' is not a whole number",
            "tallies record 4: column 'electronic': electronic 9 + confidential 2 is more than total 10",
            "tallies record 5: column 'on_time': 4 is more than with_due 3",
            "tallies record 6: column 'unit_id': 'NOPE' names no unit",
            "tallies record 7: column 'month': '2026-13'",
        ]
        #expect(file.messages.count == expected.count, "\(file.messages)")
        for (message, start) in zip(file.messages, expected) {
            #expect(message.hasPrefix("\(path):\(start)"), "\(message)")
        }
        #expect(try box.snapshot() == before)
    }
}
