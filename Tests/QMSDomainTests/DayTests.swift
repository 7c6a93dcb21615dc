import Foundation
import Testing
@testable import QMSDomain

@Suite("Day")
struct DayTests {
    @Test("ISO and Vietnamese forms parse to the same day")
    func parsesAcceptedForms() throws {
        let iso = try #require(Day.parse("2026-02-01"))
        #expect(iso.year == 2026 && iso.month == 2 && iso.day == 1)
        #expect(Day.parse("1/2/2026") == iso)
        #expect(Day.parse("01/02/2026") == iso)
        #expect(Day.parse("1/02/2026") == iso)
        #expect(Day.parse("01/2/2026") == iso)
    }

    @Test("leap days exist only in leap years", arguments: [
        ("29/02/2024", true), ("2024-02-29", true), ("29/02/2000", true),
        ("29/02/2026", false), ("2026-02-29", false), ("29/02/1900", false), ("29/02/2100", false),
    ])
    func leapDays(text: String, valid: Bool) {
        #expect((Day.parse(text) != nil) == valid)
    }

    @Test("days that do not exist are refused", arguments: [
        "31/02/2026", "31/04/2026", "2026-04-31", "2026-06-31", "2026-13-01", "2026-00-10",
        "00/01/2026", "2026-01-00", "32/01/2026", "31/11/2026",
    ])
    func impossibleDays(text: String) {
        #expect(Day.parse(text) == nil)
    }

    @Test("malformed dates are refused rather than guessed", arguments: [
        "2026-1-5", "20260101", "2026/01/05", "05-01-2026", "1/1/26", "001/01/2026", "1/001/2026",
        "2026-01-05 ", " 2026-01-05", "2026-01-05T00:00", "", "2026", "x2026-01-05",
        "2026-0a-05", "1/2/2026/", "1//2026", "/1/2026", "01/02/0999", "0999-01-01", "+1/2/2026",
        "١/٢/٢٠٢٦", "2026-01-05\n",
    ])
    func malformed(text: String) {
        #expect(Day.parse(text) == nil)
    }

    @Test("years are limited to four digits 1000–9999")
    func yearRange() {
        #expect(Day.parse("1000-01-01") != nil)
        #expect(Day.parse("31/12/9999") != nil)
        #expect(Day.parse("0999-12-31") == nil)
    }

    @Test("description is ISO, Vietnamese text is DD/MM/YYYY")
    func descriptions() throws {
        let day = try #require(Day(year: 2026, month: 3, day: 7))
        #expect(day.description == "2026-03-07")
        #expect(day.dayMonthYear == "07/03/2026")
        #expect(day.text(.vi) == "07/03/2026")
        #expect(day.text(.en) == "2026-03-07")
        #expect(day.monthKey == "2026-03")
    }

    @Test("the ordinal counts days from 1970-01-01")
    func ordinal() throws {
        #expect(try #require(Day(year: 1970, month: 1, day: 1)).ordinal == 0)
        #expect(try #require(Day(year: 1969, month: 12, day: 31)).ordinal == -1)
        #expect(try #require(Day(year: 2000, month: 3, day: 1)).ordinal == 11_017)
        #expect(Day(ordinal: 20_454).description == "2026-01-01")
    }

    @Test("ordinal and components round-trip for every day of four centuries")
    func roundTrip() {
        let start = Day(year: 1900, month: 1, day: 1)!.ordinal
        let end = Day(year: 2300, month: 12, day: 31)!.ordinal
        var expected = (year: 1900, month: 1, day: 1)
        for ordinal in start...end {
            let c = Day(ordinal: ordinal).components
            if c != expected {
                Issue.record("ordinal \(ordinal) gave \(c), expected \(expected)")
                return
            }
            expected.day += 1
            if expected.day > Day.daysInMonth(year: expected.year, month: expected.month) {
                expected.day = 1
                expected.month += 1
                if expected.month > 12 { expected.month = 1; expected.year += 1 }
            }
        }
    }

    @Test("arithmetic crosses months, years and leap days")
    func arithmetic() throws {
        let newYearsEve = try #require(Day.parse("2025-12-31"))
        #expect(newYearsEve.adding(days: 1).description == "2026-01-01")
        #expect(try #require(Day.parse("2024-02-28")).adding(days: 1).description == "2024-02-29")
        #expect(try #require(Day.parse("2024-02-29")).adding(days: 1).description == "2024-03-01")
        #expect(try #require(Day.parse("2026-02-28")).adding(days: 1).description == "2026-03-01")
        #expect(try #require(Day.parse("2026-03-01")).adding(days: -1).description == "2026-02-28")
        #expect(try #require(Day.parse("2024-01-01")).adding(days: 366).description == "2025-01-01")
        let a = try #require(Day.parse("2026-03-01")), b = try #require(Day.parse("2024-03-01"))
        #expect(a.days(since: b) == 730)
        #expect(b.days(since: a) == -730)
        #expect(Day.endOfYear(2026).description == "2026-12-31")
        #expect(Day.startOfYear(2026).description == "2026-01-01")
    }

    @Test("adding months clamps to the end of a shorter month")
    func addingMonths() throws {
        let jan31 = try #require(Day.parse("2024-01-31"))
        #expect(jan31.adding(months: 1).description == "2024-02-29")
        #expect(jan31.adding(months: 13).description == "2025-02-28")
        #expect(jan31.adding(months: -2).description == "2023-11-30")
        #expect(try #require(Day.parse("2026-05-15")).endOfMonth.description == "2026-05-31")
        #expect(try #require(Day.parse("2026-05-15")).startOfMonth.description == "2026-05-01")
    }

    @Test("days order by date")
    func ordering() throws {
        let days = ["2026-01-02", "2025-12-31", "2026-01-01", "1999-06-30"].compactMap(Day.parse)
        #expect(days.sorted().map(\.description) == ["1999-06-30", "2025-12-31", "2026-01-01", "2026-01-02"])
    }

    @Test("weekday is ISO, Monday first")
    func weekday() throws {
        #expect(try #require(Day.parse("1970-01-01")).weekday == 4)  // Thursday
        #expect(try #require(Day.parse("2026-01-05")).weekday == 1)  // Monday
        #expect(try #require(Day.parse("2026-01-04")).weekday == 7)  // Sunday
        #expect(try #require(Day.parse("1969-12-29")).weekday == 1)
    }

    @Test("Codable as the YYYY-MM-DD string")
    func codable() throws {
        let day = try #require(Day.parse("29/02/2024"))
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == #"["2024-02-29"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [day])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Day].self, from: Data(#"["29/02/2024"]"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([Day].self, from: Data(#"["2026-02-29"]"#.utf8))
        }
    }
}

@Suite("Day from an instant")
struct DayFromInstantTests {
    @Test("the local day depends on the UTC offset, not on the machine")
    func offsets() {
        // 2026-01-01T20:00:00Z is already 2 January in Vietnam (UTC+7).
        let seconds = 1_767_297_600
        #expect(Day(secondsSince1970: seconds).description == "2026-01-01")
        #expect(Day(secondsSince1970: seconds, utcOffset: 7 * 3600).description == "2026-01-02")
        #expect(Day(secondsSince1970: -1).description == "1969-12-31")
    }
}
