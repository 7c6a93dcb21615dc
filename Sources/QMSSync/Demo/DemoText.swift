import Foundation

/// Small text helpers for the demo's Vietnamese strings.
enum DemoText {
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    static func uppercasedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The text in Unicode NFD (decomposed): "ệ" becomes "e" + two combining marks.
    /// Some e-ISO and spreadsheet tools export this form; sync must fold it back.
    static func decomposed(_ text: String) -> String {
        text.decomposedStringWithCanonicalMapping
    }

    /// `template` with `%Y` (the year), `%N` (next year) and `%Q` (a quarter) filled in.
    static func fill(_ template: String, year: Int, quarter: Int) -> String {
        template
            .replacingOccurrences(of: "%Y", with: String(year))
            .replacingOccurrences(of: "%N", with: String(year + 1))
            .replacingOccurrences(of: "%Q", with: ["I", "II", "III", "IV"][max(0, min(3, quarter - 1))] + "/" + String(year))
    }
}
