import QMSDomain
import Testing
@testable import QMSStore

@Suite struct UnitScopeTests {
    /// Counts documents per scope with the condition embedded in a query, as
    /// read models do.
    func documentCount(_ store: Store, _ scope: UnitScope) throws -> Int {
        let statement = try store.connection.prepare(
            "SELECT count(*) FROM documents WHERE \(scope.condition(on: "unit_id"))")
        defer { statement.reset() }
        try scope.bind(to: statement)
        try statement.step()
        return statement.int(at: 0) ?? -1
    }

    @Test func aScopeHoldsAUnitAndAllItsDescendants() throws {
        try withStore { store throws in
            try Tree.insert(into: store)
            #expect(try store.unitIDs(in: UnitScope(rootID: "ORG")) == ["ORG", "DEPT-A", "DEPT-B", "DIV-A1", "DIV-A2"])
            #expect(try store.unitIDs(in: UnitScope(rootID: "DEPT-A")) == ["DEPT-A", "DIV-A1", "DIV-A2"])
            #expect(try store.unitIDs(in: UnitScope(rootID: "DIV-A2")) == ["DIV-A2"])
            #expect(try store.unitIDs(in: UnitScope(rootID: "NOWHERE")) == [])
            #expect(try store.unitIDs(in: .organisation).count == 5)
        }
    }

    @Test func aScopeFiltersRowsInsideAQuery() throws {
        try withStore { store throws in
            try Tree.insert(into: store)
            let writer = try store.writer(for: DocumentRecord.self)
            let perUnit = ["ORG": 1, "DEPT-A": 2, "DEPT-B": 4, "DIV-A1": 8, "DIV-A2": 16]
            try store.write {
                for (unit, count) in perUnit {
                    for i in 0..<count {
                        try writer.upsert(DocumentRecord(id: "\(unit)-\(i)", unitID: unit, direction: .in,
                                                         date: day("2026-05-01"), electronic: true))
                    }
                }
            }
            #expect(try documentCount(store, .organisation) == 31)
            #expect(try documentCount(store, UnitScope(rootID: "ORG")) == 31)
            #expect(try documentCount(store, UnitScope(rootID: "DEPT-A")) == 26)
            #expect(try documentCount(store, UnitScope(rootID: "DEPT-B")) == 4)
            #expect(try documentCount(store, UnitScope(rootID: "DIV-A1")) == 8)

            // Re-parenting moves a whole branch at once.
            try store.upsert(UnitRecord(id: "DEPT-A", name: "Văn phòng Sở", parentID: "DEPT-B"))
            #expect(try documentCount(store, UnitScope(rootID: "DEPT-B")) == 30)
        }
    }

    @Test func organisationWideRecordsAreOnlyInTheWholeOrganisation() throws {
        try withStore { store throws in
            try Tree.insert(into: store)
            try store.upsert(ObjectiveRecord(id: "O-ORG", title: "x", year: 2026, target: 1))
            try store.upsert(ObjectiveRecord(id: "O-A1", title: "x", year: 2026, unitID: "DIV-A1", target: 1))
            func count(_ scope: UnitScope) throws -> Int? {
                let statement = try store.connection.prepare(
                    "SELECT count(*) FROM objectives WHERE \(scope.condition(on: "unit_id"))")
                try scope.bind(to: statement)
                try statement.step()
                return statement.int(at: 0)
            }
            #expect(try count(.organisation) == 2)
            #expect(try count(UnitScope(rootID: "ORG")) == 1)
            #expect(try count(UnitScope(rootID: "DEPT-A")) == 1)
            #expect(try count(UnitScope(rootID: "DEPT-B")) == 0)
        }
    }
}
