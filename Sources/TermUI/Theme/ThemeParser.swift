/// Reads theme files.
///
/// The format, modelled on btop's theme files so it is easy to edit by hand:
///
/// ```
/// # a comment; blank lines are ignored
/// name = "projector"
/// description = "High contrast for a projector"
/// title.fg = "#FFFF00"          # ROLE.fg, ROLE.bg: "#RRGGBB", or "" for the terminal's own colour
/// title.bg = ""
/// title.attrs = "bold"          # ROLE.attrs: bold dim reverse underline italic, or ""
/// title.mono = "bold underline" # ROLE.mono: the attributes used when there is no colour
/// ```
///
/// `ROLE` is a `StyleRole` raw value (`text`, `title`, `focused_border`, `at_risk`, …).
/// Keys are case-insensitive, each may appear once, and a key left out keeps the value
/// of `base` (the built-in default), so a user's theme can change just a few roles.
/// A `# comment` may follow the closing quote. Values cannot contain `"`.
public enum ThemeParser {
    /// What a file gave: the theme (with every line that could be read applied over
    /// `base`), its errors, and which keys it did not set.
    public struct Outcome: Sendable {
        public var theme: Theme
        /// In line order; at most `maximumErrors`.
        public var errors: [ThemeError]
        /// Keys of `allKeys` the file does not set (they keep `base`'s value).
        public var missingKeys: [String]
    }

    /// Beyond this many problems the file is probably not a theme at all; stop listing.
    public static let maximumErrors = 20

    /// The properties every role has, by their suffix in a key.
    public static let properties = ["fg", "bg", "attrs", "mono"]

    /// Every key a complete theme file sets, in the order shipped files write them.
    public static let allKeys: [String] = ["name", "description"]
        + StyleRole.allCases.flatMap { role in properties.map { "\(role.rawValue).\($0)" } }

    /// Parses `text`; `source` names the file in error messages (its last path component,
    /// without `.theme`, is the name when the file sets none).
    public static func parse(_ text: String, source: String, base: Theme = .builtInDefault) -> Outcome {
        var theme = base
        theme.name = defaultName(for: source)
        theme.summary = ""
        var errors: [ThemeError] = []
        var firstLines: [String: Int] = [:]
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }

        var lineNumber = 0
        for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if errors.count >= maximumErrors { break }
            let line = trimmed(rawLine)
            if line.isEmpty || line.hasPrefix("#") { continue }
            switch entry(in: line, file: source, line: lineNumber) {
            case .failure(let error):
                errors.append(error)
            case .success(let (rawKey, value)):
                let key = rawKey.lowercased()
                if let first = firstLines[key] {
                    errors.append(.duplicateKey(file: source, line: lineNumber, key: rawKey, firstLine: first))
                    continue
                }
                if let error = apply(key: key, rawKey: rawKey, value: value, to: &theme, file: source, line: lineNumber) {
                    errors.append(error)
                } else {
                    firstLines[key] = lineNumber
                }
            }
        }
        let missing = allKeys.filter { firstLines[$0] == nil }
        return Outcome(theme: theme, errors: errors, missingKeys: missing)
    }

    /// The theme name a file has when it sets none: `dir/projector.theme` → `projector`.
    static func defaultName(for source: String) -> String {
        var name = Substring(source)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if name.hasSuffix(".theme") { name = name.dropLast(".theme".count) }
        return String(name)
    }

    /// Splits `key = "value"  # comment` into key and value.
    private static func entry(in line: Substring, file: String, line number: Int)
        -> Result<(String, String), ThemeError> {
        guard let equals = line.firstIndex(of: "=") else {
            return .failure(.missingEquals(file: file, line: number, text: String(line)))
        }
        let key = String(trimmed(line[..<equals]))
        guard !key.isEmpty else {
            return .failure(.missingEquals(file: file, line: number, text: String(line)))
        }
        let rest = trimmed(line[line.index(after: equals)...])
        guard rest.first == "\"" else { return .failure(.missingQuotes(file: file, line: number, key: key)) }
        let afterOpening = rest.index(after: rest.startIndex)
        guard let closing = rest[afterOpening...].firstIndex(of: "\"") else {
            return .failure(.missingQuotes(file: file, line: number, key: key))
        }
        let tail = trimmed(rest[rest.index(after: closing)...])
        guard tail.isEmpty || tail.hasPrefix("#") else {
            return .failure(.textAfterValue(file: file, line: number, key: key))
        }
        return .success((key, String(trimmed(rest[afterOpening..<closing]))))
    }

    /// Stores one value in `theme`, or says why it cannot.
    private static func apply(key: String, rawKey: String, value: String, to theme: inout Theme,
                              file: String, line: Int) -> ThemeError? {
        switch key {
        case "name":
            theme.name = value
            return nil
        case "description":
            theme.summary = value
            return nil
        default:
            break
        }
        guard let dot = key.lastIndex(of: "."),
              let role = StyleRole(rawValue: String(key[..<dot])) else {
            return .unknownKey(file: file, line: line, key: rawKey)
        }
        let property = key[key.index(after: dot)...]
        switch property {
        case "fg", "bg":
            let color: RGB?
            if value.isEmpty {
                color = nil
            } else if let parsed = RGB(hex: value) {
                color = parsed
            } else {
                return .badColor(file: file, line: line, key: rawKey, value: value)
            }
            if property == "fg" { theme[role].fg = color } else { theme[role].bg = color }
        case "attrs", "mono":
            switch ThemeAttributes.parse(value) {
            case .failure(let unknown):
                return .badAttribute(file: file, line: line, key: rawKey, word: unknown.word)
            case .success(let attributes):
                if property == "attrs" { theme[role].attributes = attributes } else { theme[role].monoAttributes = attributes }
            }
        default:
            return .unknownKey(file: file, line: line, key: rawKey)
        }
        return nil
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var result = text
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
