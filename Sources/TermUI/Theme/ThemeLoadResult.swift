/// The theme to draw with, and what went wrong finding the one asked for.
///
/// Loading never fails: a missing or broken theme must not keep the dashboard from
/// starting, so the caller gets the built-in default plus warnings to print.
public struct ThemeLoadResult: Sendable {
    public var theme: Theme
    /// Problems to show the user (on stderr, before the screen starts), in order.
    public var warnings: [ThemeError]
    /// The file the theme came from; nil for the built-in default.
    public var path: String?

    public init(theme: Theme, warnings: [ThemeError] = [], path: String? = nil) {
        self.theme = theme
        self.warnings = warnings
        self.path = path
    }
}
