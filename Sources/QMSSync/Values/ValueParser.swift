import QMSDomain

/// Parses one cell's text (already trimmed, NFC, non-empty) into a value of the
/// contract's types (EXPORT-FORMAT §3), or says what is wrong and what was expected.
///
/// One parser serves one file: whether `90,5` is a number depends on the file's delimiter.
public struct ValueParser: Sendable {
    /// Most characters an id may have.
    public static let maxIDLength = 64
    /// Most characters a text may have.
    public static let maxTextLength = 10_000

    /// A decimal comma is read only in files delimited by `;` or TAB.
    public let decimalComma: Bool

    public init(decimalComma: Bool) {
        self.decimalComma = decimalComma
    }

    public func id(_ text: String) throws(ValueProblem) -> String {
        if text.utf8.count > Self.maxIDLength, text.count > Self.maxIDLength {
            throw ValueProblem(found: text, "is \(text.count) characters long", expected: ValueType.id.expectation)
        }
        if text.unicodeScalars.contains(where: QuotedValue.isControl) {
            throw ValueProblem(found: text, "holds a control character", expected: ValueType.id.expectation)
        }
        return text
    }

    public func text(_ text: String) throws(ValueProblem) -> String {
        if text.utf8.count > Self.maxTextLength, text.count > Self.maxTextLength {
            throw ValueProblem(found: text, "is \(text.count) characters long", expected: ValueType.text.expectation)
        }
        return text
    }

    public func date(_ text: String) throws(ValueProblem) -> Day {
        if let day = Day.parse(text) { return day }
        let wrong = Self.looksLikeDate(text) ? "is not a real calendar date" : "is not a date"
        throw ValueProblem(found: text, wrong, expected: ValueType.date.expectation)
    }

    public func period(_ text: String) throws(ValueProblem) -> Period {
        if let period = Period.parse(text) { return period }
        throw ValueProblem(found: text, "is not a period", expected: ValueType.period.expectation)
    }

    public func month(_ text: String) throws(ValueProblem) -> Period {
        guard let period = Period.parse(text) else {
            throw ValueProblem(found: text, "is not a month", expected: ValueType.monthPeriod.expectation)
        }
        guard period.granularity == .month else {
            throw ValueProblem(found: text, "is a \(period.granularity.rawValue), not a month",
                               expected: ValueType.monthPeriod.expectation)
        }
        return period
    }

    public func number(_ text: String) throws(ValueProblem) -> Double {
        if let value = ContractNumber.parse(text, decimalComma: decimalComma) { return value }
        var wrong = "is not a number"
        if !decimalComma, ContractNumber.parse(text, decimalComma: true) != nil {
            wrong += " (a decimal comma is read only in files delimited by ';' or TAB)"
        } else if text.contains(",") || text.filter({ $0 == "." }).count > 1 {
            wrong += " (thousands separators are not read)"
        }
        throw ValueProblem(found: text, wrong, expected: ValueType.number.expectation)
    }

    public func count(_ text: String) throws(ValueProblem) -> Int {
        guard let value = ContractNumber.parseInteger(text) else {
            throw ValueProblem(found: text, "is not a whole number", expected: ValueType.count.expectation)
        }
        guard value >= 0 else {
            throw ValueProblem(found: text, "is negative", expected: ValueType.count.expectation)
        }
        return value
    }

    public func year(_ text: String) throws(ValueProblem) -> Int {
        guard let value = ContractNumber.parseInteger(text), Day.parsableYears.contains(value) else {
            throw ValueProblem(found: text, "is not a year", expected: ValueType.year.expectation)
        }
        return value
    }

    public func bool(_ text: String) throws(ValueProblem) -> Bool {
        if let value = ContractBool.parse(text) { return value }
        throw ValueProblem(found: text, "is not a yes/no value", expected: ValueType.bool(defaultValue: false).expectation)
    }

    public func choice<E: ContractEnum>(_ text: String, as type: E.Type, _ choice: ChoiceType) throws(ValueProblem) -> E {
        if let value = E.matching(text) { return value }
        throw ValueProblem(found: text, "is not an accepted word", expected: ValueType.choice(choice).expectation)
    }

    /// Digits in the shape of an accepted date, so the error can say "not a real date".
    static func looksLikeDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let digits: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if parts.count == 3, parts.allSatisfy(digits), parts[0].count == 4 { return true }
        let slashed = text.split(separator: "/", omittingEmptySubsequences: false)
        return slashed.count == 3 && slashed.allSatisfy(digits) && slashed[2].count == 4
    }
}
