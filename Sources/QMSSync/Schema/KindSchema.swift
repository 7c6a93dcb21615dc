import QMSDomain

/// The columns of one record kind and how header names map to them.
public struct KindSchema: Sendable {
    public let kind: RecordKind
    public let columns: [ColumnSpec]
    /// The columns whose values identify a record: a later row with the same key replaces it.
    public let key: [ColumnSpec]
    /// The `deleted` column, present in every kind.
    public let deleted: ColumnSpec
    /// Folded header name → column index, for every accepted name.
    private let lookup: [String: Int]

    public init(kind: RecordKind, columns: [ColumnSpec], key: [ColumnSpec]) {
        precondition(columns.enumerated().allSatisfy { $0.offset == $0.element.index },
                     "column indexes of \(kind) must match their positions")
        self.kind = kind
        self.columns = columns
        self.key = key
        guard let deleted = columns.first(where: { $0.name == "deleted" }) else {
            preconditionFailure("every kind has a deleted column")
        }
        self.deleted = deleted
        var lookup: [String: Int] = [:]
        for column in columns {
            for name in column.acceptedNames {
                let folded = HeaderName.fold(name)
                precondition(lookup[folded] == nil || lookup[folded] == column.index,
                             "'\(name)' names two columns of \(kind)")
                lookup[folded] = column.index
            }
        }
        self.lookup = lookup
    }

    /// The column a header (or JSON key) names, ignoring case, surrounding spaces and diacritics.
    public func column(named header: String) -> ColumnSpec? {
        lookup[HeaderName.fold(header)].map { columns[$0] }
    }

    public var requiredColumns: [ColumnSpec] { columns.filter(\.required) }
}
