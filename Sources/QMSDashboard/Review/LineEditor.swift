import TermUI

/// The one-line text field of review mode: what the chair types as a note, a decision,
/// an action item or the attendance list.
///
/// A pure value: keys go in, the text and the cursor come out, so it is tested without a
/// terminal. The cursor counts grapheme clusters (Swift `Character`s), never scalars:
/// Backspace removes a whole `ệ` whether it arrived precomposed (NFC) or as `e` plus two
/// combining marks (NFD), and a combining mark typed on its own joins the letter before
/// it. Drawing goes by display width, so wide characters (CJK, emoji) keep the cursor
/// where the terminal shows it.
public struct LineEditor: Hashable, Sendable {
    /// What a key did to the field.
    public enum Outcome: Hashable, Sendable {
        /// Still editing (the key changed the text or the cursor, or meant nothing here).
        case editing
        /// Enter: the text is to be saved.
        case submitted(String)
        /// Esc: nothing is to be saved.
        case cancelled
    }

    /// Longest text accepted, in characters: a line of minutes, not an essay.
    public static let maximumLength = 500

    public private(set) var text: String
    /// Characters (grapheme clusters) before the cursor, 0...text.count.
    public private(set) var cursor: Int

    /// A field holding `text`, with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Applies `key`; printable characters are inserted at the cursor.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .char(let character): insert(String(character))
        case .backspace, .ctrl("h"): backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): moveLeft()
        case .right, .ctrl("f"): moveRight()
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"): removeBeforeCursor()
        case .enter: return .submitted(text)
        case .escape: return .cancelled
        default: break
        }
        return .editing
    }

    /// Inserts `piece` at the cursor. Controls are dropped (a paste may carry line breaks
    /// or tabs; the field is one line). The cursor lands after what was inserted, even
    /// when a combining mark merges into the character before it.
    public mutating func insert(_ piece: String) {
        let clean = String(piece.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F
            && !(0x80..<0xA0).contains($0.value) }.map(Character.init))
        guard !clean.isEmpty, text.count + clean.count <= Self.maximumLength else { return }
        let index = text.index(text.startIndex, offsetBy: cursor)
        let before = String(text[..<index]) + clean
        text = before + text[index...]
        cursor = min(before.count, text.count)
    }

    /// Removes the whole character before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        let end = text.index(text.startIndex, offsetBy: cursor)
        text.remove(at: text.index(before: end))
        cursor -= 1
    }

    /// Removes the whole character under the cursor.
    public mutating func deleteForward() {
        guard cursor < text.count else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }

    private mutating func removeBeforeCursor() {
        text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
        cursor = 0
    }

    /// The part of the text to draw in `width` columns and the column of the cursor in it.
    ///
    /// The window scrolls so the cursor is always inside, with room for the cursor cell
    /// after the last character; the characters before and after the window are cut
    /// whole, never half a wide character.
    public func window(width: Int) -> (before: String, after: String, cursorColumn: Int) {
        guard width > 0 else { return ("", "", 0) }
        let characters = Array(text)
        var start = 0
        var beforeWidth = characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        // Keep one column for the cursor itself.
        while beforeWidth > width - 1 && start < cursor {
            beforeWidth -= DisplayWidth.of(characters[start])
            start += 1
        }
        var after = ""
        var used = beforeWidth
        for character in characters[cursor...] {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width { break }
            after.append(character)
            used += characterWidth
        }
        return (String(characters[start..<cursor]), after, beforeWidth)
    }
}
