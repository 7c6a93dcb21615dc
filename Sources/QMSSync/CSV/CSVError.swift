/// Why a CSV file cannot be read. Every case that concerns the content names the physical
/// line (1-based) so the sync report can say `FILE:LINE: ...` and the user can fix it.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What exactly is wrong with a byte sequence that is not UTF-8.
    public enum UTF8Problem: Sendable, Equatable {
        /// A continuation byte (`80`–`BF`) where a character should start.
        case unexpectedContinuationByte
        /// A character encoded with more bytes than needed (`C0 AF` for `/`).
        case overlong
        /// A UTF-16 surrogate (`ED A0 80`), which UTF-8 must never encode.
        case surrogate
        /// A code point beyond U+10FFFF.
        case beyondUnicode
        /// A byte that never occurs in UTF-8 (`F5`–`FF`).
        case invalidByte
        /// A multi-byte character cut short by another character or the end of the file.
        case truncated
    }

    /// The file could not be opened.
    case cannotOpen(path: String, reason: String)
    /// The file was opened but reading it failed (for example, it is a folder).
    case cannotRead(path: String, reason: String)
    /// The file is UTF-16 (a UTF-16 byte-order mark, or NULs in every other byte).
    case utf16(bigEndian: Bool)
    /// A NUL byte, which no text CSV file holds.
    case nulByte(line: Int)
    /// Bytes that are not UTF-8, with the offending bytes.
    case invalidUTF8(line: Int, bytes: [UInt8], problem: UTF8Problem)
    /// A quoted field, begun on `line`, that is still open at the end of the file.
    case unclosedQuote(line: Int)
    /// Something other than the delimiter or a line end right after a closing quote (`"ab"c`).
    case textAfterClosingQuote(line: Int, found: UInt8, delimiter: CSVDelimiter)
    /// A record, begun on `line`, longer than the reader accepts (which keeps memory bounded);
    /// almost always a quote left open, begun on `quoteOpenedOnLine` when known.
    case recordTooLong(line: Int, limitBytes: Int, quoteOpenedOnLine: Int?)

    /// The line the error is about, if it is about one.
    public var line: Int? {
        switch self {
        case .cannotOpen, .cannotRead, .utf16: return nil
        case .nulByte(let line), .invalidUTF8(let line, _, _), .unclosedQuote(let line),
             .textAfterClosingQuote(let line, _, _), .recordTooLong(let line, _, _):
            return line
        }
    }

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open '\(path)': \(reason)"
        case .cannotRead(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .utf16(let bigEndian):
            return "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian); save it as UTF-8"
                + " (in a spreadsheet: Save As, 'CSV UTF-8')"
        case .nulByte(let line):
            return "line \(line): contains a NUL byte (00), which a text CSV file never holds;"
                + " expected a CSV file saved as UTF-8 text"
        case .invalidUTF8(let line, let bytes, let problem):
            let hex = bytes.map { Self.hex($0) }.joined(separator: " ")
            return "line \(line): the bytes \(hex) are not valid UTF-8 (\(Self.explain(problem)));"
                + " expected UTF-8 text: the file may be in Windows-1258, TCVN3 or VNI, save it as UTF-8"
        case .unclosedQuote(let line):
            return "line \(line): a quoted field starting here is never closed; expected a closing '\"'"
        case .textAfterClosingQuote(let line, let found, let delimiter):
            return "line \(line): unexpected \(Self.show(found)) after the closing quote of a field;"
                + " expected \(delimiter) or the end of the line (a quote inside a quoted field is written \"\")"
        case .recordTooLong(let line, let limitBytes, let quoteLine):
            let size = limitBytes >= 1 << 20 ? "\(limitBytes >> 20) MiB" : "\(limitBytes) bytes"
            if let quoteLine {
                return "line \(line): the record starting here is longer than \(size); the quoted field"
                    + " opened on line \(quoteLine) is probably never closed; expected a closing '\"'"
            }
            return "line \(line): the record starting here is longer than \(size); expected a line break"
                + " before that"
        }
    }

    private static func explain(_ problem: UTF8Problem) -> String {
        switch problem {
        case .unexpectedContinuationByte: return "a continuation byte where a character should start"
        case .overlong: return "an overlong encoding"
        case .surrogate: return "a UTF-16 surrogate, which UTF-8 must not encode"
        case .beyondUnicode: return "a code point beyond U+10FFFF"
        case .invalidByte: return "a byte that never occurs in UTF-8"
        case .truncated: return "a multi-byte character cut short"
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// A byte as the user would recognise it: the character if printable ASCII, else its hex.
    private static func show(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))'"
        }
        if byte >= 0x80 { return "text" }
        return "byte \(hex(byte))"
    }
}
