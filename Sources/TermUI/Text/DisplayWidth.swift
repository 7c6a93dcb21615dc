/// How many terminal columns text occupies.
///
/// Terminals lay text out in a grid, and a CJK ideograph or an emoji takes two cells
/// while a combining accent takes none; counting `Character`s or bytes would misalign
/// every table that holds Vietnamese (decomposed or not), Chinese or emoji. The rules
/// follow `wcwidth` with grapheme clusters on top:
///
/// - controls (C0, DEL, C1) have no width of their own: sanitise text before drawing it;
/// - nonspacing/enclosing marks, format characters and Hangul medial/final jamo: 0;
/// - East Asian Wide and Fullwidth, and emoji with emoji presentation: 2;
/// - everything else (East Asian Ambiguous included): 1.
///
/// A grapheme cluster is as wide as its widest scalar, and an emoji base followed by
/// U+FE0F (emoji presentation selector) is 2, so `"e\u{323}\u{302}"` (NFD `ệ`) measures
/// the same as `"ệ"` and a decomposed Hangul syllable the same as the composed one.
public enum DisplayWidth {
    /// Columns taken by one scalar on its own.
    @inlinable
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if value < 0x300 { return 1 }
        return tableWidth(value)
    }

    @usableFromInline
    static func tableWidth(_ value: UInt32) -> Int {
        // Fast answers for the scripts the dashboard mostly shows: combining diacritics
        // (NFD Vietnamese) and Latin Extended Additional (precomposed Vietnamese).
        if value <= 0x36F { return 0 }
        if value >= 0x1E00 && value <= 0x1EFF { return 1 }
        if UnicodeTables.contains(UnicodeTables.zeroWidth, value) { return 0 }
        if value >= 0x1100 && UnicodeTables.contains(UnicodeTables.wide, value) { return 2 }
        return 1
    }

    /// Columns taken by one grapheme cluster (a user-perceived character).
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        var width = of(first)
        var base: Unicode.Scalar? = width > 0 ? first : nil
        while let scalar = iterator.next() {
            if scalar.value == 0xFE0F {
                // Emoji presentation selector: a text-default emoji such as ❤ becomes wide.
                if let candidate = base, candidate.properties.isEmoji { width = 2 }
                continue
            }
            let scalarWidth = of(scalar)
            if scalarWidth > width { width = scalarWidth }
            if base == nil && scalarWidth > 0 { base = scalar }
        }
        return width
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var asciiWidth = 0
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x20 && byte != 0x7F { asciiWidth += 1 }
        }
        if isASCII { return asciiWidth }
        var width = 0
        for character in text { width += of(character) }
        return width
    }
}
