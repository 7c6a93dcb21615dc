/// Why a JSON export cannot be read any further. Every case about the content names
/// the line, so the report can say `FILE:LINE: …` even for a record-oriented format.
public enum JSONError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file could not be opened or read.
    case cannotRead(reason: String)
    /// The text is not JSON at `line`: what was found and what was expected.
    case syntax(line: Int, message: String)
    /// Bytes that are not UTF-8 inside a string.
    case invalidUTF8(line: Int)
    /// A string longer than the reader keeps in memory.
    case stringTooLong(line: Int, limitBytes: Int)
    /// The file is UTF-16 (a byte-order mark, or NULs beside ASCII at the start), which a
    /// spreadsheet or Windows tool may write; named as such rather than as a syntax error.
    case utf16(bigEndian: Bool)

    public var line: Int? {
        switch self {
        case .cannotRead, .utf16: return nil
        case .syntax(let line, _), .invalidUTF8(let line), .stringTooLong(let line, _): return line
        }
    }

    /// The message without the line, for `FILE:LINE: message`.
    public var message: String {
        switch self {
        case .cannotRead(let reason):
            return "cannot be read: \(reason)"
        case .syntax(_, let message):
            return "not valid JSON: \(message)"
        case .invalidUTF8:
            return "a string holds bytes that are not UTF-8, expected the file saved as UTF-8"
        case .utf16(let bigEndian):
            return "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian), expected UTF-8: save it as UTF-8"
        case .stringTooLong(_, let limit):
            return "a string is longer than \(limit >> 20) MiB, expected values of at most 10,000 characters"
        }
    }

    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
