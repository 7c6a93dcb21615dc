/// A CSV header matched against a kind's columns: which column each field feeds,
/// how the file names each column, and what is wrong with the header.
public struct ResolvedHeader: Sendable {
    public let schema: KindSchema
    /// For each field position, the column it feeds (nil: ignored).
    public let fieldColumns: [Int?]
    /// For each column, the field position that feeds it (nil: absent).
    public let columnFields: [Int?]
    /// For each column, its name as the header writes it (the English name when absent).
    public let labels: [String]
    /// Problems that reject the file: a missing required column, a column named twice.
    public let errors: [RowProblem]
    /// Unknown and unnamed columns, which are ignored.
    public let warnings: [RowProblem]

    /// The header is usable: no required column is missing and none is named twice.
    public var isValid: Bool { errors.isEmpty }

    /// Resolves header `names` (as written; trimmed and NFC here) against `schema`.
    public init(names: [String], schema: KindSchema) {
        self.schema = schema
        var fieldColumns: [Int?] = Array(repeating: nil, count: names.count)
        var columnFields: [Int?] = Array(repeating: nil, count: schema.columns.count)
        var labels = schema.columns.map(\.name)
        var errors: [RowProblem] = []
        var warnings: [RowProblem] = []
        let lastNamed = names.lastIndex { CellText.make($0) != nil } ?? -1
        for (position, raw) in names.enumerated() {
            guard let name = CellText.make(raw) else {
                // Trailing delimiters only add empty columns; an unnamed column in the middle is worth a word.
                if position < lastNamed {
                    warnings.append(RowProblem(column: nil, message: "column \(position + 1) has no name and is ignored"))
                }
                continue
            }
            guard let column = schema.column(named: name) else {
                warnings.append(RowProblem(column: name, message: "is not a column of \(schema.kind.rawValue) and is "
                    + "ignored, expected one of " + schema.columns.map(\.name).joined(separator: ", ")))
                continue
            }
            if let earlier = columnFields[column.index] {
                errors.append(RowProblem(column: name, message: "names the same column as \(QuotedValue.show(labels[column.index])) "
                    + "(column \(earlier + 1)), expected each column once"))
                continue
            }
            fieldColumns[position] = column.index
            columnFields[column.index] = position
            labels[column.index] = name
        }
        for column in schema.requiredColumns where columnFields[column.index] == nil {
            errors.append(RowProblem(column: column.name, message: "is missing, expected a column named "
                + column.acceptedNames.map { QuotedValue.show($0) }.joined(separator: " or ")
                + " (it is required in \(schema.kind.rawValue))"))
        }
        self.fieldColumns = fieldColumns
        self.columnFields = columnFields
        self.labels = labels
        self.errors = errors
        self.warnings = warnings
    }
}
