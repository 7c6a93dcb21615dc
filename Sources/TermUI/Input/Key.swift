/// A key press, independent of how the terminal encoded it, so screens react to keys
/// without knowing about ncurses or escape sequences.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character, including digits, `/`, `?` and `q`.
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete
    case tab
    /// Shift-Tab: focus the previous panel.
    case backTab
    /// F1…F12 (`function(1)` is F1).
    case function(Int)
    /// Control plus a letter, lower-cased: `ctrl("c")`.
    case ctrl(Character)
    /// The terminal changed size: redraw at the new size.
    case resize

    /// `ctrl` normalised to lower case, so `Key.control("C") == .ctrl("c")`.
    public static func control(_ character: Character) -> Key {
        .ctrl(Character(character.lowercased()))
    }

    /// How the key is named in help screens and footers.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let character): return String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .function(let number): return "F\(number)"
        case .ctrl(let character): return "Ctrl-\(character.uppercased())"
        case .resize: return "Resize"
        }
    }
}
