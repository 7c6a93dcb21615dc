/// Turns untrusted text (export files, the store, user input) into text that is safe to
/// send to a terminal and honest about what it contains.
///
/// A terminal executes control characters and escape sequences: an export file could
/// clear the screen (`ESC[2J`), retitle the window (`ESC]0;…BEL`), write the user's
/// clipboard (OSC 52) or reorder a line with a bidi override so `evil.exe` reads as
/// `exe.live`. Nothing of that reaches the terminal here; instead the reader sees where
/// something hidden was:
///
/// | input | unicode | ascii |
/// | --- | --- | --- |
/// | C0 control, e.g. ESC, TAB, LF | Control Pictures `␛ ␉ ␊` | caret `^[ ^I ^J` |
/// | DEL | `␡` | `^?` |
/// | C1 control U+0080–U+009F | `⟨U+0085⟩` | `<U+0085>` |
/// | complete CSI `ESC [ … final` (or C1 CSI) | `␛[…]` | `^[[...]` |
/// | complete OSC/DCS/APC/PM/SOS ending in BEL or ST | `␛]…` (introducer kept) | `^[]...` |
/// | format character (bidi controls U+202A–U+202E, U+2066–U+2069, U+200B–U+200F, U+2060, U+FEFF, …), U+2028/U+2029 | `⟨U+202E⟩` | `<U+202E>` |
/// | combining mark with nothing to combine with | `◌́` (dotted circle base) | unchanged |
///
/// Each complete sequence becomes one placeholder rather than its payload, so a 10 KB
/// OSC 52 payload does not flood a table cell. An incomplete sequence only has its
/// introducer replaced; what follows is printable text anyway.
///
/// Two joiners are removed instead of shown: U+200D between two emoji and emoji tag
/// characters after a flag. Terminals disagree on how wide a joined emoji sequence is, so
/// the parts are drawn side by side, each with a width everyone agrees on.
///
/// Non-ASCII printable text is left alone in both modes (but for the placeholders' own
/// characters in ASCII mode, below); folding it to ASCII is the job of `Transliterator`.
/// Sanitising is idempotent.
///
/// Text sanitised for Unicode may be drawn later on an ASCII terminal (review mode draws
/// the minutes' figures, which are sanitised when the minutes are built). So the ASCII
/// mode also turns the Unicode placeholders into their ASCII form — Control Pictures into
/// caret notation, `⟨ ⟩` into `< >`, `…` into `...` — and for controls, sequences and
/// format characters `ascii.sanitize(unicode.sanitize(x)) == ascii.sanitize(x)`. Without
/// that, transliteration would fold `␛` and `⟨` to `?`, and an ASCII reader could no
/// longer tell an escape sequence from a letter it cannot show.
public struct TextSanitizer: Sendable {
    public var mode: RenderMode

    public init(mode: RenderMode = .unicode) {
        self.mode = mode
    }

    /// The printable version of `text`; returns `text` itself when nothing needed changing.
    public func sanitize(_ text: String) -> String {
        if !Self.needsSanitizing(text) && !(mode == .ascii && Self.holdsUnicodePlaceholder(text)) { return text }
        return rewrite(Array(text.unicodeScalars))
    }

    /// Whether `text` holds a character of the Unicode placeholders (`␛`, `⟨`, `…`), which
    /// the ASCII mode rewrites.
    static func holdsUnicodePlaceholder(_ text: String) -> Bool {
        text.unicodeScalars.contains { isUnicodePlaceholderPart($0.value) }
    }

    @inline(__always)
    private static func isUnicodePlaceholderPart(_ value: UInt32) -> Bool {
        (0x2400...0x241F).contains(value) || value == 0x2421 || value == 0x27E8 || value == 0x27E9 || value == 0x2026
    }

