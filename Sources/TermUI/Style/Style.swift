/// A role plus the attributes every terminal has, even without colour.
///
/// Attributes are kept separate from the role so meaning survives a monochrome terminal:
/// a selected row keeps `reverse`, a title keeps `bold`, whatever the theme does.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    /// Terminal attributes that work without colour.
    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let dim = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let underline = Attributes(rawValue: 1 << 3)
    }

    public var role: StyleRole
    public var attributes: Attributes

    public init(_ role: StyleRole = .text, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Plain text, no attributes: what an empty cell has.
    public static let plain = Style()

    public var isBold: Bool { attributes.contains(.bold) }
    public var isDim: Bool { attributes.contains(.dim) }
    public var isReverse: Bool { attributes.contains(.reverse) }
    public var isUnderline: Bool { attributes.contains(.underline) }

    /// The same style with more attributes.
    public func adding(_ more: Attributes) -> Style {
        Style(role, attributes.union(more))
    }

    /// The same attributes under another role.
    public func with(role: StyleRole) -> Style {
        Style(role, attributes)
    }

    /// `role` followed by `+bold` etc., as in styled text dumps: `title+bold`.
    public var description: String {
        var text = role.rawValue
        if isBold { text += "+bold" }
        if isDim { text += "+dim" }
        if isReverse { text += "+reverse" }
        if isUnderline { text += "+underline" }
        return text
    }
}
