/// A value as a message shows it: control characters made visible (`\u{1B}`) and cut
/// short, so a hostile cell or header can neither flood nor drive the terminal that
/// prints the sync report.
public enum QuotedValue {
    /// The longest value shown in full, in characters.
    public static let maxShown = 40

    /// `text` in single quotes, made visible and cut short.
    public static func show(_ text: String) -> String {
        "'" + visible(text) + "'"
    }

    /// `text` made visible and cut short, without quotes.
    public static func visible(_ text: String, limit: Int = maxShown) -> String {
        var out = ""
        var shown = 0
        for character in text {
            if shown == limit {
                out += "…"
                break
            }
            for scalar in character.unicodeScalars {
                if isControl(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            shown += 1
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the bidirectional overrides that can reorder a line.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
