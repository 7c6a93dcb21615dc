import Testing
@testable import QMSDomain

@Suite("Due soon")
struct DueSoonRuleTests {
    private let day = Day(year: 2026, month: 10, day: 15)!

    @Test("due on D, D+N are due soon; D+N+1 and D−1 are not", arguments: [
        (0, true), (14, true), (15, false), (-1, false), (7, true),
    ])
    func edges(offset: Int, expected: Bool) {
        let rule = DueSoonRule()
        #expect(rule.isDueSoon(status: .open, dueOn: day.adding(days: offset), on: day) == expected)
    }

    @Test("due today is due soon, not overdue")
    func dueToday() {
        let action = ActionRecord(id: "A", title: "t", unitID: "U", openedOn: day.adding(days: -30),
                                  dueOn: day, status: .inProgress)
        #expect(DueSoonRule().isDueSoon(action, on: day))
        #expect(!action.isOverdue(on: day))
        #expect(DueSoonRule.daysLeft(dueOn: day, on: day) == 0)
    }

    @Test("only open and in-progress actions fall due", arguments: [
        (ActionStatus.open, true), (.inProgress, true), (.done, false), (.verified, false), (.cancelled, false),
    ])
    func statuses(status: ActionStatus, expected: Bool) {
        #expect(DueSoonRule().isDueSoon(status: status, dueOn: day.adding(days: 3), on: day) == expected)
    }

    @Test("N = 0 counts only what is due today")
    func zeroDays() {
        let rule = DueSoonRule(days: 0)
        #expect(rule.isDueSoon(status: .open, dueOn: day, on: day))
        #expect(!rule.isDueSoon(status: .open, dueOn: day.adding(days: 1), on: day))
    }

    @Test("--due-within values", arguments: [
        ("0", 0 as Int?), ("14", 14), ("365", 365), (" 30 ", 30), ("366", nil), ("-1", nil), ("7.5", nil),
        ("", nil), ("abc", nil), ("+5", nil), ("٣", nil), ("1000", nil),
    ])
    func parsing(text: String, expected: Int?) {
        #expect(DueSoonRule.parse(text)?.days == expected)
    }
}

@Suite("Pace of an objective")
struct ObjectivePaceTests {
    private let day = Day(year: 2026, month: 1, day: 10)!      // 10 days into the year
    private let due = Day(year: 2026, month: 1, day: 20)!      // 10 days left: R = Q

    private func objective(target: Double = 90, direction: Direction = .higher, dueOn: Day? = nil,
                           indicator: Indicator? = .docsOutElectronicPct) -> ObjectiveRecord {
        ObjectiveRecord(id: "O", title: "t", year: 2026, indicator: indicator, target: target,
                        direction: direction, dueOn: dueOn ?? due)
    }

    @Test("exactly reachable: required 100% is reachable")
    func exactlyReachable() {
        let pace = ObjectivePace.evaluate(objective(), yearToDate: Ratio(80, of: 100), recent: Ratio(99, of: 100),
                                          asOf: day)
        #expect(pace.required == 100)
        #expect(pace.reachable == true)
        #expect(pace.recent == 99)
        #expect(pace.onPace == false)
        #expect(pace.isOffPace)
    }

    @Test("one case short: required 101% cannot be reached")
    func unreachable() {
        let pace = ObjectivePace.evaluate(objective(), yearToDate: Ratio(79, of: 100), recent: Ratio(100, of: 100),
                                          asOf: day)
        #expect(pace.required == 101)
        #expect(pace.reachable == false)
        #expect(pace.isUnreachable)
    }

    @Test("recent at the required rate is on pace")
    func onPaceAtBoundary() {
        // target 90, 85 of 100 so far, R = 100: required (18000 − 8500) / 100 = 95.
        let pace = ObjectivePace.evaluate(objective(), yearToDate: Ratio(85, of: 100), recent: Ratio(19, of: 20),
                                          asOf: day)
        #expect(pace.required == 95)
        #expect(pace.onPace == true)
    }

    @Test("remaining days scale the expected cases: 45 days left of 365")
    func scaledRemainder() {
        // 16 November 2026: 320 days elapsed, 45 left to 31 December.
        let november = Day(year: 2026, month: 11, day: 16)!
        let record = objective(target: 90, dueOn: Day.endOfYear(2026))
        let pace = ObjectivePace.evaluate(record, yearToDate: Ratio(880, of: 1000), recent: Ratio(87, of: 100),
                                          asOf: november)
        let r = 1000.0 * 45 / 320
        let expected = (90 * (1000 + r) - 88_000) / r
        #expect(abs(pace.required! - expected) < 1e-9)
        #expect(pace.required! > 100)
        #expect(pace.reachable == false)
    }

