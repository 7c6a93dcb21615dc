/// A calendar day with no time and no time zone.
///
/// Everything in the contract that is a date (`due_on`, `opened_on`, `--as-of`) is a
/// civil day, and "overdue", "year to date" and "within 365 days" are all day counts,
/// so a day is stored as its distance from 1970-01-01 in the proleptic Gregorian
/// calendar. That makes ordering, hashing and arithmetic integer operations and keeps
/// the clock and the local time zone out of every rule.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Days since 1970-01-01 (negative before it). The one stored value.
    public let ordinal: Int

    /// The day `ordinal` days after 1970-01-01. Every integer is a valid day.
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// A real calendar day, or nil when the month or day does not exist
    /// (`31/02`, `29/02` of a common year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysInMonth(year: year, month: month) else {
            return nil
        }
        self.ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// The civil day at an instant, given as seconds since 1970-01-01T00:00:00Z and
    /// the local offset from UTC in seconds (Vietnam: +25200). The domain never reads
    /// the clock itself: the command line does, once, unless `--as-of` says the day.
    public init(secondsSince1970 seconds: Int, utcOffset: Int = 0) {
        self.ordinal = Day.floorDiv(seconds + utcOffset, 86_400)
    }

    // MARK: Components

    /// Year, month (1–12) and day of month (1–31), computed from the ordinal.
    public var components: (year: Int, month: Int, day: Int) {
        Day.civil(fromOrdinal: ordinal)
    }

    /// The year (four digits for every day `parse` accepts).
    public var year: Int { components.year }
    /// The month, 1–12.
    public var month: Int { components.month }
    /// The day of the month, 1–31.
    public var day: Int { components.day }

    /// ISO 8601 weekday: 1 is Monday, 7 is Sunday (1970-01-01 was a Thursday).
    public var weekday: Int {
        let r = (ordinal + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// "YYYY-MM-DD", the form the contract, the store and `--as-of` use.
    public var description: String {
        let (y, m, d) = components
        return Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2)
    }

    /// "DD/MM/YYYY", the form Vietnamese readers expect on screen.
    public var dayMonthYear: String {
        let (y, m, d) = components
        return Day.pad(d, 2) + "/" + Day.pad(m, 2) + "/" + Day.pad(y, 4)
    }

    /// The day written the way a reader of `language` expects: `DD/MM/YYYY` in
    /// Vietnamese, ISO `YYYY-MM-DD` in English (unambiguous for everyone else).
    public func text(_ language: Language) -> String {
        language == .vi ? dayMonthYear : description
    }

    /// "YYYY-MM": the month this day falls in, as the store keys monthly figures.
    public var monthKey: String {
        let (y, m, _) = components
        return Day.pad(y, 4) + "-" + Day.pad(m, 2)
    }

    // MARK: Arithmetic

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> Day {
        Day(ordinal: ordinal + days)
    }

    /// How many days `self` is after `other` (negative when before).
    /// An action due on the 10th is overdue by `day.days(since: due)` on a later day.
    public func days(since other: Day) -> Int {
        ordinal - other.ordinal
    }

    /// The same day of month `months` months later, clamped to the last day of a
    /// shorter month (31 Jan + 1 month = 28 or 29 Feb).
    public func adding(months: Int) -> Day {
        let (y, m, d) = components
        let total = y * 12 + (m - 1) + months
        let ny = Day.floorDiv(total, 12)
        let nm = total - ny * 12 + 1
        let nd = min(d, Day.daysInMonth(year: ny, month: nm))
        return Day(ordinal: Day.ordinal(year: ny, month: nm, day: nd))
    }

    /// 1 January of this day's year.
    public var startOfYear: Day { Day.startOfYear(year) }
    /// The first day of this day's month.
    public var startOfMonth: Day {
        let (y, m, _) = components
        return Day(ordinal: Day.ordinal(year: y, month: m, day: 1))
    }
    /// The last day of this day's month.
    public var endOfMonth: Day {
        let (y, m, _) = components
        return Day(ordinal: Day.ordinal(year: y, month: m, day: Day.daysInMonth(year: y, month: m)))
    }

    /// 31 December of `year`: the default due day of an objective of that year.
    public static func endOfYear(_ year: Int) -> Day {
        Day(ordinal: ordinal(year: year, month: 12, day: 31))
    }

    /// 1 January of `year`.
    public static func startOfYear(_ year: Int) -> Day {
        Day(ordinal: ordinal(year: year, month: 1, day: 1))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    // MARK: Calendar rules

    /// Gregorian rule: every fourth year, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// 28–31; 0 for a month outside 1–12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    // MARK: Parsing

    /// The years a written date may name. Four digits keep `--as-of 26-1-5` and
    /// typos like `20266-01-01` from silently becoming a day in another era.
    public static let parsableYears: ClosedRange<Int> = 1000...9999

    /// A day written `YYYY-MM-DD`, `D/M/YYYY` or `DD/MM/YYYY`, or nil.
    ///
    /// Strict on purpose: digits only, no surrounding space (callers trim), four-digit
    /// years in 1000–9999, and a real calendar date, so `31/02/2026`, `2026-1-5` and
    /// `20260101` are refused instead of being guessed at.
    public static func parse(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    /// Only `YYYY-MM-DD`: what JSON produced by isodash itself holds.
    public static func parseISO(_ text: String) -> Day? {
        var text = text
        return text.withUTF8 { b in
            guard b.count == 10, b[4] == UInt8(ascii: "-") else { return nil }
            return parse(bytes: b)
        }
    }

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>) -> Day? {
        let dash = UInt8(ascii: "-"), slash = UInt8(ascii: "/")
        if b.count == 10, b[4] == dash, b[7] == dash {
            guard let y = number(b, 0, 4), let m = number(b, 5, 7), let d = number(b, 8, 10) else { return nil }
            return make(y, m, d)
        }
        // D/M/YYYY with one or two digits for day and month.
        guard b.count >= 8, b.count <= 10 else { return nil }
        guard let s1 = b.firstIndex(of: slash) else { return nil }
        let rest = UnsafeBufferPointer(rebasing: b[(s1 + 1)...])
        guard let s2rel = rest.firstIndex(of: slash) else { return nil }
        let s2 = s1 + 1 + s2rel
        let dayLen = s1, monthLen = s2 - s1 - 1, yearLen = b.count - s2 - 1
        guard (1...2).contains(dayLen), (1...2).contains(monthLen), yearLen == 4 else { return nil }
        guard let d = number(b, 0, s1), let m = number(b, s1 + 1, s2), let y = number(b, s2 + 1, b.count) else {
            return nil
        }
        return make(y, m, d)
    }

    private static func make(_ y: Int, _ m: Int, _ d: Int) -> Day? {
        guard parsableYears.contains(y) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// The decimal value of `b[from..<to]` when every byte is an ASCII digit.
    static func number(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        guard from < to else { return nil }
        var value = 0
        for i in from..<to {
            let c = b[i] &- 48
            guard c <= 9 else { return nil }
            value = value * 10 + Int(c)
        }
        return value
    }

    // MARK: Codable

    /// Encoded as its "YYYY-MM-DD" string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day.parseISO(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, found '\(text)'")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: Days-from-civil (H. Hinnant), valid for every proleptic Gregorian year.

    static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromOrdinal ordinal: Int) -> (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }

    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
