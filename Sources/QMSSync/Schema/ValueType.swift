/// The type of a contract column (EXPORT-FORMAT §3). It decides how a cell's text is
/// parsed and what an error message says was expected.
public enum ValueType: Hashable, Sendable {
    /// 1 to 64 characters, no control characters, case-sensitive.
    case id
    /// Free text up to 10,000 characters.
    case text
    /// A calendar date.
    case date
    /// Any period: year, half, quarter or month.
    case period
    /// A period that must be a month (tallies).
    case monthPeriod
    /// A decimal number, with a decimal comma only in `;` and TAB files.
    case number
    /// A whole number ≥ 0.
    case count
    /// A four-digit year.
    case year
    /// A yes/no value; `defaultValue` is what an empty cell means.
    case bool(defaultValue: Bool)
    /// One word out of a closed list (with Vietnamese aliases).
    case choice(ChoiceType)

    /// What a value of this type looks like, for the "expected …" part of an error.
    public var expectation: String {
        switch self {
        case .id: return "an id of 1 to 64 characters without control characters"
        case .text: return "a text of at most 10,000 characters"
        case .date: return "a date as YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY"
        case .period: return "a period as YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, Qn/YYYY or MM/YYYY"
        case .monthPeriod: return "a month as YYYY-MM or MM/YYYY"
        case .number: return "a number such as 90, 90.5, -3 or 90%"
        case .count: return "a whole number ≥ 0"
        case .year: return "a year such as 2026"
        case .bool: return "one of 1/0, true/false, yes/no, x/empty, có/không"
        case .choice(let choice): return "one of " + choice.acceptedWords.joined(separator: ", ")
        }
    }
}
