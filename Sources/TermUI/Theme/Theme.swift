/// A complete mapping from every `StyleRole` to how it is drawn.
///
/// Screens only name roles; the theme is chosen at start-up (`ThemeCatalog`) and handed
/// to the backend, so changing the look of the dashboard never touches a screen.
/// Themes are written as small text files users can copy and edit (`ThemeParser`
/// documents the format); `builtInDefault` is compiled in so a binary copied on its own
/// still has one.
public struct Theme: Hashable, Sendable {
    /// What users type to choose it (`default`, `projector`).
    public var name: String
    /// One line saying what the theme is for.
    public var summary: String
    /// Every role; roles left out of `init` are `ThemeStyle.plain`.
    public private(set) var styles: [StyleRole: ThemeStyle]

    public init(name: String, summary: String = "", styles: [StyleRole: ThemeStyle] = [:]) {
        self.name = name
        self.summary = summary
        var complete = styles
        for role in StyleRole.allCases where complete[role] == nil { complete[role] = .plain }
        self.styles = complete
    }

    public subscript(role: StyleRole) -> ThemeStyle {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// True when some role has a colour; a theme without any (`mono`) draws the same on
    /// every terminal.
    public var usesColor: Bool {
        styles.values.contains { $0.fg != nil || $0.bg != nil }
    }

    /// The terminal's own colours and no attributes for every role: the base the built-in
    /// default is parsed onto.
    public static let plain = Theme(name: "plain", summary: "The terminal's own colours, no attributes")

    /// The `default` theme, compiled in from the same text as `Themes/default.theme`.
    public static let builtInDefault: Theme =
        ThemeParser.parse(builtInDefaultText, source: "built-in default.theme", base: .plain).theme
}
