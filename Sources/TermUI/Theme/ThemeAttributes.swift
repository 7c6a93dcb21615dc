/// Terminal attributes a theme can ask for, by the names theme files use.
///
/// Wider than `Style.Attributes` (it adds `italic`, which many terminals lack, so
/// widgets never rely on it); `Style.Attributes` from a cell are merged in with
/// `init(_:)`.
public struct ThemeAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = ThemeAttributes(rawValue: 1 << 0)
    public static let dim = ThemeAttributes(rawValue: 1 << 1)
    public static let reverse = ThemeAttributes(rawValue: 1 << 2)
    public static let underline = ThemeAttributes(rawValue: 1 << 3)
    public static let italic = ThemeAttributes(rawValue: 1 << 4)

    /// Every attribute with its theme-file name, in the order they are written out.
    public static let named: [(name: String, attribute: ThemeAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("reverse", .reverse), ("underline", .underline), ("italic", .italic),
    ]

    /// The attributes a cell carries, so a theme and a widget's own emphasis combine.
    public init(_ attributes: Style.Attributes) {
        var result: ThemeAttributes = []
        if attributes.contains(.bold) { result.insert(.bold) }
        if attributes.contains(.dim) { result.insert(.dim) }
        if attributes.contains(.reverse) { result.insert(.reverse) }
        if attributes.contains(.underline) { result.insert(.underline) }
        self = result
    }

    /// Parses a theme value such as `"reverse bold"`: names separated by spaces (commas
    /// and `+` are accepted too), in any order and case; `""` is no attribute.
    /// Fails with the first word that is not an attribute.
    public static func parse(_ text: String) -> Result<ThemeAttributes, UnknownAttribute> {
        var result: ThemeAttributes = []
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," || $0 == "+" })
        for word in words {
            let lowered = word.lowercased()
            guard let match = named.first(where: { $0.name == lowered }) else {
                return .failure(UnknownAttribute(word: String(word)))
            }
            result.insert(match.attribute)
        }
        return .success(result)
    }

    /// A word in an attribute list that names no attribute.
    public struct UnknownAttribute: Error, Hashable, Sendable {
        public var word: String
    }

    /// Space-separated names, as a theme file writes them; empty for none.
    public var description: String {
        Self.named.filter { contains($0.attribute) }.map(\.name).joined(separator: " ")
    }
}
