import QMSDomain

/// Reads typed values out of one row's cells, collecting every problem of the row
/// rather than stopping at the first, so a user fixes a row in one go.
///
/// Each accessor returns nil for an empty cell (reporting it when the column is
/// required) and for a bad value (reporting it); decoders check `isValid` before
/// building a record.
public struct CellReader {
    public let cells: RowCells
    public let parser: ValueParser
    public private(set) var problems: [RowProblem] = []

    public init(cells: RowCells, parser: ValueParser) {
        self.cells = cells
        self.parser = parser
    }

    public var isValid: Bool { problems.isEmpty }

    /// Records a problem that concerns a column as a whole row rule (e.g. ends before it starts).
    public mutating func report(_ column: ColumnSpec?, _ message: String) {
        problems.append(RowProblem(column: column.map { cells.labels[$0.index] }, message: message))
    }

    public func isEmpty(_ column: ColumnSpec) -> Bool {
        cells.texts[column.index] == nil
    }

    /// The cell's text, or nil when empty (reported when the column is required).
    private mutating func cell(_ column: ColumnSpec) -> String? {
        if let text = cells.texts[column.index] { return text }
        if column.required {
            report(column, "is empty, expected \(column.type.expectation)")
        }
        return nil
    }

    private mutating func parse<T>(_ column: ColumnSpec, _ body: (String) throws(ValueProblem) -> T) -> T? {
        guard let text = cell(column) else { return nil }
        do {
            return try body(text)
        } catch {
            report(column, error.message)
            return nil
        }
    }

    public mutating func id(_ column: ColumnSpec) -> String? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.id(text) }
    }

    public mutating func text(_ column: ColumnSpec) -> String? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.text(text) }
    }

    public mutating func date(_ column: ColumnSpec) -> Day? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.date(text) }
    }

    public mutating func period(_ column: ColumnSpec) -> Period? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.period(text) }
    }

    public mutating func month(_ column: ColumnSpec) -> Period? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.month(text) }
    }

    public mutating func number(_ column: ColumnSpec) -> Double? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.number(text) }
    }

    public mutating func count(_ column: ColumnSpec) -> Int? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.count(text) }
    }

    public mutating func year(_ column: ColumnSpec) -> Int? {
        parse(column) { [parser] (text: String) throws(ValueProblem) in try parser.year(text) }
    }

    /// A bool never reads as missing: an empty cell is the column's default (§3), even
    /// for a required column such as `electronic`, whose `x`/empty spelling needs it.
    public mutating func bool(_ column: ColumnSpec) -> Bool? {
        guard let text = cells.texts[column.index] else {
            if case .bool(let defaultValue) = column.type { return defaultValue }
            return false
        }
        do {
            return try parser.bool(text)
        } catch {
            report(column, error.message)
            return nil
        }
    }

    public mutating func choice<E: ContractEnum>(_ column: ColumnSpec, as type: E.Type) -> E? {
        guard case .choice(let choice) = column.type else {
            preconditionFailure("\(column.name) is not a choice column")
        }
        return parse(column) { [parser] (text: String) throws(ValueProblem) in
            try parser.choice(text, as: type, choice)
        }
    }
}
