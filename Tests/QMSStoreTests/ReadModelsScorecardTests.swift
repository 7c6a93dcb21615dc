import QMSDomain
import Testing
@testable import QMSStore

/// `Store.unitScorecard` and `Store.units(matching:)`: the units screen and the unit picker.
@Suite struct ReadModelsScorecardTests {
    typealias F = ReadModelsFixture
    let asOf = day("2026-05-15")

    @Test func unitsComeInTreeOrderWithTheirDepth() throws {
        try withStore { store throws in
            _ = try F(store)
            let page = try store.unitScorecard(scope: .organisation, asOf: asOf)
            #expect(page.rows.map(\.unit.id) == ["ORG", "DEPT-A", "DIV-A1", "DIV-A2", "DEPT-B"])
            #expect(page.rows.map(\.depth) == [0, 1, 2, 2, 1])
            #expect(page.rows.map(\.hasChildren) == [true, true, false, false, false])
            #expect(page.totalCount == 5)
            let a = try store.unitScorecard(scope: UnitScope(rootID: "DEPT-A"), asOf: asOf, offset: 1, limit: 1)
            #expect(a.rows.map(\.unit.id) == ["DIV-A1"])
            #expect(a.rows.map(\.depth) == [1])
            #expect(a.totalCount == 3 && a.offset == 1)
        }
    }

    @Test func everyFigureCoversTheUnitAndItsDescendants() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(
                F.objective("OFF-A1", unit: "DIV-A1"), F.objective("RISK-A2", unit: "DIV-A2"),
                F.objective("OFF-B", unit: "DEPT-B"), F.objective("MET-A", unit: "DEPT-A"),
                F.objective("OFF-NONE", unit: nil), F.objective("OFF-2025", unit: "DIV-A1", year: 2025))
            try fixture.put(
                F.measurement("OFF-A1", "2026-Q1", 50), F.measurement("RISK-A2", "2026-Q1", 87),
                F.measurement("OFF-B", "2026-Q1", 10), F.measurement("MET-A", "2026-Q1", 95),
                F.measurement("OFF-NONE", "2026-Q1", 10), F.measurement("OFF-2025", "2025-Q1", 10))
            try fixture.put(
                F.audit("AU-A1", unit: "DIV-A1", starts: "2026-03-01", status: .inProgress),
                F.audit("AU-B", unit: "DEPT-B", starts: "2026-03-01", status: .planned),
                F.audit("AU-A2-CLOSED", unit: "DIV-A2", starts: "2026-03-01", status: .closed),
                F.audit("AU-NONE", unit: nil, starts: "2026-03-01", status: .planned))
            try fixture.put(
                F.action("LATE-A2", "DIV-A2", due: "2026-04-01"), F.action("LATE-A", "DEPT-A", due: "2026-04-01"),
                F.action("SOON-A1", "DIV-A1", due: "2026-06-01"), F.action("LATE-B", "DEPT-B", due: "2026-05-01"))
            try fixture.put(
                F.document("A1-1", "DIV-A1", .in, "2026-02-01", due: "2026-02-05", done: "2026-02-04"),
                F.document("A1-2", "DIV-A1", .in, "2026-02-02", electronic: false, due: "2026-02-05"),
                F.document("A2-1", "DIV-A2", .in, "2026-02-01"),
                F.document("B-1", "DEPT-B", .out, "2026-02-01"))
            let page = try store.unitScorecard(scope: .organisation, asOf: asOf)
            let rows = Dictionary(uniqueKeysWithValues: page.rows.map { ($0.unit.id, $0) })
            func figures(_ id: String) -> [Int] {
                guard let r = rows[id] else { return [] }
                return [r.offTrack, r.atRisk, r.openAudits, r.overdueActions]
            }
            #expect(figures("ORG") == [2, 1, 2, 3])
            #expect(figures("DEPT-A") == [1, 1, 1, 2])
            #expect(figures("DIV-A1") == [1, 0, 1, 0])
            #expect(figures("DIV-A2") == [0, 1, 0, 1])
            #expect(figures("DEPT-B") == [1, 0, 1, 1])
            #expect(rows["DEPT-A"]?.docsInElectronic == Ratio(2, of: 3))
            #expect(rows["DIV-A1"]?.docsInElectronicPct == 50)
            #expect(rows["DEPT-A"]?.docsOnTime == Ratio(1, of: 2))
            #expect(rows["DIV-A2"]?.docsOnTimePct == nil)
            #expect(rows["DEPT-B"]?.docsInElectronicPct == nil)   // outgoing only: nothing to count

            // A page further down counts the same subtree figures.
            let second = try store.unitScorecard(scope: .organisation, asOf: asOf, offset: 1, limit: 1)
            #expect(second.rows.map { [$0.offTrack, $0.atRisk, $0.openAudits, $0.overdueActions] } == [[1, 1, 1, 2]])
        }
    }

    @Test func theUnitPickerMatchesIgnoringDiacriticsBestFirst() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(UnitRecord(id: "VP-2", name: "Phòng Văn phòng hai", parentID: "DEPT-B"),
                            UnitRecord(id: "vp", name: "Tổ giúp việc", parentID: "DEPT-B"))
            #expect(try store.units(matching: "van phong").map(\.id) == ["DEPT-A", "VP-2"])
            #expect(try store.units(matching: "VĂN PHÒNG").map(\.id) == ["DEPT-A", "VP-2"])
            #expect(try store.units(matching: "vp").map(\.id) == ["vp", "VP-2"])
            #expect(try store.units(matching: "to").map(\.id) == ["DIV-A1", "DIV-A2", "vp"])
            #expect(try store.units(matching: "phong").map(\.id) == ["DEPT-B", "VP-2", "DEPT-A"])
            #expect(try store.units(matching: "o", limit: 2).count == 2)
            #expect(try store.units(matching: "", limit: 3).map(\.id) == ["ORG", "DEPT-A", "DIV-A1"])
            #expect(try store.units(matching: "xyz").isEmpty)
        }
    }
}
