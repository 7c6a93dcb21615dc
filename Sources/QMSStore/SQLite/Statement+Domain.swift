import QMSDomain

/// Binding the domain's value types the way the schema stores them: days as
/// 'YYYY-MM-DD', periods in their canonical form, contract words as their raw
/// English value.
extension Statement {
    /// Binds a day as 'YYYY-MM-DD' (formatted on the stack, no `String`), or NULL.
    public func bind(_ day: Day?, at index: Int) throws(SQLiteError) {
        guard let day else { return try bindNull(at: index) }
        let (year, month, dayOfMonth) = day.components
        guard (0...9999).contains(year) else {
            // Outside the four-digit years the schema's CHECK accepts; bound as
            // text so that CHECK, not a silent truncation, reports it.
            return try bind(day.description, at: index)
        }
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10),
            UInt8(ascii: "-"), digit(month / 10), digit(month % 10),
            UInt8(ascii: "-"), digit(dayOfMonth / 10), digit(dayOfMonth % 10)
        )
        try withUnsafeBytes(of: &bytes) { (buffer) throws(SQLiteError) in
            try bindTextCopying(buffer, at: index)
        }
    }

    /// Binds a period in its canonical form ("2026", "2026-Q2", "2026-05"), or NULL.
    public func bind(_ period: Period?, at index: Int) throws(SQLiteError) {
        try bind(period?.description, at: index)
    }

    /// Binds a contract word (an enum's English raw value), or NULL.
    public func bind<Word: RawRepresentable>(_ word: Word?, at index: Int) throws(SQLiteError)
    where Word.RawValue == String {
        try bind(word?.rawValue, at: index)
    }

    private func digit(_ value: Int) -> UInt8 {
        UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value)
    }
}
