/// A pull parser for the shapes the export contract uses: an array of flat records,
/// or a bundle object whose members are such arrays. The caller walks the structure
/// (`beginTop`, `nextElement`, `nextMember`, `readRecord`), so a file of any size is
/// read one record at a time. Nested values inside a record are skipped without
/// recursion, so a hostile file cannot exhaust the stack.
final class JSONReader {
    /// What the file is at its top level.
    enum Top: Equatable {
        case array
        case object
    }

    /// The longest string kept (bytes); longer strings are an error, not an allocation.
    static let maxStringBytes = 1 << 20

    private let stream: JSONByteStream
    private var bytes: [UInt8] = []

    init(path: String) throws(JSONError) {
        stream = try JSONByteStream(path: path)
        bytes.reserveCapacity(256)
    }

    /// The line the reader is on, for messages about the value just read.
    var line: Int { stream.line }

    // MARK: Structure

    /// Reads up to and including the opening `[` or `{` of the file (after a BOM).
    func beginTop() throws(JSONError) -> Top {
        if let bigEndian = try stream.utf16Start() { throw .utf16(bigEndian: bigEndian) }
        if try stream.peek() == 0xEF {
            stream.advance()
            guard try stream.next() == 0xBB, try stream.next() == 0xBF else {
                throw syntax("the file does not start with '[' or '{', expected an array of records or a bundle object")
            }
        }
        try skipSpace()
        switch try stream.next() {
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "{"): return .object
        case nil: throw syntax("the file is empty, expected an array of records or a bundle object")
        case let byte?: throw syntax("found \(Self.show(byte)) at the start, expected '[' (an array of records) or '{' (a bundle)")
        }
    }

    /// After the top value: only white space may follow.
    func finish() throws(JSONError) {
        try skipSpace()
        if let byte = try stream.peek() {
            throw syntax("found \(Self.show(byte)) after the end of the top value, expected the end of the file")
        }
    }

    /// Inside an array: true when another element starts here (positioned at it),
    /// false after consuming the closing `]`.
    func nextElement(first: inout Bool) throws(JSONError) -> Bool {
        try skipSpace()
        if try stream.peek() == UInt8(ascii: "]") {
            stream.advance()
            return false
        }
        if !first {
            try expect(UInt8(ascii: ","), "',' or ']' after an element")
            try skipSpace()
        }
        first = false
        if try stream.peek() == nil { throw syntax("the file ends inside an array, expected ']'") }
        return true
    }

    /// Inside an object: the next member's key (positioned at its value), or nil
    /// after consuming the closing `}`.
    func nextMember(first: inout Bool) throws(JSONError) -> String? {
        try skipSpace()
        if try stream.peek() == UInt8(ascii: "}") {
            stream.advance()
            return nil
        }
        if !first {
            try expect(UInt8(ascii: ","), "',' or '}' after a member")
            try skipSpace()
        }
        first = false
        guard try stream.peek() == UInt8(ascii: "\"") else {
            if let byte = try stream.peek() {
                throw syntax("found \(Self.show(byte)), expected a member name in double quotes")
            }
            throw syntax("the file ends inside an object, expected '}'")
        }
        stream.advance()
        let key = try readString()
        try skipSpace()
        try expect(UInt8(ascii: ":"), "':' after the member name")
        try skipSpace()
        return key
    }

    /// Whether the value about to be read opens with `c` (`[` or `{`); consumes it if so.
    func open(_ c: Character) throws(JSONError) -> Bool {
        try skipSpace()
        guard try stream.peek() == c.asciiValue else { return false }
        stream.advance()
        return true
    }

    /// Reads one record (an object of scalars) into `fields`; false (value skipped)
    /// when the value is not an object.
    func readRecord(into fields: inout [(key: String, cell: JSONCell)]) throws(JSONError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        guard try open("{") else {
            try skipValue()
            return false
        }
        var first = true
        while let key = try nextMember(first: &first) {
            fields.append((key, try readScalar()))
        }
        return true
    }

    /// A member value reduced to a `JSONCell`; objects and arrays are skipped.
    func readScalar() throws(JSONError) -> JSONCell {
        try skipSpace()
        guard let byte = try stream.peek() else { throw syntax("the file ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "\""):
            stream.advance()
            return .text(try readString())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipValue()
            return .nested
        case UInt8(ascii: "t"):
            try literal("true")
            return .text("true")
        case UInt8(ascii: "f"):
            try literal("false")
            return .text("false")
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .text(try readNumber())
        default:
            throw syntax("found \(Self.show(byte)), expected a value (a string, number, true, false or null)")
        }
    }

    /// Skips any value, however deeply nested, checking its syntax, without recursion
    /// (a stack of open containers instead), so a hostile file cannot exhaust the stack.
    func skipValue() throws(JSONError) {
        var stack: [Bool] = []  // true: inside an object
        while true {
            // At the start of a value.
            try skipSpace()
            switch try stream.peek() {
            case UInt8(ascii: "{"):
                stream.advance()
                try skipSpace()
                if try stream.peek() == UInt8(ascii: "}") {
                    stream.advance()
                } else {
                    stack.append(true)
                    try memberName()
                    continue
                }
            case UInt8(ascii: "["):
                stream.advance()
                try skipSpace()
                if try stream.peek() == UInt8(ascii: "]") {
                    stream.advance()
                } else {
                    stack.append(false)
                    continue
                }
            default:
                _ = try readScalar()
            }
            // After a value: close containers until one continues with ','.
            while let inObject = stack.last {
                try skipSpace()
                let close = inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                guard let byte = try stream.peek() else { throw syntax("the file ends inside a value") }
                if byte == close {
                    stream.advance()
                    stack.removeLast()
                    continue
                }
                guard byte == UInt8(ascii: ",") else {
                    throw syntax("found \(Self.show(byte)), expected ',' or \(Self.show(close)) after "
                        + (inObject ? "a member" : "an element"))
                }
                stream.advance()
                if inObject { try memberName() }
                break
            }
            if stack.isEmpty { return }
        }
    }

    /// `"name" :` inside an object being skipped.
    private func memberName() throws(JSONError) {
        try skipSpace()
        try expect(UInt8(ascii: "\""), "a member name in double quotes")
        _ = try readString()
        try skipSpace()
        try expect(UInt8(ascii: ":"), "':' after the member name")
    }

    // MARK: Scalars

    private func readString() throws(JSONError) -> String {
        bytes.removeAll(keepingCapacity: true)
        let startLine = stream.line
        while true {
            guard let byte = try stream.next() else {
                throw .syntax(line: startLine, message: "a string starting here is never closed, expected '\"'")
            }
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: bytes, as: UTF8.self) else { throw .invalidUTF8(line: startLine) }
                return text
            case UInt8(ascii: "\\"):
                try readEscape()
            default:
                bytes.append(byte)
            }
            if bytes.count > Self.maxStringBytes {
                throw .stringTooLong(line: startLine, limitBytes: Self.maxStringBytes)
            }
        }
    }

    private func readEscape() throws(JSONError) {
        guard let byte = try stream.next() else { throw syntax("the file ends inside a string escape") }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(byte)
        case UInt8(ascii: "b"): bytes.append(0x08)
        case UInt8(ascii: "f"): bytes.append(0x0C)
        case UInt8(ascii: "n"): bytes.append(0x0A)
        case UInt8(ascii: "r"): bytes.append(0x0D)
        case UInt8(ascii: "t"): bytes.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800...0xDBFF).contains(value) {
                guard try stream.next() == UInt8(ascii: "\\"), try stream.next() == UInt8(ascii: "u") else {
                    throw syntax("a \\u escape holds half of a surrogate pair, expected its second half")
                }
                let low = try hex4()
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw syntax("a \\u escape holds half of a surrogate pair, expected its second half")
                }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(value) {
                throw syntax("a \\u escape holds half of a surrogate pair, expected a whole character")
            }
            bytes.append(contentsOf: Unicode.Scalar(value)!.utf8)
        default:
            throw syntax("'\\\(Character(Unicode.Scalar(byte)))' is not a JSON escape, expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
        }
    }

    private func hex4() throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = try stream.next() else { throw syntax("the file ends inside a \\u escape") }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw syntax("found \(Self.show(byte)) in a \\u escape, expected four hexadecimal digits")
            }
            value = value << 4 | digit
        }
        return value
    }

    /// The number's literal as written, after checking it is a JSON number.
    private func readNumber() throws(JSONError) -> String {
        bytes.removeAll(keepingCapacity: true)
        while let byte = try stream.peek(), Self.isNumberByte(byte) {
            bytes.append(byte)
            stream.advance()
            if bytes.count > 64 { throw syntax("a number is more than 64 characters long") }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard Self.isJSONNumber(bytes) else { throw syntax("'\(text)' is not a JSON number") }
        return text
    }

    private func literal(_ word: String) throws(JSONError) {
        for expected in word.utf8 {
            guard try stream.next() == expected else {
                throw syntax("expected '\(word)'")
            }
        }
    }

    // MARK: Helpers

    private func skipSpace() throws(JSONError) {
        while let byte = try stream.peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            stream.advance()
        }
    }

    private func expect(_ byte: UInt8, _ what: String) throws(JSONError) {
        guard let found = try stream.peek() else { throw syntax("the file ends early, expected \(what)") }
        guard found == byte else { throw syntax("found \(Self.show(found)), expected \(what)") }
        stream.advance()
    }

    private func syntax(_ message: String) -> JSONError {
        .syntax(line: stream.line, message: message)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E")
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    static func isJSONNumber(_ b: [UInt8]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") { i += 1 }
            return i - start
        }
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        let leading = i
        let intDigits = digits()
        guard intDigits > 0, !(intDigits > 1 && b[leading] == UInt8(ascii: "0")) else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }

    /// A byte as a message shows it.
    static func show(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80 { return "text" }
        return "a control byte"
    }
}
