/// Why a theme could not be used, said so that the user can fix the file.
///
/// Problems inside a file carry its path and line and read `FILE:LINE: what is wrong,
/// expected …`, like a compiler's.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A line that is neither blank, a comment, nor `key = "value"`.
    case missingEquals(file: String, line: Int, text: String)
    /// The value is not enclosed in double quotes (or the closing one is missing).
    case missingQuotes(file: String, line: Int, key: String)
    /// Something other than a comment follows the closing quote.
    case textAfterValue(file: String, line: Int, key: String)
    /// A key that names no role or property.
    case unknownKey(file: String, line: Int, key: String)
    /// A colour that is not `#RRGGBB` or empty.
    case badColor(file: String, line: Int, key: String, value: String)
    /// A word in an attribute list that is not an attribute.
    case badAttribute(file: String, line: Int, key: String, word: String)
    /// The same key twice; which one was meant is unclear.
    case duplicateKey(file: String, line: Int, key: String, firstLine: Int)
    /// The file exists but cannot be read as a theme (permissions, not UTF-8, too big).
    case unreadable(path: String, reason: String)
    /// No theme of that name in any of the places searched.
    case notFound(name: String, searched: [String])
    /// A theme name with characters a name cannot have (`/` makes it a path instead).
    case invalidName(String)

    public var description: String {
        switch self {
        case let .missingEquals(file, line, text):
            return "\(file):\(line): cannot read '\(Self.clip(text))', expected key = \"value\" "
                + "(e.g. title.fg = \"#FFD75F\"), a # comment or a blank line"
        case let .missingQuotes(file, line, key):
            return "\(file):\(line): the value of '\(key)' is not in double quotes, "
                + "expected \(key) = \"…\" with both quotes"
        case let .textAfterValue(file, line, key):
            return "\(file):\(line): unexpected text after the value of '\(key)', "
                + "expected nothing or a # comment after the closing quote"
        case let .unknownKey(file, line, key):
            return "\(file):\(line): unknown key '\(Self.clip(key))', expected name, description "
                + "or ROLE.fg, ROLE.bg, ROLE.attrs, ROLE.mono with ROLE one of "
                + StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
        case let .badColor(file, line, key, value):
            return "\(file):\(line): '\(Self.clip(value))' is not a colour for '\(key)', "
                + "expected \"#RRGGBB\" (e.g. \"#FFD75F\") or \"\" for the terminal's own colour"
        case let .badAttribute(file, line, key, word):
            return "\(file):\(line): '\(Self.clip(word))' is not an attribute for '\(key)', expected "
                + ThemeAttributes.named.map(\.name).joined(separator: ", ")
                + " separated by spaces, or \"\" for none"
        case let .duplicateKey(file, line, key, firstLine):
            return "\(file):\(line): '\(key)' is set again (first on line \(firstLine)), expected each key once"
        case let .unreadable(path, reason):
            return "\(path): cannot read the theme: \(reason)"
        case let .notFound(name, searched):
            let places = searched.isEmpty ? "" : " (looked in \(searched.joined(separator: ", ")))"
            return "no theme named '\(name)'\(places), expected one of the shipped themes "
                + "(default, light, projector, mono), a NAME.theme file there, or a path to a .theme file"
        case let .invalidName(name):
            return "'\(Self.clip(name))' is not a theme name, expected letters, digits, '-', '_' "
                + "or a path to a .theme file"
        }
    }

    /// Quotes user text without letting a long or hostile line flood the message.
    private static func clip(_ text: String) -> String {
        var clipped = ""
        for scalar in text.unicodeScalars.prefix(60) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                clipped += "?"
            } else {
                clipped.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > 60 ? clipped + "…" : clipped
    }
}
