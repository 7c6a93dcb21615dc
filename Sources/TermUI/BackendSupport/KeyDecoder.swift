/// Turns what a terminal library reads (a character, or a key code for keys such as
/// arrows) into a `Key`.
///
/// The character half follows what every terminal sends (Enter is CR or LF, Backspace
/// DEL or ^H, Ctrl-A…Ctrl-Z are 1…26) and is the same for any backend. The key-code
/// half is a table the backend fills from its own constants (`KEY_UP` …), so this type
/// knows no library's numbers.
public struct KeyDecoder: Sendable {
    /// Key codes (with `isKeyCode`) and the keys they mean.
    public var keyCodes: [Int: Key]
    /// In an ASCII-only session, bytes above 127 are fragments of characters the locale
    /// cannot decode; they are dropped rather than shown as wrong letters.
    public var asciiOnly: Bool

    public init(keyCodes: [Int: Key], asciiOnly: Bool = false) {
        self.keyCodes = keyCodes
        self.asciiOnly = asciiOnly
    }

    /// The key for `code`; nil for codes that mean nothing to the dashboard (mouse
    /// events, Ctrl-Space, unmapped function keys).
    public func decode(_ code: Int, isKeyCode: Bool) -> Key? {
        isKeyCode ? keyCodes[code] : Self.character(code, asciiOnly: asciiOnly)
    }

    /// A character as the terminal sends it.
    public static func character(_ code: Int, asciiOnly: Bool = false) -> Key? {
        switch code {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0, 28...31, 0x80...0x9F: return nil
        default:
            guard code > 0, !(asciiOnly && code > 0x7E), let scalar = Unicode.Scalar(UInt32(clamping: code)) else {
                return nil
            }
            return .char(Character(scalar))
        }
    }

    /// True for a mark that belongs on the character before it: an input method that
    /// sends decomposed Vietnamese (`e` then U+0302 then U+0301) gives one key, `ế`.
    public static func isCombiningMark(_ code: Int) -> Bool {
        guard code > 0x7F, let scalar = Unicode.Scalar(UInt32(clamping: code)) else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    /// `key` with the combining mark `code` added, when `key` is a character and the
    /// result is still one character; nil otherwise.
    public static func appending(mark code: Int, to key: Key) -> Key? {
        guard case .char(let character) = key, isCombiningMark(code),
              let scalar = Unicode.Scalar(UInt32(clamping: code)) else { return nil }
        var text = String(character)
        text.unicodeScalars.append(scalar)
        guard text.count == 1, let combined = text.first else { return nil }
        return .char(combined)
    }
}
