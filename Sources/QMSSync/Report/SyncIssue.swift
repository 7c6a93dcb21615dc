import QMSDomain

/// One error or warning about a file, worded as EXPORT-FORMAT §7 asks:
/// `FILE:LINE: column 'NAME': what is wrong, and what was expected`
/// (`FILE:record N: …` for JSON, `FILE: …` for the file as a whole).
public struct SyncIssue: Hashable, Sendable, CustomStringConvertible {
    /// Where in the file the issue is.
    public enum Location: Hashable, Sendable {
        /// The whole file (it cannot be opened, it names no kind, …).
        case file
        /// A physical line of a CSV file (1-based; where the record begins).
        case line(Int)
        /// A record of a JSON file (1-based index in its array); `kind` names the
        /// array within a bundle.
        case record(Int, kind: RecordKind?)
    }

    /// The file as the user named it (the PATH given, joined with the name inside a folder).
    public let file: String
    public let location: Location
    /// The column as the file names it, if the issue is about one.
    public let column: String?
    /// What is wrong, and what was expected.
    public let message: String

    public init(file: String, location: Location, column: String? = nil, message: String) {
        self.file = file
        self.location = location
        self.column = column.map { QuotedValue.visible($0, limit: 64) }
        self.message = message
    }

    /// The line, when the issue is about one (for sorting and tests).
    public var line: Int? {
        if case .line(let line) = location { return line }
        return nil
    }

    public var description: String {
        var text = QuotedValue.visible(file, limit: 4096)
        switch location {
        case .file:
            text += ":"
        case .line(let line):
            text += ":\(line):"
        case .record(let index, let kind):
            text += kind.map { ":\($0.rawValue) record \(index):" } ?? ":record \(index):"
        }
        if let column { text += " column '\(column)':" }
        return text + " " + message
    }
}
