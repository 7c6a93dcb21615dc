import Foundation

/// Unicode normalisation and the diacritic-insensitive matching users expect from
/// Vietnamese text: `van phong` finds `Văn phòng`, `huy` matches `huỷ` and `hủy`,
/// whether the export wrote its text precomposed (NFC) or decomposed (NFD).
///
/// `fold` runs once per row while a screen filters, so the common cases avoid
/// Foundation: ASCII is lowercased byte by byte, and Latin letters with diacritics
/// (Vietnamese included) are folded through a table built once.
public enum TextMatching {
    // MARK: NFC

    /// `text` in Unicode NFC, the form every value is stored in.
    /// Text that is already plainly composed (ASCII, Latin, precomposed Vietnamese)
    /// is returned as is without a round trip through Foundation.
    public static func nfc(_ text: String) -> String {
        if isTriviallyNFC(text) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar lies in a range where no character decomposes
    /// differently or combines with a neighbour: such text is already NFC.
    static func isTriviallyNFC(_ text: String) -> Bool {
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x300 { continue }
            if v >= 0x1EA0 && v <= 0x1EF9 { continue }  // precomposed Vietnamese letters
            return false
        }
        return true
    }

    // MARK: Folding

    /// The key two texts are compared by: lowercased, diacritics removed (after
    /// canonical decomposition, so NFD input folds like NFC), `đ`/`Đ` → `d`, every
    /// run of white space one space, no leading or trailing space.
    public static func fold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool in
            for b in bytes where b >= 0x80 { return false }
            for b in bytes {
                if isASCIISpace(b) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            return true
        }
        if ascii { return String(decoding: out, as: UTF8.self) }

        out.removeAll(keepingCapacity: true)
        pendingSpace = false
        let table = FoldTable.shared
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if isASCIISpace(b) { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                continue
            }
            let folded: FoldTable.Entry
            if let entry = table.entry(v) {
                folded = entry
            } else {
                folded = FoldTable.computeEntry(scalar)
            }
            switch folded {
            case .drop:
                continue
            case .space:
                pendingSpace = !out.isEmpty
            case .scalars(let lower, _):
                if pendingSpace { out.append(0x20); pendingSpace = false }
                for s in lower { appendUTF8(s, to: &out) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `query`, folded, occurs in `text`, folded. An empty query matches all.
    public static func matches(_ text: String, query: String) -> Bool {
        FoldedQuery(query).matches(text)
    }

    /// A query folded once and tested against many rows.
    public struct FoldedQuery: Sendable, Hashable {
        /// The folded query text.
        public let folded: String
        private let bytes: [UInt8]

        /// Folds `query` once.
        public init(_ query: String) {
            folded = TextMatching.fold(query)
            bytes = Array(folded.utf8)
        }

        /// An empty query (only white space, say) matches every row.
        public var isEmpty: Bool { bytes.isEmpty }

        /// Whether the query occurs in `text` once `text` is folded.
        public func matches(_ text: String) -> Bool {
            if bytes.isEmpty { return true }
            return matches(folded: TextMatching.fold(text))
        }

        /// Whether the query occurs in `foldedText`, a text already folded
        /// (for callers that keep folded columns).
        public func matches(folded foldedText: String) -> Bool {
            if bytes.isEmpty { return true }
            var haystack = foldedText
            return haystack.withUTF8 { TextMatching.contains($0, bytes) }
        }
    }

    // MARK: ASCII

    /// `text` in printable ASCII for a terminal whose locale is not UTF-8, keeping
    /// case: diacritics removed (`Văn phòng` → `Van phong`, `Đ` → `D`), a few
    /// typographic characters spelled out (`“` → `"`, `–` → `-`, `…` → `...`),
    /// and any other non-ASCII character shown as `?`.
    public static func asciiFold(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let table = FoldTable.shared
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 { out.append(UInt8(v)); continue }
            let folded = table.entry(v) ?? FoldTable.computeEntry(scalar)
            switch folded {
            case .drop:
                continue
            case .space:
                out.append(0x20)
            case .scalars(_, let ascii):
                if ascii.isEmpty {
                    out.append(UInt8(ascii: "?"))
                } else {
                    out.append(contentsOf: ascii)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Helpers

    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool {
        b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: s.utf8)
    }

    /// Naive substring search; queries are short and rows are a line of text.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = haystack.count
        if n == 0 { return true }
        if n > h { return false }
        let first = needle[0]
        var i = 0
        while i <= h - n {
            if haystack[i] == first {
                var j = 1
                while j < n && haystack[i + j] == needle[j] { j += 1 }
                if j == n { return true }
            }
            i += 1
        }
        return false
    }
}
