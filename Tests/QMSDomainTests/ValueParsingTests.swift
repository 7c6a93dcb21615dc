import Testing
@testable import QMSDomain

@Suite("Values (§3)")
struct ValueParsingTests {
    @Test("true words", arguments: ["1", "true", "TRUE", "yes", "Yes", "x", "X", "có", "Có", "co", "CO"])
    func trueWords(text: String) {
        #expect(ContractBool.parse(text) == true)
    }

    @Test("false words", arguments: ["0", "false", "False", "no", "NO", "không", "KHÔNG", "khong"])
    func falseWords(text: String) {
        #expect(ContractBool.parse(text) == false)
    }

    @Test("empty is nil so the caller applies the default; junk is nil too", arguments: [
        "", "  ", "2", "maybe", "xx", "-1", "1.0", "truee",
    ])
    func notBool(text: String) {
        #expect(ContractBool.parse(text) == nil)
    }

    @Test("decimal numbers", arguments: [
        ("90", 90.0), ("90.5", 90.5), ("-3", -3.0), ("0", 0.0), ("90%", 90.0), ("90 %", 90.0),
        ("12.25%", 12.25), ("007", 7.0), ("-0.5", -0.5),
    ])
    func numbers(text: String, value: Double) {
        #expect(ContractNumber.parse(text, decimalComma: false) == value)
        #expect(ContractNumber.parse(text, decimalComma: true) == value)
    }

    @Test("a decimal comma only where the delimiter allows it")
    func decimalComma() {
        #expect(ContractNumber.parse("90,5", decimalComma: true) == 90.5)
        #expect(ContractNumber.parse("90,5%", decimalComma: true) == 90.5)
        #expect(ContractNumber.parse("90,5", decimalComma: false) == nil)
    }

    @Test("refused: separators, exponents, signs, specials, stray characters", arguments: [
        "", "1,234.5", "1.234,5", "1 234", "1e3", "1E3", "+5", ".5", "5.", "inf", "nan", "NaN", "Infinity",
        "%", "-", "--5", "5-", "5%%", "% 5", "0x10", " 5", "5 ", "5 %%", "١٢", "5,", "1.2.3",
        String(repeating: "9", count: 400),
    ])
    func refused(text: String) {
        #expect(ContractNumber.parse(text, decimalComma: true) == nil)
    }

    @Test("whole numbers for counts")
    func integers() {
        #expect(ContractNumber.parseInteger("120") == 120)
        #expect(ContractNumber.parseInteger("-3") == -3)
        #expect(ContractNumber.parseInteger("12.0") == nil)
        #expect(ContractNumber.parseInteger("12%") == nil)
        #expect(ContractNumber.parseInteger("") == nil)
        #expect(ContractNumber.parseInteger("-") == nil)
        #expect(ContractNumber.parseInteger(String(repeating: "9", count: 30)) == nil)
    }
}
