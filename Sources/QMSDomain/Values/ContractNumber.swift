/// Numbers as exports write them (§3): `90`, `90.5`, `-3`, an optional trailing `%`
/// (`90%` is 90, as is `90 %`), and `90,5` where the file's delimiter is `;` or TAB.
public enum ContractNumber {
    /// The value, or nil when `text` is not a plain decimal number. Refused on
    /// purpose, since each hides a likely mistake: thousands separators
    /// (`1,234`, `1.234,5`), exponents, a leading `+` or `.`, a trailing `.`,
    /// `inf`/`nan`, values too large to be finite, surrounding space (callers trim).
    /// A decimal point `.` is always accepted; a decimal comma only with `decimalComma`.
    public static func parse(_ text: String, decimalComma: Bool) -> Double? {
        var text = text
        return text.withUTF8 { parse(bytes: $0, decimalComma: decimalComma) }
    }

    /// As `parse`, but only whole numbers (counts in tallies, years): `12`, `-3`;
    /// not `12.0`, not `12%`.
    public static func parseInteger(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { b -> Int? in
            var i = 0
            var negative = false
            if b.count > 0, b[0] == UInt8(ascii: "-") { negative = true; i = 1 }
            guard i < b.count, b.count - i <= 18 else { return nil }
            var value = 0
            while i < b.count {
                let d = b[i] &- 48
                guard d <= 9 else { return nil }
                value = value * 10 + Int(d)
                i += 1
            }
            return negative ? -value : value
        }
    }

    private static func parse(bytes b: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Double? {
        var end = b.count
        if end > 0, b[end - 1] == UInt8(ascii: "%") {
            end -= 1
            if end > 0, b[end - 1] == UInt8(ascii: " ") { end -= 1 }
        }
        var i = 0
        if i < end, b[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        while i < end, b[i] &- 48 <= 9 { i += 1 }
        guard i > intStart else { return nil }
        var comma = -1
        if i < end, b[i] == UInt8(ascii: ".") || (decimalComma && b[i] == UInt8(ascii: ",")) {
            if b[i] == UInt8(ascii: ",") { comma = i }
            i += 1
            let fracStart = i
            while i < end, b[i] &- 48 <= 9 { i += 1 }
            guard i > fracStart else { return nil }
        }
        guard i == end else { return nil }
        // The text is now known to be `-?digits(.digits)?`, which the standard
        // library's parser reads exactly; only a decimal comma needs rewriting.
        let value: Double?
        if comma < 0 {
            value = Double(Substring(decoding: UnsafeBufferPointer(rebasing: b[0..<end]), as: UTF8.self))
        } else {
            var ascii = Array(b[0..<end])
            ascii[comma] = UInt8(ascii: ".")
            value = Double(String(decoding: ascii, as: UTF8.self))
        }
        guard let value, value.isFinite else { return nil }
        return value
    }
}
