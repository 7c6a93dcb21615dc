/// Whether the terminal gets UTF-8 or only ASCII, decided from the process locale.
///
/// The codeset of the locale (`nl_langinfo(CODESET)` after `setlocale(LC_ALL, "")`) is
/// what the C library will actually encode with; the environment only says what the
/// user wanted. Over SSH the two often disagree: `LANG=vi_VN.UTF-8` is forwarded to a
/// server where that locale was never generated, so the C library falls back to ASCII.
/// Then `C.UTF-8` (present on every modern glibc) gives the encoding without the rest
/// of the locale. A pure function of its inputs, so the backend only supplies them.
public enum LocaleDecision: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The locale already encodes UTF-8.
    case unicode
    /// The user asked for UTF-8 but the locale is missing: use `LC_CTYPE=C.UTF-8`.
    case switchToCUTF8
    /// No sign of a UTF-8 terminal (or no way to encode it): draw only ASCII.
    case ascii

    /// - Parameters:
    ///   - environment: the process environment (`LC_ALL`, `LC_CTYPE`, `LANG`).
    ///   - codeset: the current locale's codeset, e.g. `UTF-8`, `ANSI_X3.4-1968`.
    ///   - cUTF8Available: whether `setlocale(LC_CTYPE, "C.UTF-8")` succeeds.
    public static func decide(environment: [String: String], codeset: String, cUTF8Available: Bool) -> LocaleDecision {
        if isUTF8(codeset: codeset) { return .unicode }
        if environmentAsksForUTF8(environment) && cUTF8Available { return .switchToCUTF8 }
        return .ascii
    }

    /// `UTF-8`, `utf8`, `UTF8` in any case.
    public static func isUTF8(codeset: String) -> Bool {
        codeset.lowercased().filter { $0 != "-" && $0 != "_" } == "utf8"
    }

    /// True when the locale variable that wins (the first non-empty of `LC_ALL`,
    /// `LC_CTYPE`, `LANG`) names a UTF-8 codeset; `LC_ALL=C` overrides a UTF-8 `LANG`.
    public static func environmentAsksForUTF8(_ environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lowered = value.lowercased()
            return lowered.contains("utf-8") || lowered.contains("utf8")
        }
        return false
    }

    /// What the buffer may hold after this decision.
    public var renderMode: RenderMode { self == .ascii ? .ascii : .unicode }

    public var description: String {
        switch self {
        case .unicode: return "UTF-8 locale"
        case .switchToCUTF8: return "UTF-8 through C.UTF-8"
        case .ascii: return "ASCII only"
        }
    }
}
