/// The language of the interface (the data itself is whatever the exports hold).
public enum Language: String, CaseIterable, Sendable, Codable {
    case vi, en

    /// The language the user's locale asks for, read the way POSIX does: the first
    /// non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`. A locale starting with `vi`
    /// (`vi_VN.UTF-8`) means Vietnamese; anything else, or nothing, English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("vi") ? .vi : .en
        }
        return .en
    }

    /// The value of `--lang`: `vi` or `en` in any case, also `vietnamese`/`tiếng việt`
    /// and `english`/`tiếng anh`; nil otherwise.
    public static func parse(_ text: String) -> Language? {
        switch TextMatching.fold(text) {
        case "vi", "vie", "vietnamese", "tieng viet": return .vi
        case "en", "eng", "english", "tieng anh": return .en
        default: return nil
        }
    }

    /// The language's name in itself, for a language switch on screen.
    public var nativeName: String {
        switch self {
        case .vi: return "Tiếng Việt"
        case .en: return "English"
        }
    }
}
