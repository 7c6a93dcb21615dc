/// Fitting printable text into a number of terminal columns.
///
/// All widths are display widths (`DisplayWidth`), and grapheme clusters are never split,
/// so a decomposed Vietnamese letter keeps its accents and a CJK character is never
/// cut in half. Pass text that is already sanitised (`Buffer.prepare`).
public enum TextFit {
    /// `text` shortened to at most `width` columns, ending in `ellipsis` when something
    /// was cut. A wide character that would cross the limit is dropped, so the result may
    /// be one column narrower than `width` (pad it, see `fit`). When not even one
    /// character and the ellipsis fit, the text is cut without an ellipsis (`日本語` in
    /// 2 columns is `日`, in 3 `日…`).
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let textWidth = DisplayWidth.of(text)
        if textWidth <= width { return text }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let useEllipsis = ellipsisWidth > 0 && ellipsisWidth < width
        let budget = useEllipsis ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        if useEllipsis {
            // "Hành động …" reads worse than "Hành động…".
            while result.last == " " { result.removeLast() }
            // A wide first character left no room for the ellipsis: show the character.
            if result.isEmpty { return truncate(text, toWidth: width, ellipsis: "") }
            result += ellipsis
        }
        return result
    }

    /// `text` padded with spaces to `width` columns; text already that wide is returned as is.
    public static func pad(_ text: String, toWidth width: Int, alignment: Alignment = .left) -> String {
        let textWidth = DisplayWidth.of(text)
        guard textWidth < width else { return text }
        let leading = alignment.leadingPadding(contentWidth: textWidth, in: width)
        let trailing = width - textWidth - leading
        return String(repeating: " ", count: leading) + text + String(repeating: " ", count: trailing)
    }

    /// `text` truncated and padded to exactly `width` columns.
    public static func fit(_ text: String, toWidth width: Int, alignment: Alignment = .left,
                           ellipsis: String = "…") -> String {
        pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
    }

    /// `text` broken into lines of at most `width` columns: at spaces where possible,
    /// inside a word only when the word alone is wider than a line. Line breaks in the
    /// input (`\n`, `\r\n`) start new lines. Spaces at a break are dropped.
    public static func wrap(_ text: String, toWidth width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in splitLines(text) {
            let glyphs = paragraph.map { Glyph(symbol: String($0), width: DisplayWidth.of($0), style: .plain) }
            for range in LineBreaker.breakLines(glyphs, width: width) {
                lines.append(glyphs[range].map(\.symbol).joined())
            }
        }
        return lines
    }

    /// Splits on LF, CRLF and lone CR.
    static func splitLines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
