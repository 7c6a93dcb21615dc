import QMSDomain
import Testing
@testable import QMSStore

/// `Store.objectiveTrend`: the month-by-month chart of an objective.
@Suite struct ReadModelsTrendTests {
    typealias F = ReadModelsFixture

    @Test func anIndicatorHasOnePointPerMonthUpToTheAsOfMonth() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("IN-A", unit: "DEPT-A", indicator: .docsInElectronicPct, target: 80))
            try fixture.put(
                F.document("J1", "DEPT-A", .in, "2026-01-05"),
                F.document("J2", "DIV-A1", .in, "2026-01-06"),
                F.document("M1", "DIV-A2", .in, "2026-03-01"),
                F.document("M2", "DEPT-A", .in, "2026-03-02", electronic: false),
                F.document("B1", "DEPT-B", .in, "2026-03-02", electronic: false),   // outside the subtree
                F.document("JUN", "DEPT-A", .in, "2026-06-01", electronic: false))  // after the as-of month
            let trend = try store.objectiveTrend(objectiveID: "IN-A", asOf: day("2026-05-15"))
            #expect(trend.points.map(\.period) == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"].map(period))
            #expect(trend.points.map(\.value) == [100, nil, 50, nil, nil])
            #expect(trend.points.map(\.status) == [.met, .noData, .offTrack, .noData, .noData])
            #expect(trend.points[2].numerator == 1 && trend.points[2].denominator == 2)
            // The current value is year to date, as in the status snapshot.
            #expect(trend.current.value == 75)
            #expect(trend.objective.id == "IN-A")

            #expect(try store.objectiveTrend(objectiveID: "IN-A", asOf: day("2027-02-01")).points.count == 12)
            #expect(try store.objectiveTrend(objectiveID: "IN-A", asOf: day("2025-12-31")).points.isEmpty)
        }
    }

    @Test func aMonthsOnTimeFigureIsWhatWasKnownOnTheAsOfDay() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("TIME", unit: nil, indicator: .docsOnTimePct))
            try fixture.put(
                F.document("D1", "DEPT-B", .in, "2026-03-20", due: "2026-04-10"),
                F.document("D2", "DIV-A1", .out, "2026-04-02", due: "2026-04-05", done: "2026-04-04"))
            let early = try store.objectiveTrend(objectiveID: "TIME", asOf: day("2026-04-06"))
            #expect(early.points.map(\.value) == [nil, nil, nil, 100])
            let later = try store.objectiveTrend(objectiveID: "TIME", asOf: day("2026-04-11"))
            #expect(later.points.map(\.value) == [nil, nil, 0, 100])
            #expect(later.current.numerator == 1 && later.current.denominator == 2)
        }
    }

    @Test func measurementsArePointsInPeriodOrderUpToTheAsOfDay() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("DAYS", unit: "DEPT-B", target: 10, measure: "ngày", direction: .lower))
            try fixture.put(
                F.measurement("DAYS", "2026-Q2", 10.5),
                F.measurement("DAYS", "2026-Q1", 12),
                F.measurement("DAYS", "2026-04", 9),
                F.measurement("DAYS", "2026-Q3", 8))
            let trend = try store.objectiveTrend(objectiveID: "DAYS", asOf: day("2026-06-30"))
            #expect(trend.points.map(\.period) == ["2026-Q1", "2026-04", "2026-Q2"].map(period))
            #expect(trend.points.map(\.status) == [.offTrack, .met, .atRisk])
            #expect(trend.current.period == period("2026-Q2"))
            #expect(trend.current.status == .atRisk)
        }
    }

    @Test func servicesOnlineHasNoHistoryButHasAValue() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("SVC", unit: "DEPT-A", indicator: .servicesOnlinePct))
            try fixture.put(ServiceRecord(id: "S1", name: "Cấp phép", unitID: "DIV-A1", level: .full))
            let trend = try store.objectiveTrend(objectiveID: "SVC", asOf: day("2026-05-15"))
            #expect(trend.points.isEmpty)
            #expect(trend.current.value == 100)
        }
    }

    @Test func anUnknownObjectiveIsAnError() throws {
        try withStore { store throws in
            _ = try F(store)
            let error = storeError { _ = try store.objectiveTrend(objectiveID: "NOPE", asOf: day("2026-05-15")) }
            guard case .unknownObjective("NOPE") = error else {
                Issue.record("expected unknownObjective, got \(String(describing: error))")
                return
            }
        }
    }
}
