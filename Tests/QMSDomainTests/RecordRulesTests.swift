import Testing
@testable import QMSDomain

private func day(_ text: String) -> Day {
    guard let day = Day.parse(text) else { fatalError("bad test date \(text)") }
    return day
}

@Suite("Record rules")
struct RecordRulesTests {
    private func action(status: ActionStatus, due: String = "2026-03-10", closed: String? = nil) -> ActionRecord {
        ActionRecord(id: "HD1", title: "Khắc phục", unitID: "VP", openedOn: day("2026-01-05"), dueOn: day(due),
                     closedOn: closed.map(day), status: status)
    }

    @Test("an action is not overdue on its due day, and one day overdue the day after",
          arguments: [ActionStatus.open, .inProgress])
    func overdueBoundary(status: ActionStatus) {
        let a = action(status: status)
        #expect(!a.isOverdue(on: day("2026-03-09")))
        #expect(!a.isOverdue(on: day("2026-03-10")))
        #expect(a.daysOverdue(on: day("2026-03-10")) == nil)
        #expect(a.isOverdue(on: day("2026-03-11")))
        #expect(a.daysOverdue(on: day("2026-03-11")) == 1)
        #expect(a.daysOverdue(on: day("2027-03-10")) == 365)
    }

    @Test("closed and cancelled actions are never overdue", arguments: [ActionStatus.done, .verified, .cancelled])
    func neverOverdue(status: ActionStatus) {
        let a = action(status: status, closed: "2026-04-01")
        #expect(!a.isOverdue(on: day("2030-01-01")))
        #expect(a.daysOverdue(on: day("2030-01-01")) == nil)
    }

    @Test("overdue counts across a leap day")
    func overdueLeap() {
        let a = action(status: .open, due: "2024-02-28")
        #expect(a.daysOverdue(on: day("2024-03-01")) == 2)
    }

    @Test("actions closed by their due day are on time; late closures and overdue ones count against")
    func actionsOnTime() {
        let today = day("2026-05-01")
        #expect(action(status: .done, closed: "2026-03-10").isClosedOnTime)
        #expect(!action(status: .verified, closed: "2026-03-11").isClosedOnTime)
        #expect(action(status: .verified, closed: "2026-03-11").countsForTimeliness(on: today))
        #expect(action(status: .open).countsForTimeliness(on: today))
        #expect(!action(status: .open, due: "2026-06-01").countsForTimeliness(on: today))
        #expect(!action(status: .cancelled).countsForTimeliness(on: today))
    }

    @Test("audits are open unless closed or cancelled")
    func auditOpen() {
        #expect(AuditStatus.allCases.filter(\.isOpen) == [.planned, .inProgress, .reporting])
        let audit = AuditRecord(id: "DG1", title: "Đánh giá nội bộ", kind: .internal, startsOn: day("2026-05-01"),
                                status: .closed)
        #expect(!audit.isOpen)
    }

    @Test("levels 3, 4, partial and full count as online")
    func servicesOnline() {
        #expect(ServiceLevel.allCases.filter(\.isOnline) == [.level3, .level4, .partial, .full])
        #expect(ServiceRecord(id: "TT1", name: "Cấp phép", level: .full).isOnline)
        #expect(!ServiceRecord(id: "TT2", name: "Cấp phép", level: .level2).isOnline)
    }

    @Test("a procedure is reviewed when looked at within 365 days before the end of the period")
    func procedureReview() {
        let end = day("2026-12-31")
        func procedure(reviewed: String?, issued: String? = nil, status: ProcedureStatus = .active) -> ProcedureRecord {
            ProcedureRecord(id: "QT1", title: "Quy trình", issuedOn: issued.map(day), reviewedOn: reviewed.map(day),
                            status: status)
        }
        #expect(procedure(reviewed: "2026-01-01").isReviewed(asOf: end))
        #expect(procedure(reviewed: "2025-12-31").isReviewed(asOf: end))  // exactly 365 days
        #expect(!procedure(reviewed: "2025-12-30").isReviewed(asOf: end))
        #expect(!procedure(reviewed: "2027-01-01").isReviewed(asOf: end))
        #expect(procedure(reviewed: nil, issued: "2026-06-01").isReviewed(asOf: end))
        #expect(!procedure(reviewed: nil).isReviewed(asOf: end))
        #expect(!procedure(reviewed: "2026-06-01", status: .draft).isReviewed(asOf: end))
        #expect(!procedure(reviewed: "2026-06-01", status: .retired).countsForReview)
    }

    @Test("documents: confidential ones are not electronic; on time needs a due day past or done")
    func documents() {
        let asOf = day("2026-03-10")
        func doc(due: String?, done: String?, electronic: Bool = true, confidential: Bool = false) -> DocumentRecord {
            DocumentRecord(id: "12/UBND", unitID: "VP", direction: .in, date: day("2026-03-01"), electronic: electronic,
                           confidential: confidential, dueOn: due.map(day), doneOn: done.map(day))
        }
        #expect(doc(due: nil, done: nil).countsAsElectronic)
        #expect(!doc(due: nil, done: nil, confidential: true).countsAsElectronic)
        #expect(!doc(due: nil, done: "2026-03-02").hasDueCounted(asOf: asOf))
        #expect(!doc(due: "2026-03-10", done: nil).hasDueCounted(asOf: asOf))  // due today: not yet
        #expect(doc(due: "2026-03-09", done: nil).hasDueCounted(asOf: asOf))   // past, not done: late
        #expect(!doc(due: "2026-03-09", done: nil).isDoneOnTime(asOf: asOf))
        #expect(doc(due: "2026-03-20", done: "2026-03-05").hasDueCounted(asOf: asOf))
        #expect(doc(due: "2026-03-20", done: "2026-03-05").isDoneOnTime(asOf: asOf))
        #expect(!doc(due: "2026-03-05", done: "2026-03-06").isDoneOnTime(asOf: asOf))
    }

    @Test("tally counts must add up")
    func tallies() throws {
        let month = try #require(Period.parse("2026-03"))
        let good = TallyRecord(unitID: "VP", month: month, direction: .in, total: 100, electronic: 90, confidential: 10,
                               withDue: 40, onTime: 35)
        #expect(good.isConsistent)
        #expect(good.nonConfidential == 90)
        var bad = good
        bad.electronic = 91
        #expect(!bad.isConsistent)
        bad = good
        bad.onTime = 41
        #expect(!bad.isConsistent)
        bad = good
        bad.withDue = 101
        bad.onTime = 0
        #expect(!bad.isConsistent)
        bad = good
        bad.month = try #require(Period.parse("2026-Q1"))
        #expect(!bad.isConsistent)
    }

    @Test("a measurement's numerator and denominator must agree with its value within 0.5")
    func measurementAgreement() throws {
        let q1 = try #require(Period.parse("2026-Q1"))
        #expect(MeasurementRecord(objectiveID: "MT1", period: q1, value: 90, numerator: 45, denominator: 50)
            .ratioAgreesWithValue())
        #expect(MeasurementRecord(objectiveID: "MT1", period: q1, value: 66.2, numerator: 2, denominator: 3)
            .ratioAgreesWithValue())
        #expect(!MeasurementRecord(objectiveID: "MT1", period: q1, value: 66.1, numerator: 2, denominator: 3)
            .ratioAgreesWithValue())
        #expect(MeasurementRecord(objectiveID: "MT1", period: q1, value: 12, numerator: 5).ratioAgreesWithValue())
        #expect(!MeasurementRecord(objectiveID: "MT1", period: q1, value: 0, numerator: 0, denominator: 0)
            .ratioAgreesWithValue())
    }
}
