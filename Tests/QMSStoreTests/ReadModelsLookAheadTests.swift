import Foundation
import QMSDomain
import Testing
@testable import QMSStore

/// Issue 11 in the store: due-soon actions, the pace of objectives and days to close,
/// for the status snapshot and per unit subtree.
@Suite struct ReadModelsLookAheadTests {
    typealias F = ReadModelsFixture
    let asOf = day("2026-05-15")

    /// Outgoing documents: DEPT-A 5 of 8 electronic this year (2 of 3 in February to
    /// April), DIV-A1 (under DEPT-A) 1 of 1 in March, DEPT-B 0 of 1 in April.
    func fillDocuments(_ fixture: F) throws {
        try fixture.put(
            F.document("A1", "DEPT-A", .out, "2026-01-05"), F.document("A2", "DEPT-A", .out, "2026-01-06"),
            F.document("A3", "DEPT-A", .out, "2026-01-07", electronic: false),
            F.document("A4", "DEPT-A", .out, "2026-01-08", electronic: false),
            F.document("A5", "DEPT-A", .out, "2026-02-10"), F.document("A6", "DEPT-A", .out, "2026-03-10"),
            F.document("A7", "DEPT-A", .out, "2026-04-10", electronic: false),
            F.document("A8", "DEPT-A", .out, "2026-05-10"),
            F.document("A1-1", "DIV-A1", .out, "2026-03-15"),
            F.document("B1", "DEPT-B", .out, "2026-04-15", electronic: false),
            F.document("A-IN", "DEPT-A", .in, "2026-03-01", electronic: false))   // another indicator
    }

