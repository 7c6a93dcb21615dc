import QMSDomain
import Testing
@testable import QMSStore

/// `isodash status` and the dashboard open the store read-only: every read model must work there.
@Suite struct ReadModelsReadOnlyTests {
    typealias F = ReadModelsFixture

    @Test func everyReadModelWorksOnAReadOnlyStore() throws {
        try withStorePath { path throws in
            do {
                let writable = try Store.open(path: path, mode: .readWrite)
                defer { writable.close() }
                let fixture = try F(writable)
                try fixture.put(F.objective("TIME", unit: "DEPT-A", indicator: .docsOnTimePct),
                                F.objective("M", unit: nil))
                try fixture.put(F.document("D1", "DIV-A1", .in, "2026-03-01", due: "2026-03-05", done: "2026-03-04"))
                try fixture.put(F.measurement("M", "2026-Q1", 92))
                try fixture.put(F.audit("AU", unit: "DEPT-A", starts: "2026-03-01", status: .planned))
                try fixture.put(F.finding("F1", audit: "AU", grade: .minor))
                try fixture.put(F.action("A1", "DIV-A1", due: "2026-04-01", owner: "Lê Văn Tám", finding: "F1"))
            }
            let store = try Store.open(path: path, mode: .readOnly)
            defer { store.close() }
            let asOf = day("2026-05-15")
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            #expect(snapshot.objective("TIME")?.value == 100)
            #expect(snapshot.objective("M")?.status == .met)
            #expect(snapshot.counts.overdueActions == 1 && snapshot.openAudits.first?.overdueActions == 1)
            #expect(try store.objectiveTrend(objectiveID: "TIME", asOf: asOf).points.count == 5)
            #expect(try store.actionsPage(scope: UnitScope(rootID: "DEPT-A"), asOf: asOf,
                                          filter: ActionFilter(owner: "le van")).totalCount == 1)
            #expect(try store.auditsPage(scope: .organisation, asOf: asOf).openCount == 1)
            #expect(try store.findings(auditID: "AU", asOf: asOf).first?.actions.first?.daysOverdue == 44)
            #expect(try store.unitScorecard(scope: .organisation, asOf: asOf).rows.first?.docsOnTimePct == 100)
            #expect(try store.units(matching: "to mot").map(\.id) == ["DIV-A1"])
        }
    }
}
