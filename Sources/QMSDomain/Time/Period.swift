/// A reporting period: a year, a half, a quarter or a month.
///
/// Measurements are reported per period, tallies per month, and trends are drawn
/// month by month. A period always covers whole days and ends on its last day, so
/// `2024-02` ends on the 29th and `2026-Q2` on 30 June.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// How long a period is.
    public enum Granularity: String, CaseIterable, Sendable, Codable {
        case year, half, quarter, month

        /// Months in one period of this granularity (12, 6, 3, 1).
        public var months: Int {
            switch self {
            case .year: return 12
            case .half: return 6
            case .quarter: return 3
            case .month: return 1
            }
        }

        /// How many periods of this granularity a year holds; the largest valid index.
        public var perYear: Int { 12 / months }
    }

    /// The calendar year the period lies in.
    public let year: Int
    /// Whether this is a year, a half, a quarter or a month.
    public let granularity: Granularity
    /// 1-based position in the year: 1 for a year, 1–2 for a half, 1–4 for a
    /// quarter, 1–12 for a month.
    public let index: Int

    /// nil when `index` is outside 1…`granularity.perYear`.
    public init?(year: Int, granularity: Granularity, index: Int) {
        guard index >= 1, index <= granularity.perYear else { return nil }
        self.year = year
        self.granularity = granularity
        self.index = index
    }

    private init(unchecked year: Int, _ granularity: Granularity, _ index: Int) {
        self.year = year
        self.granularity = granularity
        self.index = index
    }

    // MARK: Constructors

    /// The whole of `year`, the period of an objective.
    public static func year(_ year: Int) -> Period { Period(unchecked: year, .year, 1) }

    /// The month a day falls in: how document rows are grouped for tallies and trends.
    public static func month(of day: Day) -> Period {
        let c = day.components
        return Period(unchecked: c.year, .month, c.month)
    }

    /// The quarter a day falls in, the rhythm of steering-committee meetings.
    public static func quarter(of day: Day) -> Period {
        let c = day.components
        return Period(unchecked: c.year, .quarter, (c.month - 1) / 3 + 1)
    }

    /// The half-year a day falls in.
    public static func half(of day: Day) -> Period {
        let c = day.components
        return Period(unchecked: c.year, .half, (c.month - 1) / 6 + 1)
    }

    /// The year a day falls in.
    public static func year(of day: Day) -> Period { .year(day.year) }

    /// The period of `granularity` that contains `day`.
    public static func containing(_ day: Day, granularity: Granularity) -> Period {
        let c = day.components
        return Period(unchecked: c.year, granularity, (c.month - 1) / granularity.months + 1)
    }

    // MARK: Days

    /// The first month of the period (1–12).
    public var firstMonth: Int { (index - 1) * granularity.months + 1 }
    /// The last month of the period (1–12).
    public var lastMonth: Int { index * granularity.months }

    /// The first day of the period.
    public var start: Day { Day(ordinal: Day.ordinal(year: year, month: firstMonth, day: 1)) }

    /// The last day of the period (inclusive): a period ends on its last day.
    public var end: Day {
        let m = lastMonth
        return Day(ordinal: Day.ordinal(year: year, month: m, day: Day.daysInMonth(year: year, month: m)))
    }

    /// Number of days covered, both ends included.
    public var dayCount: Int { end.days(since: start) + 1 }

    /// Whether `day` falls in the period, both ends included.
    public func contains(_ day: Day) -> Bool {
        day >= start && day <= end
    }

    /// Whether every day of `other` lies within this period (a month within its quarter).
    public func contains(_ other: Period) -> Bool {
        other.start >= start && other.end <= end
    }

    /// The months of this period, in order (one for a month, twelve for a year).
    public var months: [Period] {
        (firstMonth...lastMonth).map { Period(unchecked: year, .month, $0) }
    }

    /// The period of the same granularity just after this one (2026-Q4 → 2027-Q1).
    public var next: Period {
        index < granularity.perYear
            ? Period(unchecked: year, granularity, index + 1)
            : Period(unchecked: year + 1, granularity, 1)
    }

    /// The period of the same granularity just before this one (2026-01 → 2025-12).
    public var previous: Period {
        index > 1
            ? Period(unchecked: year, granularity, index - 1)
            : Period(unchecked: year - 1, granularity, granularity.perYear)
    }

    // MARK: Text

    /// The canonical form: "2026", "2026-H1", "2026-Q2", "2026-05".
    public var description: String {
        let y = Day.pad(year, 4)
        switch granularity {
        case .year: return y
        case .half: return y + "-H" + String(index)
        case .quarter: return y + "-Q" + String(index)
        case .month: return y + "-" + Day.pad(index, 2)
        }
    }

    /// How a Vietnamese or English reader names the period on screen
    /// ("Quý 2/2026", "Tháng 05/2026"; "Q2 2026", "May 2026").
    public func text(_ language: Language) -> String {
        let y = Day.pad(year, 4)
        switch (granularity, language) {
        case (.year, .vi): return "Năm " + y
        case (.year, .en): return y
        case (.half, .vi): return "6 tháng " + (index == 1 ? "đầu" : "cuối") + " năm " + y
        case (.half, .en): return "H" + String(index) + " " + y
        case (.quarter, .vi): return "Quý " + String(index) + "/" + y
        case (.quarter, .en): return "Q" + String(index) + " " + y
        case (.month, .vi): return "Tháng " + Day.pad(index, 2) + "/" + y
        case (.month, .en): return Period.englishMonths[index - 1] + " " + y
        }
    }

    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    // MARK: Parsing

    /// A period written `YYYY`, `YYYY-Hn`, `YYYY-Qn`, `YYYY-MM`, `Qn/YYYY`, `Hn/YYYY`,
    /// `MM/YYYY` or `M/YYYY` (the letters in either case), or nil. Years are four
    /// digits in 1000–9999; no surrounding space (callers trim).
    public static func parse(_ text: String) -> Period? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Period? {
        let dash = UInt8(ascii: "-"), slash = UInt8(ascii: "/")
        func year(_ from: Int) -> Int? {
            guard let y = Day.number(b, from, from + 4), Day.parsableYears.contains(y) else { return nil }
            return y
        }
        func letter(_ c: UInt8) -> Granularity? {
            switch c | 0x20 {
            case UInt8(ascii: "q"): return .quarter
            case UInt8(ascii: "h"): return .half
            default: return nil
            }
        }
        switch b.count {
        case 4:
            return year(0).map(Period.year)
        case 7 where b[4] == dash:
            // YYYY-Qn, YYYY-Hn, YYYY-MM
            guard let y = year(0) else { return nil }
            if let g = letter(b[5]) {
                guard let i = Day.number(b, 6, 7) else { return nil }
                return Period(year: y, granularity: g, index: i)
            }
            guard let m = Day.number(b, 5, 7) else { return nil }
            return Period(year: y, granularity: .month, index: m)
        case 6, 7:
            // Qn/YYYY, Hn/YYYY, M/YYYY, MM/YYYY
            let s = b.count - 5
            guard b[s] == slash, let y = year(s + 1) else { return nil }
            if s == 2, let g = letter(b[0]) {
                guard let i = Day.number(b, 1, 2) else { return nil }
                return Period(year: y, granularity: g, index: i)
            }
            guard let m = Day.number(b, 0, s) else { return nil }
            return Period(year: y, granularity: .month, index: m)
        default:
            return nil
        }
    }

    // MARK: Ordering

    /// Earlier start first; for the same start, the shorter period first
    /// (2026-01 < 2026-Q1 < 2026-H1 < 2026 < 2026-02).
    public static func < (lhs: Period, rhs: Period) -> Bool {
        let ls = lhs.start, rs = rhs.start
        if ls != rs { return ls < rs }
        return lhs.granularity.months < rhs.granularity.months
    }

    // MARK: Codable

    /// Encoded as its canonical string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period.parse(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a period like 2026, 2026-H1, 2026-Q2 or 2026-05, found '\(text)'")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
