import QMSDomain
import Testing
@testable import QMSSync

/// §3, one type at a time: what is accepted, and the exact words of what is not.
struct ValueParserTests {
    let comma = ValueParser(decimalComma: false)
    let semicolon = ValueParser(decimalComma: true)

    private func problem<T>(_ body: () throws(ValueProblem) -> T) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.message
        }
    }

    @Test func idsAreOneTo64CharactersWithoutControls() throws {
        #expect(try comma.id("Phòng-Đ/01") == "Phòng-Đ/01")
        let longest = String(repeating: "ệ", count: 64)
        #expect(try comma.id(longest) == longest)
        #expect(problem { () throws(ValueProblem) in try comma.id(longest + "x") }?
            .hasPrefix("'\(String(repeating: "ệ", count: 40))…' is 65 characters long, expected an id of 1 to 64") == true)
        #expect(problem { () throws(ValueProblem) in try comma.id("U\u{1B}[31m") }
            == "'U\\u{1B}[31m' holds a control character, expected an id of 1 to 64 characters without control characters")
    }

    @Test func textIsAtMost10000Characters() throws {
        let longest = String(repeating: "ă", count: 10_000)
        #expect(try comma.text(longest).count == 10_000)
        #expect(problem { () throws(ValueProblem) in try comma.text(longest + "b") }?
            .hasSuffix("is 10001 characters long, expected a text of at most 10,000 characters") == true)
        // Control characters are kept in the store (only the terminal never sees them raw).
        #expect(try comma.text("a\tb\u{7}") == "a\tb\u{7}")
    }

    @Test(arguments: [("2026-02-28", "2026-02-28"), ("28/2/2026", "2026-02-28"), ("05/01/2026", "2026-01-05"),
                      ("5/1/2026", "2026-01-05"), ("29/02/2028", "2028-02-29")])
    func datesInEveryAcceptedStyle(text: String, expected: String) throws {
        #expect(try comma.date(text).description == expected)
    }

    @Test func datesThatAreNotRealOrNotDates() {
        #expect(problem { () throws(ValueProblem) in try comma.date("31/02/2026") }
            == "'31/02/2026' is not a real calendar date, expected a date as YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY")
        #expect(problem { () throws(ValueProblem) in try comma.date("2026-13-01") }?
            .hasPrefix("'2026-13-01' is not a real calendar date") == true)
        #expect(problem { () throws(ValueProblem) in try comma.date("20260101") }
            == "'20260101' is not a date, expected a date as YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY")
        #expect(problem { () throws(ValueProblem) in try comma.date("ngày 5 tháng 1") } != nil)
    }

    @Test(arguments: [("2026", "2026"), ("2026-H2", "2026-H2"), ("2026-Q3", "2026-Q3"), ("2026-05", "2026-05"),
                      ("Q3/2026", "2026-Q3"), ("05/2026", "2026-05")])
    func periodsInEveryAcceptedStyle(text: String, expected: String) throws {
        #expect(try comma.period(text).description == expected)
    }

    @Test func monthsOnlyForTallies() throws {
        #expect(try comma.month("05/2026").description == "2026-05")
        #expect(problem { () throws(ValueProblem) in try comma.month("2026-Q1") }
            == "'2026-Q1' is a quarter, not a month, expected a month as YYYY-MM or MM/YYYY")
        #expect(problem { () throws(ValueProblem) in try comma.period("2026-Q5") }
            == "'2026-Q5' is not a period, expected a period as YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, Qn/YYYY or MM/YYYY")
    }

    @Test func numbers() throws {
        #expect(try comma.number("90") == 90)
        #expect(try comma.number("90.5") == 90.5)
        #expect(try comma.number("-3") == -3)
        #expect(try comma.number("90%") == 90)
        #expect(try semicolon.number("90,5") == 90.5)
        #expect(try semicolon.number("90.5") == 90.5)
        #expect(problem { () throws(ValueProblem) in try comma.number("90,5") }
            == "'90,5' is not a number (a decimal comma is read only in files delimited by ';' or TAB), "
            + "expected a number such as 90, 90.5, -3 or 90%")
        #expect(problem { () throws(ValueProblem) in try semicolon.number("1.234,5") }?
            .hasPrefix("'1.234,5' is not a number (thousands separators are not read)") == true)
        #expect(problem { () throws(ValueProblem) in try comma.number("chín mươi") } != nil)
    }

    @Test func countsAreWholeAndNotNegative() throws {
        #expect(try comma.count("0") == 0)
        #expect(try comma.count("120") == 120)
        #expect(problem { () throws(ValueProblem) in try comma.count("-1") }
            == "'-1' is negative, expected a whole number ≥ 0")
        #expect(problem { () throws(ValueProblem) in try comma.count("3.5") }
            == "'3.5' is not a whole number, expected a whole number ≥ 0")
    }

    @Test(arguments: [("1", true), ("0", false), ("TRUE", true), ("false", false), ("Yes", true), ("no", false),
                      ("x", true), ("X", true), ("có", true), ("Không", false), ("co", true), ("khong", false)])
    func bools(text: String, expected: Bool) throws {
        #expect(try comma.bool(text) == expected)
    }

    @Test func boolErrorListsTheWords() {
        #expect(problem { () throws(ValueProblem) in try comma.bool("maybe") }
            == "'maybe' is not a yes/no value, expected one of 1/0, true/false, yes/no, x/empty, có/không")
    }

    @Test func enumsIgnoreCaseAndDiacritics() throws {
        for text in ["huỷ", "hủy", "HUY", "cancelled"] {
            #expect(try comma.choice(text, as: AuditStatus.self, .auditStatus) == .cancelled)
        }
        #expect(try comma.choice("Đến", as: DocumentDirection.self, .documentDirection) == .in)
        #expect(try comma.choice("toàn trình", as: ServiceLevel.self, .serviceLevel) == .full)
        let message = problem { () throws(ValueProblem) in try comma.choice("sent", as: DocumentDirection.self, .documentDirection) }
        #expect(message?.hasPrefix("'sent' is not an accepted word, expected one of in, out, internal, đến") == true)
    }
}
