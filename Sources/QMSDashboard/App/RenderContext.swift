import Foundation
import QMSDomain
import TermUI

/// Everything a screen needs to turn read models into text besides the models
/// themselves: the language, the day everything is computed for, what the terminal can
/// draw, and the time zone sync times are shown in.
///
/// Passed in rather than read from the environment so that a screen is a pure function
/// of (models, state, size, context) and a snapshot test is the same on every machine.
public struct RenderContext: Sendable {
    public var language: Language
    public var asOf: Day
    public var mode: RenderMode
    /// For showing when a sync ran; tests use UTC.
    public var timeZone: TimeZone

    public init(language: Language, asOf: Day, mode: RenderMode = .unicode, timeZone: TimeZone = .current) {
        self.language = language
        self.asOf = asOf
        self.mode = mode
        self.timeZone = timeZone
    }

    public var symbols: Symbols { mode.symbols }
    var isUnicode: Bool { mode == .unicode }

    // MARK: Text

    func text(_ key: Phrase.Dashboard) -> String { key.phrase.text(language) }
    func text(_ phrase: Phrase) -> String { phrase.text(language) }

    func day(_ day: Day?) -> String { day?.text(language) ?? "" }

    /// "⚠" where the terminal can draw it.
    var warningMark: String { isUnicode ? "⚠" : "!" }
    /// "·" between header items.
    var separator: String { isUnicode ? " · " : " | " }
    var greaterOrEqual: String { isUnicode ? "≥" : ">=" }
    var lessOrEqual: String { isUnicode ? "≤" : "<=" }
    var scopeMark: String { isUnicode ? "●" : "*" }

    // MARK: Numbers

    /// `1,020.5` in English, `1.020,5` in Vietnamese, with at most `decimals` decimals
    /// (trailing zeros dropped: `85`, not `85.0`).
    func number(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "?" }
        let scale = pow(10.0, Double(max(0, decimals)))
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = Int(magnitude.rounded(.down))
        var fraction = Int(((magnitude - Double(whole)) * scale).rounded())
        var wholePart = whole
        if Double(fraction) >= scale {
            wholePart += 1
            fraction = 0
        }
        let groupSeparator: Character = language == .vi ? "." : ","
        let decimalSeparator = language == .vi ? "," : "."
        var digits = String(wholePart)
        var grouped = ""
        while digits.count > 3 {
            grouped = String(groupSeparator) + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        var text = (negative && (wholePart > 0 || fraction > 0) ? "-" : "") + digits + grouped
        if fraction > 0 {
            var fractionText = String(fraction)
            while fractionText.count < decimals { fractionText = "0" + fractionText }
            while fractionText.hasSuffix("0") { fractionText.removeLast() }
            text += decimalSeparator + fractionText
        }
        return text
    }

    func count(_ value: Int) -> String { number(Double(value), decimals: 0) }

    /// A value in its measure: `84.5%`, `12 quy trình`.
    func measured(_ value: Double, measure: String) -> String {
        let measure = measure.trimmingCharacters(in: .whitespaces)
        if measure == "%" { return number(value) + "%" }
        if measure.isEmpty { return number(value) }
        return number(value) + " " + measure
    }

    /// A value without its measure unless it is a percentage: what fits a table column.
    func shortMeasured(_ value: Double?, measure: String) -> String {
        guard let value else { return text(.noDataShort) }
        return measure.trimmingCharacters(in: .whitespaces) == "%" ? number(value) + "%" : number(value)
    }

    /// `≥ 90%` for higher-is-better, `≤ 3 ngày` for lower.
    func target(of objective: ObjectiveRecord, short: Bool = false) -> String {
        let sign = objective.direction == .higher ? greaterOrEqual : lessOrEqual
        let amount = short ? shortMeasured(objective.target, measure: objective.measure)
            : measured(objective.target, measure: objective.measure)
        return sign + amount
    }

    // MARK: Status

    /// `✓ met` — a status is never shown by colour alone.
    func status(_ status: ObjectiveStatus) -> String {
        status.symbol(unicode: isUnicode) + " " + status.label(language)
    }

    func role(of status: ObjectiveStatus) -> StyleRole {
        switch status {
        case .met: return .met
        case .atRisk: return .atRisk
        case .offTrack: return .offTrack
        case .noData: return .noData
        }
    }

    func style(of status: ObjectiveStatus) -> Style {
        Style(role(of: status), status == .offTrack ? [.bold] : [])
    }

    // MARK: Times

    /// A sync time: `2026-11-24 08:00` in English, `24/11/2026 08:00` in Vietnamese, in `timeZone`.
    func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let day = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) else { return "?" }
        let clock = Self.pad(parts.hour ?? 0) + ":" + Self.pad(parts.minute ?? 0)
        return day.text(language) + " " + clock
    }

    /// The calendar day `date` falls on in `timeZone`.
    func dayOf(_ date: Date) -> Day? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
