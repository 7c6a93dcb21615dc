import QMSDomain

/// Reads the current row of a statement into domain values, failing with
/// `StoreError.corrupt` (naming table and column) where a value is not what the
/// schema promises, instead of inventing a default.
public struct RowReader {
    /// The statement positioned on a row.
    public let statement: Statement
    /// The table named in errors.
    public let table: String

    public init(statement: Statement, table: String) {
        self.statement = statement
        self.table = table
    }

    private func corrupt(_ index: Int) -> StoreError {
        .corrupt(table: table, column: statement.columnName(at: index), value: statement.string(at: index))
    }

    /// A NOT NULL text column.
    public func string(_ index: Int) throws(StoreError) -> String {
        guard let value = statement.string(at: index) else { throw corrupt(index) }
        return value
    }

    /// A nullable text column.
    public func optionalString(_ index: Int) -> String? {
        statement.string(at: index)
    }

    /// A NOT NULL integer column.
    public func int(_ index: Int) throws(StoreError) -> Int {
        guard let value = statement.int(at: index) else { throw corrupt(index) }
        return value
    }

    /// A nullable integer column.
    public func optionalInt(_ index: Int) -> Int? {
        statement.int(at: index)
    }

    /// A NOT NULL real column.
    public func double(_ index: Int) throws(StoreError) -> Double {
        guard let value = statement.double(at: index) else { throw corrupt(index) }
        return value
    }

    /// A nullable real column.
    public func optionalDouble(_ index: Int) -> Double? {
        statement.double(at: index)
    }

    /// A NOT NULL 0/1 column.
    public func bool(_ index: Int) throws(StoreError) -> Bool {
        guard let value = statement.bool(at: index) else { throw corrupt(index) }
        return value
    }

    /// A NOT NULL 'YYYY-MM-DD' column.
    public func day(_ index: Int) throws(StoreError) -> Day {
        guard let value = try optionalDay(index) else { throw corrupt(index) }
        return value
    }

    /// A 'YYYY-MM-DD' column, parsed from its bytes without making a `String`.
    public func optionalDay(_ index: Int) throws(StoreError) -> Day? {
        let parsed: Day?? = statement.withText(at: index) { bytes in Self.parseDay(bytes) }
        switch parsed {
        case .none: return nil
        case .some(.none): throw corrupt(index)
        case .some(.some(let day)): return day
        }
    }

    /// A NOT NULL period column in canonical form ("2026-Q2").
    public func period(_ index: Int) throws(StoreError) -> Period {
        guard let text = statement.string(at: index), let period = Period.parse(text) else { throw corrupt(index) }
        return period
    }

    /// A contract word stored as its raw English value.
    public func word<Word: RawRepresentable>(_ index: Int, as type: Word.Type = Word.self) throws(StoreError) -> Word
    where Word.RawValue == String {
        guard let text = statement.string(at: index), let word = Word(rawValue: text) else { throw corrupt(index) }
        return word
    }

    /// An optional contract word; a NULL is nil, an unknown word is corrupt.
    public func optionalWord<Word: RawRepresentable>(_ index: Int, as type: Word.Type = Word.self) throws(StoreError) -> Word?
    where Word.RawValue == String {
        guard let text = statement.string(at: index) else { return nil }
        guard let word = Word(rawValue: text) else { throw corrupt(index) }
        return word
    }

    static func parseDay(_ bytes: UnsafeRawBufferPointer) -> Day? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let byte = bytes[i]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }
}
