/// How a theme draws one `StyleRole`: colours for terminals that have them, and the
/// attributes to fall back on when they do not.
///
/// `monoAttributes` is separate from `attributes` because colour carries meaning
/// (green met, red off track): without colour, those roles need attributes of their
/// own to stay distinguishable, attributes that would be too loud next to colour.
public struct ThemeStyle: Hashable, Sendable, CustomStringConvertible {
    /// Foreground; nil means the terminal's own colour.
    public var fg: RGB?
    /// Background; nil means the terminal's own colour.
    public var bg: RGB?
    /// Attributes used together with the colours.
    public var attributes: ThemeAttributes
    /// Attributes used instead when the terminal shows no colour.
    public var monoAttributes: ThemeAttributes

    public init(fg: RGB? = nil, bg: RGB? = nil, attributes: ThemeAttributes = [],
                monoAttributes: ThemeAttributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
        self.monoAttributes = monoAttributes
    }

    /// The terminal's own colours, no attributes.
    public static let plain = ThemeStyle()

    /// The attributes to draw with at `depth`: `monoAttributes` when there is no colour.
    public func attributes(for depth: ColorDepth) -> ThemeAttributes {
        depth == .monochrome ? monoAttributes : attributes
    }

    public var description: String {
        "fg \(fg.map(String.init(describing:)) ?? "default"), bg \(bg.map(String.init(describing:)) ?? "default"), "
            + "attrs [\(attributes)], mono [\(monoAttributes)]"
    }
}
