/// One column of a kind in the export contract: its English name, the Vietnamese
/// aliases of EXPORT-FORMAT §4, its type and whether a file must have it.
public struct ColumnSpec: Hashable, Sendable {
    /// Position in the kind's column list; decoders read cells by it.
    public let index: Int
    /// The English contract name, also used in messages about a missing column.
    public let name: String
    /// The Vietnamese names, spelled as the contract spells them.
    public let aliases: [String]
    public let type: ValueType
    /// A required column must be in the header and (except bools) non-empty in a row.
    public let required: Bool

    public init(_ index: Int, _ name: String, _ aliases: [String], _ type: ValueType, required: Bool = false) {
        self.index = index
        self.name = name
        self.aliases = aliases
        self.type = type
        self.required = required
    }

    /// Every name a header may use for this column.
    public var acceptedNames: [String] { [name] + aliases }
}
