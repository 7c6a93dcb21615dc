/// The field separator of a CSV file, chosen per file from its header line.
///
/// Callers need it beyond splitting fields: a number may use a decimal comma (`90,5`)
/// only where the delimiter is not a comma (EXPORT-FORMAT.md §3).
public enum CSVDelimiter: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// How the delimiter is named in messages: `','`, `';'` or `TAB`.
    public var description: String {
        switch self {
        case .comma: return "','"
        case .semicolon: return "';'"
        case .tab: return "TAB"
        }
    }
}
