import Foundation
import QMSDomain
import Testing
@testable import QMSStore

/// `Store.statusSnapshot`: what `isodash status` prints and the overview shows.
@Suite struct ReadModelsStatusTests {
    typealias F = ReadModelsFixture
    let asOf = day("2026-05-15")

    @Test func measuredObjectivesTakeTheLatestPeriodThatHasStarted() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("M", unit: "DEPT-A", target: 90),
                            F.objective("M-NONE", unit: "DEPT-A", target: 90),
                            F.objective("M-FUTURE", unit: "DEPT-A", target: 90))
            try fixture.put(
                F.measurement("M", "2026-Q1", 70),
                F.measurement("M", "2026-04", 80),
                F.measurement("M", "2026-Q2", 88, numerator: 88, denominator: 100),  // same start, longer: latest
                F.measurement("M", "2026-07", 99),                                  // starts after the as-of day
                F.measurement("M-FUTURE", "2026-06", 95))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            let m = try #require(snapshot.objective("M"))
            #expect(m.period == period("2026-Q2"))
            #expect(m.value == 88 && m.numerator == 88 && m.denominator == 100)
            #expect(m.status == .atRisk)
            #expect(snapshot.objective("M-NONE")?.status == .noData)
            #expect(snapshot.objective("M-FUTURE")?.value == nil)
            // On the first of April the quarter Q2 and the month 04 have both started.
            let april = try store.statusSnapshot(scope: .organisation, asOf: day("2026-04-01"))
            #expect(april.objective("M")?.period == period("2026-Q2"))
            let march = try store.statusSnapshot(scope: .organisation, asOf: day("2026-03-31"))
            #expect(march.objective("M")?.value == 70)
        }
    }

    @Test func statusFollowsTheBoundariesOfSection6() throws {
        try withStore { store throws in
            let fixture = try F(store)
            // Higher is better, target 90, margin 5 (the default for %).
            // Lower is better, target 10 days, margin 1 (the default: 10% of the target).
            let cases: [(id: String, direction: Direction, measure: String, target: Double, value: Double, ObjectiveStatus)] = [
                ("H-MET", .higher, "%", 90, 90, .met),
                ("H-ABOVE", .higher, "%", 90, 97, .met),
                ("H-RISK", .higher, "%", 90, 85, .atRisk),
                ("H-OFF", .higher, "%", 90, 84.9, .offTrack),
                ("L-MET", .lower, "ngày", 10, 10, .met),
                ("L-RISK", .lower, "ngày", 10, 11, .atRisk),
                ("L-OFF", .lower, "ngày", 10, 11.5, .offTrack),
            ]
            try fixture.put(cases.map {
                F.objective($0.id, unit: "DEPT-A", target: $0.target, measure: $0.measure, direction: $0.direction)
            })
            try fixture.put(cases.map { F.measurement($0.id, "2026-Q1", $0.value) })
            try fixture.put(F.objective("EMPTY", unit: "DEPT-A"))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            for c in cases {
                #expect(snapshot.objective(c.id)?.status == c.5, "\(c.id)")
            }
            // Worst first, then by id.
            #expect(snapshot.objectives.map(\.objective.id)
                == ["H-OFF", "L-OFF", "H-RISK", "L-RISK", "EMPTY", "H-ABOVE", "H-MET", "L-MET"])
            #expect(snapshot.counts.met == 3 && snapshot.counts.atRisk == 2 && snapshot.counts.offTrack == 2
                && snapshot.counts.noData == 1)
            #expect(snapshot.counts.needsAttention)
        }
    }

    @Test func onlyObjectivesOfTheAsOfYearAreShown() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("O-2025", unit: "DEPT-A", year: 2025),
                            F.objective("O-2026", unit: "DEPT-A", year: 2026))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            #expect(snapshot.objectives.map(\.objective.id) == ["O-2026"])
        }
    }

    /// A unit scope holds the unit and its descendants, nothing else: not its
    /// parent, not its siblings, not the records with no unit.
    @Test func aUnitScopeIncludesDescendantsAndNothingElse() throws {
        try withStore { store throws in
            let fixture = try F(store)
            let units: [String?] = ["ORG", "DEPT-A", "DEPT-B", "DIV-A1", "DIV-A2", nil]
            try fixture.put(units.map { F.objective("O-\($0 ?? "none")", unit: $0) })
            try fixture.put(units.map { F.audit("AU-\($0 ?? "none")", unit: $0, starts: "2026-03-01", status: .planned) })
            try fixture.put(units.compactMap { $0 }.flatMap { [
                F.action("OVERDUE-\($0)", $0, due: "2026-04-01", status: .inProgress),
                F.action("OPEN-\($0)", $0, due: "2026-06-01"),
                F.action("DONE-\($0)", $0, due: "2026-04-01", status: .done, closed: "2026-04-01"),
            ] })

            let a = try store.statusSnapshot(scope: UnitScope(rootID: "DEPT-A"), asOf: asOf)
            #expect(a.scope == ScopeSummary(unitID: "DEPT-A", name: "Văn phòng Sở", unitCount: 3))
            #expect(Set(a.objectives.map(\.objective.id)) == ["O-DEPT-A", "O-DIV-A1", "O-DIV-A2"])
            #expect(Set(a.openAudits.map(\.audit.id)) == ["AU-DEPT-A", "AU-DIV-A1", "AU-DIV-A2"])
            #expect(Set(a.overdueActions.map(\.action.id)) == ["OVERDUE-DEPT-A", "OVERDUE-DIV-A1", "OVERDUE-DIV-A2"])
            #expect(a.counts.openActions == 6 && a.counts.overdueActions == 3 && a.counts.openAudits == 3)

            let leaf = try store.statusSnapshot(scope: UnitScope(rootID: "DIV-A2"), asOf: asOf)
            #expect(leaf.objectives.map(\.objective.id) == ["O-DIV-A2"])
            #expect(leaf.scope.unitCount == 1)

            let org = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            #expect(org.objectives.count == 6)   // the one with no unit included
            #expect(org.openAudits.count == 6)
            #expect(org.counts.openActions == 10 && org.counts.overdueActions == 5)
            #expect(org.scope == ScopeSummary(unitID: nil, name: "Sở Thông tin và Truyền thông", unitCount: 5))
        }
    }

    @Test func anUnknownUnitIsAnErrorThatSaysWhatToDo() throws {
        try withStore { store throws in
            _ = try F(store)
            let error = storeError { _ = try store.statusSnapshot(scope: UnitScope(rootID: "dept-a"), asOf: asOf) }
            guard case .unknownUnit(let id) = error else {
                Issue.record("expected unknownUnit, got \(String(describing: error))")
                return
            }
            #expect(id == "dept-a")
            #expect(error?.description.contains("'dept-a'") == true)
            #expect(error?.description.contains("isodash status") == true)
        }
    }

    @Test func overdueActionsComeWorstFirstWithTheirDaysAndUnitNames() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(
                F.action("B", "DIV-A1", due: "2026-05-01"),
                F.action("A", "DEPT-B", due: "2026-05-01", status: .inProgress),
                F.action("OLDEST", "DEPT-A", due: "2026-01-15"),
                F.action("YESTERDAY", "DEPT-A", due: "2026-05-14"),
                F.action("TODAY", "DEPT-A", due: "2026-05-15"),
                F.action("DONE-LATE", "DEPT-A", due: "2026-01-01", status: .done, closed: "2026-05-01"),
                F.action("CANCELLED", "DEPT-A", due: "2026-01-01", status: .cancelled))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            #expect(snapshot.overdueActions.map(\.action.id) == ["OLDEST", "A", "B", "YESTERDAY"])
            #expect(snapshot.overdueActions.map(\.daysOverdue) == [120, 14, 14, 1])
            #expect(snapshot.overdueActions.map(\.unitName) == ["Văn phòng Sở", "Phòng Bưu chính", "Tổ một cửa",
                                                                "Văn phòng Sở"])
            #expect(snapshot.counts.openActions == 5)
            #expect(snapshot.counts.overdueActions == 4)
        }
    }

    @Test func openAuditsComeEarliestFirstWithFindingsByGrade() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(
                F.audit("LATE", unit: "DEPT-A", starts: "2026-04-01", status: .reporting),
                F.audit("EARLY", unit: "DIV-A1", starts: "2026-02-01", status: .inProgress, kind: .surveillance),
                F.audit("PLANNED", unit: nil, starts: "2026-09-01", status: .planned),
                F.audit("CLOSED", unit: "DEPT-A", starts: "2026-01-01", status: .closed),
                F.audit("CANCELLED", unit: "DEPT-A", starts: "2026-01-01", status: .cancelled))
            try fixture.put(
                F.finding("F1", audit: "LATE", grade: .major),
                F.finding("F2", audit: "LATE", grade: .minor),
                F.finding("F3", audit: "LATE", grade: .minor),
                F.finding("F4", audit: "LATE", grade: .improvement, unit: "DEPT-B"),
                F.finding("F5", audit: "EARLY", grade: .observation))
            try fixture.put(
                F.action("ACT-1", "DEPT-A", due: "2026-05-01", finding: "F1"),
                F.action("ACT-2", "DEPT-A", due: "2026-06-01", finding: "F2"),
                F.action("ACT-3", "DEPT-A", due: "2026-04-01", status: .done, closed: "2026-04-01", finding: "F2"))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            #expect(snapshot.openAudits.map(\.audit.id) == ["EARLY", "LATE", "PLANNED"])
            let late = snapshot.openAudits[1]
            #expect(late.findings == FindingCounts(major: 1, minor: 2, observation: 0, improvement: 1))
            #expect(late.unitName == "Văn phòng Sở")
            #expect(late.openActions == 2 && late.overdueActions == 1)
            #expect(snapshot.openAudits[0].findings.total == 1)
            #expect(snapshot.openAudits[2].unitName == nil)
            #expect(snapshot.counts.openAudits == 3)
            // A unit scope leaves out the audit of the whole organisation.
            let a = try store.statusSnapshot(scope: UnitScope(rootID: "DEPT-A"), asOf: asOf)
            #expect(a.openAudits.map(\.audit.id) == ["EARLY", "LATE"])
        }
    }

    @Test func freshnessSaysWhenTheLastSyncRanAndWhatIsStillRejected() throws {
        try withStore { store throws in
            _ = try F(store)
            let t0 = Date(timeIntervalSince1970: 1_780_000_000)
            func entry(run: Int64, _ name: String, _ state: SyncFileEntry.State, minute: Int) -> SyncFileEntry {
                SyncFileEntry(runID: run, name: name, path: "/x/\(name)", sha256: "\(name)-\(run)", state: state,
                              startedAt: t0.addingTimeInterval(Double(minute * 60)),
                              finishedAt: t0.addingTimeInterval(Double(minute * 60 + 5)))
            }
            let before = try store.statusSnapshot(scope: .organisation, asOf: asOf).freshness
            #expect(before == DataFreshness(lastSync: nil, rejectedFiles: [], lastChange: nil))

            try store.syncLog.record(entry(run: 1, "units.csv", .applied, minute: 0))
            try store.syncLog.record(entry(run: 2, "actions.csv", .rejected, minute: 10))
            try store.syncLog.record(entry(run: 3, "actions.csv", .rejected, minute: 20))
            try store.syncLog.record(entry(run: 3, "audits.csv", .rejected, minute: 21))
            try store.syncLog.record(entry(run: 3, "units.csv", .skipped, minute: 22))
            let freshness = try store.statusSnapshot(scope: .organisation, asOf: asOf).freshness
            #expect(freshness.lastSync == t0.addingTimeInterval(22 * 60 + 5))
            #expect(freshness.lastChange == t0.addingTimeInterval(5))
            #expect(freshness.rejectedFiles == ["audits.csv", "actions.csv"])

            try store.syncLog.record(entry(run: 4, "units.csv", .skipped, minute: 30))
            #expect(try store.statusSnapshot(scope: .organisation, asOf: asOf).freshness.rejectedFiles == [])
        }
    }
}
