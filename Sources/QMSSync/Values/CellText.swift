import QMSDomain

/// Turns the raw bytes of a cell into the text every value starts from: trimmed of
/// surrounding white space and normalised to Unicode NFC (§2), or nil when nothing is left.
enum CellText {
    /// `bytes` must be valid UTF-8 (the CSV reader validates it).
    static func make(_ bytes: UnsafeRawBufferPointer) -> String? {
        var start = 0
        var end = bytes.count
        while start < end, isASCIISpace(bytes[start]) { start += 1 }
        while end > start, isASCIISpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<end])
        var ascii = true
        for byte in slice where byte >= 0x80 {
            ascii = false
            break
        }
        let text = String(decoding: slice, as: UTF8.self)
        return ascii ? text : normalise(text)
    }

    /// The same for text that did not come from CSV bytes (JSON strings).
    static func make(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { make(UnsafeRawBufferPointer($0)) }
    }

    /// Trims Unicode white space (no-break spaces from spreadsheets) and composes to NFC.
    private static func normalise(_ text: String) -> String? {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return nil }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        let trimmed = first == scalars.startIndex && last == scalars.index(before: scalars.endIndex)
            ? text : String(scalars[first...last])
        return TextMatching.nfc(trimmed)
    }

    @inline(__always)
    private static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
