/// What the terminal can show: which characters and how many colours.
///
/// Decided once at start-up from the environment (a pure function of it, so it is
/// testable and reproducible); a backend may lower `colorDepth` further after asking the
/// terminal itself (ncurses `COLORS`).
public struct TerminalCapabilities: Hashable, Sendable, CustomStringConvertible {
    public var renderMode: RenderMode
    public var colorDepth: ColorDepth

    public init(renderMode: RenderMode = .unicode, colorDepth: ColorDepth = .ansi8) {
        self.renderMode = renderMode
        self.colorDepth = colorDepth
    }

    /// Reads the conventions users expect:
    /// - the first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG` names a UTF-8 codeset
    ///   (`vi_VN.UTF-8`, `C.utf8`) → `unicode`, otherwise (unset, `C`, `POSIX`) → `ascii`;
    /// - `NO_COLOR` set to anything non-empty, `TERM` unset/empty, `dumb` or a DEC VT
    ///   (`vt100`, `vt220`) → `monochrome`;
    /// - `TERM` containing `256color`, or `COLORTERM` of `truecolor`/`24bit` → `ansi256`;
    /// - otherwise `ansi8`.
    public static func detect(environment: [String: String]) -> TerminalCapabilities {
        TerminalCapabilities(renderMode: renderMode(environment), colorDepth: colorDepth(environment))
    }

    static func renderMode(_ environment: [String: String]) -> RenderMode {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lowered = value.lowercased()
            return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
        }
        return .ascii
    }

    static func colorDepth(_ environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let term = (environment["TERM"] ?? "").lowercased()
        if term.isEmpty || term == "dumb" || term.hasPrefix("vt") { return .monochrome }
        let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
        if term.contains("256color") || colorTerm == "truecolor" || colorTerm == "24bit" { return .ansi256 }
        return .ansi8
    }

    public var description: String { "\(renderMode), \(colorDepth)" }
}
