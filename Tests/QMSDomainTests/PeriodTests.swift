import Foundation
import Testing
@testable import QMSDomain

@Suite("Period")
struct PeriodTests {
    @Test("every written form parses to its canonical form", arguments: [
        ("2026", "2026"), ("2026-H1", "2026-H1"), ("2026-h2", "2026-H2"), ("2026-Q2", "2026-Q2"),
        ("2026-q4", "2026-Q4"), ("2026-05", "2026-05"), ("Q2/2026", "2026-Q2"), ("q3/2026", "2026-Q3"),
        ("H2/2026", "2026-H2"), ("02/2026", "2026-02"), ("2/2026", "2026-02"), ("12/2026", "2026-12"),
    ])
    func parses(text: String, canonical: String) throws {
        let period = try #require(Period.parse(text))
        #expect(period.description == canonical)
        #expect(Period.parse(period.description) == period)
    }

    @Test("malformed periods are refused", arguments: [
        "2026-Q5", "2026-Q0", "2026-H3", "2026-13", "2026-00", "13/2026", "0/2026", "Q5/2026",
        "2026-5", "26", "202", "20260", "2026-Q", "2026Q2", "2026/05", "05-2026", "Q2-2026", "",
        " 2026", "0999", "2026-M5", "Q/2026", "2026-W05", "001/2026",
    ])
    func malformed(text: String) {
        #expect(Period.parse(text) == nil)
    }

    @Test("start and end: a period ends on its last day", arguments: [
        ("2026", "2026-01-01", "2026-12-31"),
        ("2026-H1", "2026-01-01", "2026-06-30"),
        ("2026-H2", "2026-07-01", "2026-12-31"),
        ("Q2/2026", "2026-04-01", "2026-06-30"),
        ("2026-Q1", "2026-01-01", "2026-03-31"),
        ("2026-Q4", "2026-10-01", "2026-12-31"),
        ("02/2026", "2026-02-01", "2026-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2026-04", "2026-04-01", "2026-04-30"),
    ])
    func bounds(text: String, start: String, end: String) throws {
        let period = try #require(Period.parse(text))
        #expect(period.start.description == start)
        #expect(period.end.description == end)
    }

    @Test("contains its first and last day, not the days around it")
    func containsDays() throws {
        let q2 = try #require(Period.parse("2026-Q2"))
        #expect(q2.contains(try #require(Day.parse("2026-04-01"))))
        #expect(q2.contains(try #require(Day.parse("2026-06-30"))))
        #expect(!q2.contains(try #require(Day.parse("2026-03-31"))))
        #expect(!q2.contains(try #require(Day.parse("2026-07-01"))))
        #expect(q2.contains(try #require(Period.parse("2026-05"))))
        #expect(!q2.contains(try #require(Period.parse("2026-H1"))))
        #expect(q2.dayCount == 91)
    }

    @Test("the month, quarter and half of a day")
    func ofDay() throws {
        let day = try #require(Day.parse("2026-08-31"))
        #expect(Period.month(of: day).description == "2026-08")
        #expect(Period.quarter(of: day).description == "2026-Q3")
        #expect(Period.half(of: day).description == "2026-H2")
        #expect(Period.year(of: day).description == "2026")
        #expect(Period.containing(day, granularity: .quarter) == Period.quarter(of: day))
    }

    @Test("months of a period, and next and previous across years")
    func months() throws {
        #expect(try #require(Period.parse("2026-Q3")).months.map(\.description) == ["2026-07", "2026-08", "2026-09"])
        #expect(Period.year(2026).months.count == 12)
        #expect(try #require(Period.parse("2026-12")).next.description == "2027-01")
        #expect(try #require(Period.parse("2026-01")).previous.description == "2025-12")
        #expect(try #require(Period.parse("2026-Q4")).next.description == "2027-Q1")
        #expect(try #require(Period.parse("2026-H1")).previous.description == "2025-H2")
        #expect(Period.year(2026).next.description == "2027")
    }

    @Test("ordered by start, then shorter first")
    func ordering() {
        let texts = ["2026", "2026-02", "2025-12", "2026-H1", "2026-Q1", "2026-01", "2026-Q2"]
        let sorted = texts.compactMap(Period.parse).sorted().map(\.description)
        #expect(sorted == ["2025-12", "2026-01", "2026-Q1", "2026-H1", "2026", "2026-02", "2026-Q2"])
    }

    @Test("indices outside the year are refused by the initialiser")
    func initialiser() {
        #expect(Period(year: 2026, granularity: .quarter, index: 5) == nil)
        #expect(Period(year: 2026, granularity: .month, index: 0) == nil)
        #expect(Period(year: 2026, granularity: .year, index: 1)?.description == "2026")
        #expect(Period(year: 2026, granularity: .half, index: 2)?.description == "2026-H2")
    }

    @Test("names on screen")
    func text() throws {
        #expect(try #require(Period.parse("2026-Q2")).text(.vi) == "Quý 2/2026")
        #expect(try #require(Period.parse("2026-05")).text(.en) == "May 2026")
        #expect(try #require(Period.parse("2026-05")).text(.vi) == "Tháng 05/2026")
    }

    @Test("Codable as the canonical string")
    func codable() throws {
        let data = try JSONEncoder().encode([Period.parse("Q2/2026")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-Q2"]"#)
        #expect(try JSONDecoder().decode([Period].self, from: data).first?.description == "2026-Q2")
    }
}
