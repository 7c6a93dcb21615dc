import QMSDomain
import Testing
@testable import QMSStore

/// The built-in indicators of EXPORT-FORMAT §5 as `isodash status` shows them:
/// year to date over the objective unit's subtree, no data on a zero denominator.
@Suite struct ReadModelsIndicatorTests {
    typealias F = ReadModelsFixture
    let asOf = day("2026-05-15")

    @Test func electronicDocumentsCountTheUnitsSubtreeYearToDate() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(
                F.objective("IN-A", unit: "DEPT-A", indicator: .docsInElectronicPct),
                F.objective("IN-ORG", unit: nil, indicator: .docsInElectronicPct),
                F.objective("IN-B", unit: "DEPT-B", indicator: .docsInElectronicPct),
                F.objective("OUT-A2", unit: "DIV-A2", indicator: .docsOutElectronicPct))
            try fixture.put(
                F.document("A-1", "DEPT-A", .in, "2026-01-10"),
                F.document("A-2", "DEPT-A", .in, "2026-05-31"),                       // later in the as-of month: counted
                F.document("A1-1", "DIV-A1", .in, "2026-02-03", electronic: false),
                F.document("A1-2", "DIV-A1", .in, "2026-02-04", confidential: true), // confidential: left out
                F.document("A2-1", "DIV-A2", .in, "2026-03-01"),
                F.document("A2-2", "DIV-A2", .out, "2026-03-01", electronic: false),  // outgoing: not in IN-*
                F.document("A-old", "DEPT-A", .in, "2025-12-31", electronic: false),  // last year
                F.document("A-next", "DEPT-A", .in, "2026-06-01", electronic: false), // after the as-of month
                F.document("B-1", "DEPT-B", .in, "2026-04-01", electronic: false))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)

            let a = try #require(snapshot.objective("IN-A"))
            #expect(a.value == 75)
            #expect(a.numerator == 3 && a.denominator == 4)
            #expect(a.status == .offTrack)
            let org = try #require(snapshot.objective("IN-ORG"))
            #expect(org.value == 60)
            #expect(org.numerator == 3 && org.denominator == 5)
            // 0 of 1 is a value (0%), not "no data".
            #expect(snapshot.objective("IN-B")?.value == 0)
            #expect(snapshot.objective("IN-B")?.status == .offTrack)
            #expect(snapshot.objective("OUT-A2")?.value == 0)
        }
    }

    @Test func aZeroDenominatorIsNoDataNeverZeroOrAHundred() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(Indicator.allCases.map { F.objective("EMPTY-\($0.rawValue)", unit: "DEPT-B", indicator: $0) })
            // Only confidential documents, a draft procedure, a cancelled action: nothing to count.
            try fixture.put(F.document("B-1", "DEPT-B", .in, "2026-02-01", confidential: true, due: "2026-02-05",
                                       done: "2026-02-04"))
            try fixture.put(ProcedureRecord(id: "P-1", title: "Draft", unitID: "DEPT-B", reviewedOn: day("2026-01-01"),
                                            status: .draft))
            try fixture.put(F.action("ACT-1", "DEPT-B", due: "2026-03-01", status: .cancelled))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            for indicator in Indicator.allCases where indicator != .docsOnTimePct {
                let progress = try #require(snapshot.objective("EMPTY-\(indicator.rawValue)"))
                #expect(progress.value == nil, "\(indicator)")
                #expect(progress.status == .noData, "\(indicator)")
            }
            // The confidential document still had a deadline, so it counts for timeliness.
            #expect(snapshot.objective("EMPTY-docs_on_time_pct")?.value == 100)
            #expect(snapshot.counts.noData == 5)
        }
    }

    @Test func aTallyStandsForItsUnitsDocumentRowsOfThatMonth() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("IN-A", unit: "DEPT-A", indicator: .docsInElectronicPct),
                            F.objective("TIME-A", unit: "DEPT-A", indicator: .docsOnTimePct))
            try fixture.put(
                F.document("A1-mar-1", "DIV-A1", .in, "2026-03-02", electronic: false, due: "2026-03-05",
                           done: "2026-03-10"),
                F.document("A1-mar-2", "DIV-A1", .out, "2026-03-03", electronic: false),
                F.document("A1-apr", "DIV-A1", .in, "2026-04-02", electronic: true, due: "2026-04-05",
                           done: "2026-04-05"),
                F.document("A-mar", "DEPT-A", .in, "2026-03-02", electronic: false))
            // DIV-A1 reports March as a tally: 10 incoming, 6 electronic, 2 confidential; 4 due, 3 on time.
            try fixture.put(TallyRecord(unitID: "DIV-A1", month: period("2026-03"), direction: .in, total: 10,
                                        electronic: 6, confidential: 2, withDue: 4, onTime: 3))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            // Electronic: tally 6 of 8, April row 1 of 1, DEPT-A's own March row 0 of 1.
            let electronic = try #require(snapshot.objective("IN-A"))
            #expect(electronic.numerator == 7 && electronic.denominator == 10)
            #expect(electronic.value == 70)
            // On time: tally 3 of 4 (its late March row is not counted again), April row 1 of 1.
            let onTime = try #require(snapshot.objective("TIME-A"))
            #expect(onTime.numerator == 4 && onTime.denominator == 5)
        }
    }

    @Test func documentsOnTimeCountOnlyWhatHadSettledByTheAsOfDay() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("TIME", unit: "DEPT-A", indicator: .docsOnTimePct, target: 90))
            try fixture.put(
                F.document("D1", "DIV-A1", .in, "2026-03-01", due: "2026-03-10", done: "2026-03-09"),  // on time
                F.document("D2", "DIV-A2", .out, "2026-03-01", due: "2026-03-10", done: "2026-03-15"), // late
                F.document("D3", "DEPT-A", .internal, "2026-03-02", due: "2026-03-20"),               // never done
                F.document("D4", "DEPT-A", .in, "2026-05-02", due: "2026-05-30"),                     // not due yet
                F.document("D5", "DEPT-A", .in, "2026-05-03", due: "2026-05-20", done: "2026-05-14"),  // early
                F.document("D6", "DEPT-A", .in, "2026-05-04"),                                        // no deadline
                F.document("D7", "DEPT-B", .in, "2026-03-01", due: "2026-03-02"))                     // other unit
            func value(_ asOf: String) throws -> (Double?, Double?, Double?) {
                let progress = try #require(try store.statusSnapshot(scope: .organisation, asOf: day(asOf))
                    .objective("TIME"))
                return (progress.value, progress.numerator, progress.denominator)
            }
            #expect(try value("2026-03-09") == (100, 1, 1))   // only D1 has settled
            #expect(try value("2026-03-10") == (100, 1, 1))   // due today is not late yet
            #expect(try value("2026-03-11") == (50, 1, 2))    // D2 became late
            #expect(try value("2026-03-21") == (1.0 / 3 * 100, 1, 3))
            #expect(try value("2026-05-15") == (50, 2, 4))    // D5 settled early; D4 not yet due
            #expect(try value("2026-06-30") == (40, 2, 5))
        }
    }

    @Test func servicesOnlineIsASnapshotOfTheSubtree() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("SVC-A", unit: "DEPT-A", indicator: .servicesOnlinePct),
                            F.objective("SVC-ORG", unit: nil, indicator: .servicesOnlinePct))
            try fixture.put(
                ServiceRecord(id: "S1", name: "Cấp phép", unitID: "DIV-A1", level: .level4),
                ServiceRecord(id: "S2", name: "Đăng ký", unitID: "DIV-A2", level: .level2),
                ServiceRecord(id: "S3", name: "Xác nhận", unitID: "DEPT-A", level: .partial),
                ServiceRecord(id: "S4", name: "Gia hạn", unitID: "DEPT-A", level: .full),
                ServiceRecord(id: "S5", name: "Thu hồi", unitID: "DEPT-B", level: .level1),
                ServiceRecord(id: "S6", name: "Chung", unitID: nil, level: .level3))
            // A snapshot: the as-of day does not change it.
            for asOf in ["2026-01-01", "2026-12-31"] {
                let snapshot = try store.statusSnapshot(scope: .organisation, asOf: day(asOf))
                let a = try #require(snapshot.objective("SVC-A"))
                #expect(a.value == 75 && a.numerator == 3 && a.denominator == 4)
            }
            let org = try #require(try store.statusSnapshot(scope: .organisation, asOf: asOf).objective("SVC-ORG"))
            #expect(org.numerator == 4 && org.denominator == 6)
        }
    }

    @Test func actionsOnTimeCountClosedAndOverdueActionsDueSoFarThisYear() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("ACT-A", unit: "DEPT-A", indicator: .actionsOnTimePct))
            try fixture.put(
                F.action("on-time", "DIV-A1", due: "2026-02-10", status: .done, closed: "2026-02-10"),
                F.action("verified", "DIV-A2", due: "2026-03-10", status: .verified, closed: "2026-03-01"),
                F.action("late", "DEPT-A", due: "2026-03-10", status: .done, closed: "2026-03-12"),
                F.action("overdue", "DEPT-A", due: "2026-04-30", status: .inProgress),
                F.action("due-today", "DEPT-A", due: "2026-05-15", status: .open),         // not overdue yet
                F.action("early", "DEPT-A", due: "2026-05-15", status: .done, closed: "2026-05-14"),
                F.action("cancelled", "DEPT-A", due: "2026-03-10", status: .cancelled),
                F.action("next-month", "DEPT-A", due: "2026-06-10", status: .done, closed: "2026-05-01"),
                F.action("last-year", "DEPT-A", due: "2025-12-20", status: .open),
                F.action("other-unit", "DEPT-B", due: "2026-03-10", status: .open))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            let progress = try #require(snapshot.objective("ACT-A"))
            // on-time, verified, early of: those three, late, overdue.
            #expect(progress.numerator == 3 && progress.denominator == 5)
            #expect(progress.value == 60)
        }
    }

    @Test func proceduresCountAsReviewedWithin365DaysOfTheAsOfDay() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.objective("PROC-A", unit: "DEPT-A", indicator: .proceduresReviewedPct))
            try fixture.put(
                ProcedureRecord(id: "P1", title: "Reviewed", unitID: "DIV-A1", reviewedOn: day("2025-05-15")),
                ProcedureRecord(id: "P2", title: "Issued only", unitID: "DEPT-A", issuedOn: day("2026-01-02")),
                ProcedureRecord(id: "P3", title: "Too old", unitID: "DEPT-A", issuedOn: day("2024-01-01"),
                                reviewedOn: day("2025-05-14")),
                ProcedureRecord(id: "P4", title: "Never", unitID: "DIV-A2"),
                ProcedureRecord(id: "P5", title: "Retired", unitID: "DEPT-A", reviewedOn: day("2026-01-01"),
                                status: .retired),
                ProcedureRecord(id: "P6", title: "Future review", unitID: "DEPT-A", reviewedOn: day("2026-05-16")))
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            let progress = try #require(snapshot.objective("PROC-A"))
            #expect(progress.numerator == 2 && progress.denominator == 5)
        }
    }
}
