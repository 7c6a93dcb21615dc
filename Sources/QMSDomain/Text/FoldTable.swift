import Foundation

/// How `TextMatching` folds each non-ASCII scalar, precomputed for the ranges that
/// Vietnamese and other Latin text live in (Latin-1 to Latin Extended-B, the
/// combining diacritics that NFD text is full of, Latin Extended Additional, general
/// punctuation), so folding a row needs no Foundation call and no allocation per
/// character. Anything outside these ranges is computed on the fly (rare).
struct FoldTable: Sendable {
    enum Entry: Sendable {
        /// A combining mark or an invisible format character: removed.
        case drop
        /// White space: collapsed with its neighbours.
        case space
        /// `lower`: the scalars `fold` writes (lowercase, without diacritics).
        /// `ascii`: what `asciiFold` writes, keeping case; empty when the character
        /// has no ASCII spelling (shown as `?`).
        case scalars(lower: [Unicode.Scalar], ascii: [UInt8])
    }

    static let shared = FoldTable()

    private static let ranges: [Range<UInt32>] = [0x80..<0x370, 0x1E00..<0x1F00, 0x2000..<0x2070]
    private let blocks: [[Entry]]

    private init() {
        blocks = FoldTable.ranges.map { range in
            range.map { FoldTable.computeEntry(Unicode.Scalar($0) ?? "?") }
        }
    }

    /// The precomputed entry for `value`, or nil outside the tabled ranges.
    @inline(__always)
    func entry(_ value: UInt32) -> Entry? {
        for (i, range) in FoldTable.ranges.enumerated() where range.contains(value) {
            return blocks[i][Int(value - range.lowerBound)]
        }
        return nil
    }

    /// ASCII spellings for letters and punctuation that have no canonical
    /// decomposition to an ASCII base.
    private static let asciiExtras: [UInt32: String] = [
        0x0110: "D", 0x0111: "d",  // Đ đ
        0x00C6: "AE", 0x00E6: "ae", 0x00D8: "O", 0x00F8: "o", 0x00DF: "ss",
        0x0152: "OE", 0x0153: "oe", 0x0141: "L", 0x0142: "l", 0x0131: "i",
        0x00AB: "\"", 0x00BB: "\"", 0x00B7: ".", 0x00A9: "(c)", 0x00AE: "(R)",
        0x00D7: "x", 0x00F7: "/", 0x00B1: "+/-",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"",
        0x2022: "*", 0x2026: "...", 0x2039: "<", 0x203A: ">",
    ]

    static func computeEntry(_ scalar: Unicode.Scalar) -> Entry {
        let v = scalar.value
        if v == 0x0110 || v == 0x0111 {
            return .scalars(lower: ["d"], ascii: Array((asciiExtras[v] ?? "d").utf8))
        }
        let props = scalar.properties
        if props.isWhitespace { return .space }
        switch props.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return .drop
        default:
            break
        }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        let base = decomposed.unicodeScalars.filter { !isMark($0) }
        let baseString = String(String.UnicodeScalarView(base))
        let lower = baseString.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
            .filter { !isMark($0) }
        let ascii: [UInt8]
        if let extra = asciiExtras[v] {
            ascii = Array(extra.utf8)
        } else if !base.isEmpty, base.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }) {
            ascii = base.map { UInt8($0.value) }
        } else {
            ascii = []
        }
        return .scalars(lower: Array(lower), ascii: ascii)
    }

    private static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
