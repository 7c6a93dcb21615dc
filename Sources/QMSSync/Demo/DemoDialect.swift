import QMSDomain

/// How one demo CSV file is written: the variety of EXPORT-FORMAT §2–3 that real
/// exports show (an English `,` file from one system, a Vietnamese-locale `;`
/// spreadsheet from another), so a demo sync exercises every reading path.
struct DemoDialect: Sendable {
    enum DateStyle: Sendable {
        /// `2026-03-07`
        case iso
        /// `07/03/2026`
        case dayMonthYearPadded
        /// `7/3/2026`
        case dayMonthYear
    }

    enum BoolStyle: Sendable {
        /// `1` / `0`
        case digits
        /// `có` / `không`
        case vietnamese
    }

    enum PeriodStyle: Sendable {
        /// `2026-03`, `2026-Q1`, `2026-H1`, `2026`
        case iso
        /// `03/2026`, `Q1/2026` (halves and years as in `iso`)
        case slashed
    }

    var delimiter: UInt8
    var vietnamese: Bool
    var dates: DateStyle
    var bools: BoolStyle
    var periods: PeriodStyle = .iso
    var decimalComma: Bool = false
    var crlf: Bool = false
    var byteOrderMark: Bool = false

    /// English headers, `,`, ISO dates, `1`/`0`: what an e-office system exports.
    static let english = DemoDialect(delimiter: UInt8(ascii: ","), vietnamese: false, dates: .iso, bools: .digits)

    /// Vietnamese headers, `;`, `DD/MM/YYYY`, decimal commas: a spreadsheet saved in
    /// a Vietnamese locale.
    static let spreadsheet = DemoDialect(delimiter: UInt8(ascii: ";"), vietnamese: true,
                                         dates: .dayMonthYearPadded, bools: .vietnamese,
                                         periods: .slashed, decimalComma: true)

    func date(_ day: Day?) -> String {
        guard let day else { return "" }
        let (y, m, d) = day.components
        switch dates {
        case .iso: return DemoDialect.pad(y, 4) + "-" + DemoDialect.pad(m, 2) + "-" + DemoDialect.pad(d, 2)
        case .dayMonthYearPadded: return DemoDialect.pad(d, 2) + "/" + DemoDialect.pad(m, 2) + "/" + DemoDialect.pad(y, 4)
        case .dayMonthYear: return String(d) + "/" + String(m) + "/" + DemoDialect.pad(y, 4)
        }
    }

    func bool(_ value: Bool) -> String {
        switch bools {
        case .digits: return value ? "1" : "0"
        case .vietnamese: return value ? "có" : "không"
        }
    }

    func period(_ period: Period) -> String {
        let year = DemoDialect.pad(period.year, 4)
        switch (period.granularity, periods) {
        case (.year, _): return year
        case (.half, _): return year + "-H" + String(period.index)
        case (.quarter, .iso): return year + "-Q" + String(period.index)
        case (.quarter, .slashed): return "Q" + String(period.index) + "/" + year
        case (.month, .iso): return year + "-" + DemoDialect.pad(period.index, 2)
        case (.month, .slashed): return DemoDialect.pad(period.index, 2) + "/" + year
        }
    }

    /// `value` with at most `decimals` decimals and no trailing zeros, with a
    /// decimal comma where the dialect uses one (`90,5`). Integer arithmetic, so
    /// the text never depends on how a platform prints doubles.
    func number(_ value: Double?, decimals: Int = 1) -> String {
        guard let value else { return "" }
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let negative = scaled < 0
        let magnitude = scaled.magnitude
        var whole = String(magnitude / UInt(scale))
        var fraction = DemoDialect.pad(Int(magnitude % UInt(scale)), decimals)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if negative { whole = "-" + whole }
        if fraction.isEmpty || decimals == 0 { return whole }
        return whole + (decimalComma ? "," : ".") + fraction
    }

    /// The CSV field for `text`: quoted (with doubled quotes) when it holds the
    /// delimiter, a quote, a line break or surrounding space.
    func field(_ text: String) -> String {
        let delimiter = Character(Unicode.Scalar(self.delimiter))
        let needsQuotes = text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        quoted.append("\"")
        return quoted
    }

    var lineEnd: String { crlf ? "\r\n" : "\n" }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
