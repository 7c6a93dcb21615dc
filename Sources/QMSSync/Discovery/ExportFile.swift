import QMSDomain

/// A file a sync will read: a CSV or JSON export found among the PATHs given.
public struct ExportFile: Hashable, Sendable {
    public enum Format: String, Hashable, Sendable {
        case csv, json
    }

    /// The path as the report shows it: the PATH given, or PATH/NAME inside a folder.
    public let path: String
    /// The file name alone, by which files of one kind are ordered.
    public let name: String
    public let format: Format
    /// The kind the name names (§1); nil for a JSON bundle.
    public let namedKind: RecordKind?

    public init(path: String, name: String, format: Format, namedKind: RecordKind?) {
        self.path = path
        self.name = name
        self.format = format
        self.namedKind = namedKind
    }
}
