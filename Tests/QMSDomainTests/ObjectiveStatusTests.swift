import Testing
@testable import QMSDomain

@Suite("Objective status (§6)")
struct ObjectiveStatusTests {
    @Test("higher is better: target 90, margin 5", arguments: [
        (95.0, ObjectiveStatus.met), (90.0, .met), (89.99, .atRisk), (85.0, .atRisk),
        (84.99, .offTrack), (0.0, .offTrack),
    ])
    func higher(value: Double, expected: ObjectiveStatus) {
        #expect(ObjectiveStatus.evaluate(value: value, target: 90, margin: 5, direction: .higher) == expected)
    }

    @Test("lower is better: target 10 days, margin 2", arguments: [
        (5.0, ObjectiveStatus.met), (10.0, .met), (10.01, .atRisk), (12.0, .atRisk),
        (12.01, .offTrack), (30.0, .offTrack),
    ])
    func lower(value: Double, expected: ObjectiveStatus) {
        #expect(ObjectiveStatus.evaluate(value: value, target: 10, margin: 2, direction: .lower) == expected)
    }

    @Test("no value is no data, whatever the direction")
    func noData() {
        #expect(ObjectiveStatus.evaluate(value: nil, target: 90, margin: 5, direction: .higher) == .noData)
        #expect(ObjectiveStatus.evaluate(value: nil, target: 10, margin: 2, direction: .lower) == .noData)
        #expect(ObjectiveStatus.evaluate(value: .nan, target: 10, margin: 2, direction: .lower) == .noData)
    }

    @Test("a ratio that equals the target is met despite floating point")
    func computedValues() throws {
        // 57/100 × 100 is 56.99999999999999 in binary floating point.
        let value = try #require(Ratio(57, of: 100).percent)
        #expect(value != 57)
        #expect(ObjectiveStatus.evaluate(value: value, target: 57, margin: 5, direction: .higher) == .met)
        #expect(ObjectiveStatus.evaluate(value: value, target: 57, margin: 5, direction: .lower) == .met)
        // 1.1 − 0.2 is 0.9000000000000001 and 0.7 + 0.1 is 0.7999999999999999:
        // values written exactly at the edge are still at risk.
        #expect(1.1 - 0.2 > 0.9 && 0.7 + 0.1 < 0.8)
        #expect(ObjectiveStatus.evaluate(value: 0.9, target: 1.1, margin: 0.2, direction: .higher) == .atRisk)
        #expect(ObjectiveStatus.evaluate(value: 0.8, target: 0.7, margin: 0.1, direction: .lower) == .atRisk)
    }

    @Test("a zero margin leaves no room for at risk")
    func zeroMargin() {
        #expect(ObjectiveStatus.evaluate(value: 100, target: 100, margin: 0, direction: .higher) == .met)
        #expect(ObjectiveStatus.evaluate(value: 99.9, target: 100, margin: 0, direction: .higher) == .offTrack)
    }

    @Test("objective default margin: 5 points for %, else 10% of the target")
    func defaultMargins() {
        let percent = ObjectiveRecord(id: "MT1", title: "VB điện tử", year: 2026, target: 90, measure: "%")
        #expect(percent.effectiveMargin == 5)
        #expect(percent.status(value: 85) == .atRisk)
        #expect(percent.status(value: 84.9) == .offTrack)

        let days = ObjectiveRecord(id: "MT2", title: "Thời gian xử lý", year: 2026, target: 20, measure: "ngày",
                                   direction: .lower)
        #expect(days.effectiveMargin == 2)
        #expect(days.status(value: 22) == .atRisk)
        #expect(days.status(value: 22.5) == .offTrack)

        let count = ObjectiveRecord(id: "MT3", title: "Quy trình", year: 2026, target: 40, measure: "quy trình")
        #expect(count.effectiveMargin == 4)
        #expect(count.status(value: 36) == .atRisk)
        #expect(count.status(value: 35) == .offTrack)

        let negative = ObjectiveRecord(id: "MT4", title: "Tăng trưởng", year: 2026, target: -20, measure: "điểm")
        #expect(negative.effectiveMargin == 2)

        let given = ObjectiveRecord(id: "MT5", title: "x", year: 2026, target: 90, measure: "%", margin: 1)
        #expect(given.effectiveMargin == 1)
        #expect(given.status(value: 88) == .offTrack)
    }

    @Test("an objective is due on 31 December of its year unless told otherwise")
    func dueDay() throws {
        let plain = ObjectiveRecord(id: "MT1", title: "x", year: 2026, target: 90)
        #expect(plain.effectiveDueOn.description == "2026-12-31")
        let early = ObjectiveRecord(id: "MT1", title: "x", year: 2026, target: 90, dueOn: Day.parse("2026-06-30"))
        #expect(early.effectiveDueOn.description == "2026-06-30")
    }

    @Test("labels and symbols do not rely on colour and differ per status")
    func presentation() {
        let all = ObjectiveStatus.allCases
        #expect(Set(all.map(\.symbol)).count == all.count)
        #expect(Set(all.map(\.asciiSymbol)).count == all.count)
        #expect(all.allSatisfy { $0.asciiSymbol.unicodeScalars.allSatisfy(\.isASCII) && $0.asciiSymbol.count == 1 })
        #expect(all.allSatisfy { $0.symbol.count == 1 })
        #expect(ObjectiveStatus.met.label(.vi) == "đạt")
        #expect(ObjectiveStatus.offTrack.label(.en) == "off track")
        #expect(ObjectiveStatus.atRisk.rawValue == "at_risk")
        #expect(all.sorted { $0.urgency < $1.urgency }.first == .offTrack)
    }
}
