import QMSDomain

/// How header names and JSON keys are compared: `Mã đơn vị` = ` ma don vi ` = `MA_DON_VI`.
public enum HeaderName {
    /// Folds case, diacritics and white space; `_` and `-` count as spaces so
    /// `parent_id`, `parent id` and `Parent-ID` all name the same column.
    public static func fold(_ name: String) -> String {
        var text = name
        if text.contains("_") || text.contains("-") {
            text = String(text.map { $0 == "_" || $0 == "-" ? " " : $0 })
        }
        return TextMatching.fold(text)
    }
}