    @Test("lower is better: the inequality turned round")
    func lowerIsBetter() {
        let record = objective(target: 10, direction: .lower)
        let reachable = ObjectivePace.evaluate(record, yearToDate: Ratio(15, of: 100), recent: Ratio(4, of: 100),
                                               asOf: day)
        #expect(reachable.required == 5)
        #expect(reachable.reachable == true)
        #expect(reachable.onPace == true)
        let offPace = ObjectivePace.evaluate(record, yearToDate: Ratio(15, of: 100), recent: Ratio(6, of: 100),
                                             asOf: day)
        #expect(offPace.onPace == false)
        let exactly = ObjectivePace.evaluate(record, yearToDate: Ratio(20, of: 100), recent: .zero, asOf: day)
        #expect(exactly.required == 0)
        #expect(exactly.reachable == true)
        #expect(exactly.onPace == nil)
        let lost = ObjectivePace.evaluate(record, yearToDate: Ratio(21, of: 100), recent: .zero, asOf: day)
        #expect(lost.required == -1)
        #expect(lost.reachable == false)
    }

    @Test("no data this year: everything but recent is null")
    func noData() {
        let pace = ObjectivePace.evaluate(objective(), yearToDate: .zero, recent: Ratio(1, of: 2), asOf: day)
        #expect(pace == ObjectivePace(required: nil, recent: 50, reachable: nil, onPace: nil))
        let nothing = ObjectivePace.evaluate(objective(), yearToDate: .zero, recent: .zero, asOf: day)
        #expect(nothing == .unknown)
    }

    @Test("D after due_on: null")
    func afterDue() {
        let pace = ObjectivePace.evaluate(objective(), yearToDate: Ratio(1, of: 2), recent: Ratio(1, of: 2),
                                          asOf: due.adding(days: 1))
        #expect(pace.required == nil)
        #expect(pace.reachable == nil)
        #expect(pace.onPace == nil)
    }

    @Test("D on due_on: nothing remains; reachable says whether the value meets the target")
    func onDueDay() {
        let met = ObjectivePace.evaluate(objective(), yearToDate: Ratio(9, of: 10), recent: Ratio(1, of: 2), asOf: due)
        #expect(met.required == nil)
        #expect(met.reachable == true)
        #expect(met.onPace == nil)
        let missed = ObjectivePace.evaluate(objective(), yearToDate: Ratio(8, of: 10), recent: .zero, asOf: due)
        #expect(missed.reachable == false)
    }

    @Test("no due_on: due on 31 December of the objective's year")
    func defaultDue() {
        var record = objective()
        record.dueOn = nil
        let pace = ObjectivePace.evaluate(record, yearToDate: Ratio(1, of: 2), recent: .zero,
                                          asOf: Day(year: 2026, month: 12, day: 31)!)
        #expect(pace.reachable == false)      // the due day: 50% does not meet 90%
        #expect(pace.required == nil)
    }

    @Test("services online and measured objectives have no pace", arguments: [Indicator.servicesOnlinePct, nil])
    func noPace(indicator: Indicator?) {
        let pace = ObjectivePace.evaluate(objective(indicator: indicator), yearToDate: Ratio(1, of: 2),
                                          recent: Ratio(1, of: 2), asOf: day)
        #expect(pace == .unknown)
    }

    @Test("recent months: the three complete months before D", arguments: [
        ("2026-10-15", "2026-07-01", "2026-09-30"),
        ("2026-10-01", "2026-07-01", "2026-09-30"),
        ("2026-10-31", "2026-07-01", "2026-09-30"),
        ("2026-02-10", "2025-11-01", "2026-01-31"),
    ])
    func recentMonths(day: String, first: String, last: String) {
        let range = ObjectivePace.recentMonths(before: Day.parse(day)!)
        #expect(range.lowerBound.description == first)
        #expect(range.upperBound.description == last)
    }
}

@Suite("Days to close")
struct ClosingTimesTests {
    @Test("no closed actions: no median, no 90th percentile")
    func none() {
        #expect(ClosingTimes(days: []) == ClosingTimes(medianDays: nil, p90Days: nil, closed: 0))
    }

    @Test("one action is its own median and 90th percentile")
    func one() {
        #expect(ClosingTimes(days: [12]) == ClosingTimes(medianDays: 12, p90Days: 12, closed: 1))
    }

    @Test("linear interpolation between closest ranks")
    func interpolation() {
        // sorted 2, 4, 10, 30: median h = 1.5 → 7; p90 h = 2.7 → 10 + 0.7 × 20 = 24.
        let times = ClosingTimes(days: [30, 2, 10, 4])
        #expect(times.medianDays == 7)
        #expect(abs(times.p90Days! - 24) < 1e-9)
        #expect(times.closed == 4)
        // 1…11: median 6, p90 h = 9 → 10.
        let eleven = ClosingTimes(days: Array(1...11))
        #expect(eleven.medianDays == 6)
        #expect(eleven.p90Days == 10)
    }

    @Test("days of an action: closed_on − opened_on, only when closed")
    func actionDays() {
        let opened = Day(year: 2026, month: 3, day: 1)!
        var action = ActionRecord(id: "A", title: "t", unitID: "U", openedOn: opened, dueOn: opened.adding(days: 30),
                                  closedOn: opened.adding(days: 9), status: .done)
        #expect(ClosingTimes.days(action) == 9)
        action.status = .cancelled
        #expect(ClosingTimes.days(action) == nil)
    }
}