    /// True when `text` holds anything `sanitize` would change.
    public static func needsSanitizing(_ text: String) -> Bool {
        var isFirst = true
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) { return true }
            if isFirst {
                if isDanglingMark(scalar) { return true }
                isFirst = false
            }
        }
        return false
    }

    @inline(__always)
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return true }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }
        if value < 0xAD { return false }
        if value == 0x2028 || value == 0x2029 { return true }
        return UnicodeTables.contains(UnicodeTables.format, value)
    }

    /// A mark that would combine with whatever precedes it on screen (a border, a
    /// neighbouring cell) because the text starts with it.
    static func isDanglingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && DisplayWidth.of(scalar) == 0
            && !UnicodeTables.contains(UnicodeTables.format, scalar.value)
    }

    private func rewrite(_ input: [Unicode.Scalar]) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(input.count + 8)
        if let first = input.first, Self.isDanglingMark(first), mode == .unicode {
            output.append("\u{25CC}")
        }
        var index = 0
        while index < input.count {
            let scalar = input[index]
            let value = scalar.value
            switch value {
            case 0x1B:
                if index + 1 < input.count {
                    let next = input[index + 1]
                    if next == "[", let end = Self.endOfControlSequence(input, from: index + 2) {
                        appendSequencePlaceholder(introducer: "[", to: &output)
                        index = end
                        continue
                    }
                    if let introducer = Self.stringIntroducers7Bit[next.value],
                       let end = Self.endOfControlString(input, from: index + 2) {
                        appendSequencePlaceholder(introducer: introducer, to: &output)
                        index = end
                        continue
                    }
                }
                appendControl(value, to: &output)
            case 0x9B:
                if let end = Self.endOfControlSequence(input, from: index + 1) {
                    appendSequencePlaceholder(introducer: "[", to: &output)
                    index = end
                    continue
                }
                appendCodePoint(value, to: &output)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                if let end = Self.endOfControlString(input, from: index + 1),
                   let introducer = Self.stringIntroducers8Bit[value] {
                    appendSequencePlaceholder(introducer: introducer, to: &output)
                    index = end
                    continue
                }
                appendCodePoint(value, to: &output)
            case 0..<0x20, 0x7F:
                appendControl(value, to: &output)
            case 0x80...0x9F, 0x2028, 0x2029:
                appendCodePoint(value, to: &output)
            case 0x200D where Self.joinsEmoji(input, at: index):
                break
            case 0xE0020...0xE007F where Self.isEmojiTag(input, at: index):
                break
            case 0x2400...0x241F where mode == .ascii:
                appendControl(value - 0x2400, to: &output)
            case 0x2421 where mode == .ascii:
                appendControl(0x7F, to: &output)
            case 0x27E8 where mode == .ascii:
                output.append("<")
            case 0x27E9 where mode == .ascii:
                output.append(">")
            case 0x2026 where mode == .ascii:
                output.append(contentsOf: "...".unicodeScalars)
            default:
                if value >= 0xAD && UnicodeTables.contains(UnicodeTables.format, value) {
                    appendCodePoint(value, to: &output)
                } else {
                    output.append(scalar)
                }
            }
            index += 1
        }
        return String(output)
    }

    private static let stringIntroducers7Bit: [UInt32: Character] = [
        0x5D: "]", 0x50: "P", 0x58: "X", 0x5E: "^", 0x5F: "_",
    ]
    private static let stringIntroducers8Bit: [UInt32: Character] = [
        0x9D: "]", 0x90: "P", 0x98: "X", 0x9E: "^", 0x9F: "_",
    ]

    /// Index just past the final byte of a CSI body starting at `start`, or nil when the
    /// body is malformed or cut off.
    static func endOfControlSequence(_ input: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < input.count, (0x30...0x3F).contains(input[index].value) { index += 1 }
        while index < input.count, (0x20...0x2F).contains(input[index].value) { index += 1 }
        guard index < input.count, (0x40...0x7E).contains(input[index].value) else { return nil }
        return index + 1
    }

    /// Index just past the terminator (BEL, ST, `ESC \`) of a control string starting at
    /// `start`. CAN, SUB or another ESC abort the string in a terminal, so they end it
    /// here too (and are processed next). Nil when the text ends first.
    static func endOfControlString(_ input: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < input.count {
            switch input[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:
                if index + 1 < input.count, input[index + 1] == "\\" { return index + 2 }
                return index
            case 0x18, 0x1A:
                return index
            default:
                index += 1
            }
        }
        return nil
    }

    private static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x203C && scalar.properties.isEmoji
    }

    /// ZWJ with an emoji (possibly followed by a presentation selector or skin tone) before
    /// it and an emoji after it.
    private static func joinsEmoji(_ input: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < input.count, isPictographic(input[index + 1]) else { return false }
        var before = index - 1
        while before >= 0 {
            let value = input[before].value
            if value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(value) { before -= 1 } else { break }
        }
        return before >= 0 && isPictographic(input[before])
    }

    /// A tag character inside an emoji tag sequence (🏴 followed by tags, as in subdivision flags).
    private static func isEmojiTag(_ input: [Unicode.Scalar], at index: Int) -> Bool {
        var before = index - 1
        while before >= 0, (0xE0020...0xE007F).contains(input[before].value) { before -= 1 }
        return before >= 0 && isPictographic(input[before])
    }

    private func appendControl(_ value: UInt32, to output: inout String.UnicodeScalarView) {
        switch mode {
        case .unicode:
            output.append(Unicode.Scalar(value == 0x7F ? 0x2421 : 0x2400 + value)!)
        case .ascii:
            output.append("^")
            output.append(Unicode.Scalar(value == 0x7F ? 0x3F : value + 0x40)!)
        }
    }

    private func appendCodePoint(_ value: UInt32, to output: inout String.UnicodeScalarView) {
        var hex = String(value, radix: 16, uppercase: true)
        if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
        switch mode {
        case .unicode: output.append(contentsOf: "⟨U+\(hex)⟩".unicodeScalars)
        case .ascii: output.append(contentsOf: "<U+\(hex)>".unicodeScalars)
        }
    }

    private func appendSequencePlaceholder(introducer: Character, to output: inout String.UnicodeScalarView) {
        let text: String
        switch (mode, introducer) {
        case (.unicode, "["): text = "␛[…]"
        case (.unicode, _): text = "␛\(introducer)…"
        case (.ascii, "["): text = "^[[...]"
        case (.ascii, _): text = "^[\(introducer)..."
        }
        output.append(contentsOf: text.unicodeScalars)
    }
}
