import Foundation

/// Folds text to printable ASCII for terminals that cannot show anything else.
///
/// Injectable because only the caller knows its language well: the dashboard passes the
/// domain's Vietnamese folder (which also maps `Đ` to `D`), while the default below is a
/// language-neutral fallback. Whatever a transliterator returns, `Buffer` still replaces
/// anything that is not printable ASCII by `?` in ASCII mode, so a careless one cannot
/// break the screen.
public struct Transliterator: Sendable {
    private let transform: @Sendable (String) -> String

    public init(_ transform: @escaping @Sendable (String) -> String) {
        self.transform = transform
    }

    public func callAsFunction(_ text: String) -> String { transform(text) }

    /// Leaves text unchanged.
    public static let identity = Transliterator { $0 }

    /// Replaces each non-ASCII grapheme cluster by its base letter when canonical
    /// decomposition starts with an ASCII letter or digit (`ệ` → `e`, `Ô` → `O`), maps a few
    /// common typographic characters to their ASCII look-alikes (`…` → `...`, `–` → `-`,
    /// curly quotes, no-break space, `₫` → `d`), and anything else to `?`.
    public static let asciiFolding = Transliterator { text in
        fastFold(text) ?? slowFold(text)
    }

    /// Scalar by scalar, for text made only of ASCII, precomposed Latin letters, combining
    /// diacritics and the mapped punctuation (nearly all Vietnamese text); nil otherwise.
    private static func fastFold(_ text: String) -> String? {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.utf8.count)
        var isFirst = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            defer { isFirst = false }
            if value >= 0x20 && value < 0x7F {
                output.append(scalar)
            } else if value >= 0x300 && value <= 0x36F && !isFirst {
                continue  // part of the cluster whose base was just written
            } else if let base = precomposedLatin[value] {
                output.append(base)
            } else if let replacement = punctuation[value] {
                output.append(contentsOf: replacement.unicodeScalars)
            } else if (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) {
                output.append("?")  // a Latin letter with no ASCII base, such as Đ or ß
            } else {
                return nil
            }
        }
        return String(output)
    }

    private static func slowFold(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            let first = character.unicodeScalars.first!
            if first.value >= 0x20 && first.value < 0x7F {
                // ASCII or an ASCII base with marks: the base.
                output.unicodeScalars.append(first)
            } else if character.unicodeScalars.count == 1, let replacement = punctuation[first.value] {
                output += replacement
            } else if let base = precomposedLatin[first.value] {
                output.unicodeScalars.append(base)
            } else {
                output.append(decomposedBase(of: character))
            }
        }
        return output
    }

    private static let punctuation: [UInt32: String] = [
        0x00A0: " ", 0x2007: " ", 0x202F: " ",
        0x2026: "...", 0x2013: "-", 0x2014: "-", 0x2212: "-", 0x2010: "-", 0x2011: "-",
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x2032: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x2033: "\"",
        0x00AB: "<<", 0x00BB: ">>", 0x2022: "*", 0x00B7: ".", 0x00D7: "x", 0x20AB: "d",
    ]

    /// Base letters of Latin-1, Latin Extended-A/B and Latin Extended Additional (all of
    /// Vietnamese) that decompose to one, computed once instead of for every character.
    private static let precomposedLatin: [UInt32: Unicode.Scalar] = {
        var table: [UInt32: Unicode.Scalar] = [:]
        for value in Array(0xC0...0x24F) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(value),
                  let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
                  isASCIILetterOrDigit(base) else { continue }
            table[UInt32(value)] = base
        }
        return table
    }()

    private static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) || (0x30...0x39).contains(scalar.value)
    }

    private static func decomposedBase(of character: Character) -> Character {
        let decomposed = String(character).decomposedStringWithCanonicalMapping
        if let first = decomposed.unicodeScalars.first, isASCIILetterOrDigit(first) { return Character(first) }
        return "?"
    }
}