    @Test func objectivesGetTheirPaceFromTheYearToDateAndTheLastThreeMonths() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fillDocuments(fixture)
            try fixture.put(F.objective("OUT-A", unit: "DEPT-A", indicator: .docsOutElectronicPct, target: 90),
                            F.objective("OUT-ORG", unit: nil, indicator: .docsOutElectronicPct, target: 50),
                            F.objective("OUT-B", unit: "DEPT-B", indicator: .docsOutElectronicPct, target: 10,
                                        direction: .lower),
                            F.objective("SERVICES", unit: "DEPT-A", indicator: .servicesOnlinePct),
                            F.objective("MEASURED", unit: "DEPT-A"))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)

            let a = try #require(snapshot.objective("OUT-A"))
            #expect(a.numerator == 6 && a.denominator == 9)
            #expect(a.pace.recent == 75, "February to April: 3 of 4, DIV-A1 included")
            #expect(a.pace == ObjectivePace.evaluate(a.objective, yearToDate: Ratio(6, of: 9), recent: Ratio(3, of: 4),
                                                     asOf: asOf))
            // 135 days gone, 230 left: R = 9 × 230 / 135; (90 × (9 + R) − 600) / R ≈ 103.7%.
            let r = 9.0 * 230 / 135
            #expect(abs(try #require(a.pace.required) - (90 * (9 + r) - 600) / r) < 1e-9)
            #expect(a.pace.reachable == false)

            let org = try #require(snapshot.objective("OUT-ORG"))
            #expect(org.pace.recent == 60, "the whole organisation: 3 of 5")
            #expect(org.pace.reachable == true)
            #expect(org.pace.onPace == true)

            let b = try #require(snapshot.objective("OUT-B"))
            #expect(b.pace.recent == 0)
            #expect(b.pace.reachable == true, "lower is better: 0 of 1 so far leaves room")
            #expect(b.pace.onPace == true)

            #expect(snapshot.objective("SERVICES")?.pace == .unknown)
            #expect(snapshot.objective("MEASURED")?.pace == .unknown)
            #expect(snapshot.counts.unreachable == 1)
            #expect(snapshot.counts.offPace == 0)

            // The detail screen's read model gives the same pace.
            let trend = try store.objectiveTrend(objectiveID: "OUT-A", asOf: asOf)
            #expect(trend.current.pace == a.pace)
            // After the due day nothing is said of reaching it.
            let later = try store.statusSnapshot(scope: .organisation, asOf: day("2026-12-31"))
            #expect(later.objective("OUT-A")?.pace.required == nil)
            #expect(later.objective("OUT-A")?.pace.reachable == false, "on the due day: 6 of 9 misses 90%")
        }
    }

    func fillActions(_ fixture: F) throws {
        try fixture.put(
            F.action("TODAY", "DEPT-A", due: "2026-05-15"),
            F.action("EDGE", "DEPT-A", due: "2026-05-29", status: .inProgress, owner: "An"),
            F.action("LATER", "DEPT-A", due: "2026-05-30"),
            F.action("LATE", "DEPT-A", due: "2026-05-14"),
            F.action("DONE", "DIV-A1", due: "2026-05-20", status: .done, closed: "2026-03-11", opened: "2026-03-01"),
            F.action("B", "DEPT-B", due: "2026-05-16", status: .inProgress),
            F.action("CLOSED-A", "DEPT-A", due: "2026-02-10", status: .verified, closed: "2026-02-01",
                     opened: "2026-01-01"),
            F.action("LAST-YEAR", "DEPT-B", due: "2025-12-31", status: .done, closed: "2025-12-20",
                     opened: "2025-12-01"),
            F.action("AFTER", "DEPT-A", due: "2026-06-30", status: .done, closed: "2026-06-01", opened: "2026-05-01"),
            F.action("CANCELLED", "DEPT-A", due: "2026-05-20", status: .cancelled))
    }

    @Test func dueSoonRunsFromTheAsOfDayToNDaysLaterNearestFirst() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fillActions(fixture)
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            #expect(snapshot.dueWithin == 14)
            #expect(snapshot.dueSoonActions.map(\.action.id) == ["TODAY", "B", "EDGE"],
                    "due on D and D + 14 are in, D + 15 and the overdue one are out")
            #expect(snapshot.counts.dueSoon == 3)
            #expect(snapshot.overdueActions.map(\.action.id) == ["LATE"])
            let wider = try store.statusSnapshot(scope: .organisation, asOf: asOf, dueWithin: 15)
            #expect(wider.dueSoonActions.map(\.action.id) == ["TODAY", "B", "EDGE", "LATER"])
            let today = try store.statusSnapshot(scope: .organisation, asOf: asOf, dueWithin: 0)
            #expect(today.dueSoonActions.map(\.action.id) == ["TODAY"])
            let deptB = try store.statusSnapshot(scope: UnitScope(rootID: "DEPT-B"), asOf: asOf)
            #expect(deptB.dueSoonActions.map(\.action.id) == ["B"])

            let counts = try store.dueSoonCounts(unitIDs: ["ORG", "DEPT-A", "DEPT-B", "DIV-A2"], asOf: asOf)
            #expect(counts == ["ORG": 3, "DEPT-A": 2, "DEPT-B": 1, "DIV-A2": 0])
            #expect(try store.dueSoonCounts(unitIDs: ["DEPT-A"], asOf: asOf, within: 15) == ["DEPT-A": 3])
        }
    }

    @Test func daysToCloseCountTheActionsClosedInTheAsOfYear() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fillActions(fixture)
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            // 10 days (DONE) and 31 (CLOSED-A); last year's and the one closed after D are out.
            #expect(snapshot.closing.closed == 2)
            #expect(snapshot.closing.medianDays == 20.5)
            #expect(abs(try #require(snapshot.closing.p90Days) - 28.9) < 1e-9)

            let deptB = try store.statusSnapshot(scope: UnitScope(rootID: "DEPT-B"), asOf: asOf)
            #expect(deptB.closing == .none, "a year with no closed actions: no figures, never 0")

            let units = try store.closingTimes(unitIDs: ["DEPT-A", "DIV-A1", "DEPT-B"], asOf: asOf)
            #expect(units["DEPT-A"] == ClosingTimes(days: [10, 31]))
            #expect(units["DIV-A1"] == ClosingTimes(days: [10]))
            #expect(units["DEPT-B"] == ClosingTimes.none)
        }
    }

    @Test func reviewFiguresKeepTheLookAheadAndOldFrozenFiguresStillDecode() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fillActions(fixture)
            try fillDocuments(fixture)
            try fixture.put(F.objective("OUT-A", unit: "DEPT-A", indicator: .docsOutElectronicPct, target: 90))
            let figures = try store.reviewFigures(scope: .organisation, asOf: asOf, dueWithin: 15)
            #expect(figures.dueWithin == 15)
            #expect(figures.dueSoon?.map(\.id) == ["TODAY", "B", "EDGE", "LATER"])
            #expect(figures.dueSoon?.first?.daysLeft == 0)
            #expect(figures.dueSoonCount == 4)
            #expect(figures.closing == ClosingTimes(days: [10, 31]))
            #expect(figures.objectives.first?.pace?.reachable == false)

            // Figures frozen before issue 11 have none of these keys.
            let data = try JSONEncoder().encode(figures)
            var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for key in ["dueWithin", "dueSoon", "dueSoonCount", "closing"] { object.removeValue(forKey: key) }
            object["objectives"] = (object["objectives"] as? [[String: Any]])?.map { objective in
                var objective = objective
                objective.removeValue(forKey: "pace")
                return objective
            }
            let old = try JSONDecoder().decode(ReviewFigures.self, from: try JSONSerialization.data(withJSONObject: object))
            #expect(old.dueSoon == nil && old.closing == nil && old.dueWithin == nil)
            #expect(old.objectives.first?.pace == nil)
            #expect(old.objectives.first?.id == "OUT-A")
        }
    }
}
