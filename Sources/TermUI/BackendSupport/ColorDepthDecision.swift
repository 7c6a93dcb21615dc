/// How many colours to use, from the environment and what the terminal reports.
///
/// The terminal description (curses `has_colors()`, `COLORS`) is the authority on what
/// the terminal can do; the environment on what the user wants (`NO_COLOR`) and on
/// terminals whose description overstates them. Pure, so the rules are testable.
public enum ColorDepthDecision {
    /// False when colour must not even be started: `NO_COLOR` set to anything non-empty
    /// (no-color.org), `TERM` unset, `dumb`, or a DEC VT (`vt100`, `vt220`).
    public static func allowsColor(environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        let term = (environment["TERM"] ?? "").lowercased()
        return !(term.isEmpty || term == "dumb" || term.hasPrefix("vt"))
    }

    /// - Parameters:
    ///   - hasColors: curses `has_colors()`.
    ///   - colors: curses `COLORS` after `start_color()` (0 if colour was not started).
    public static func decide(environment: [String: String], hasColors: Bool, colors: Int) -> ColorDepth {
        guard allowsColor(environment: environment), hasColors else { return .monochrome }
        if colors >= 256 { return .ansi256 }
        if colors >= 8 { return .ansi8 }
        return .monochrome
    }
}
