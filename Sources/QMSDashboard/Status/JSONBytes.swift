import Foundation
import QMSDomain

/// The UTF-8 bytes of a JSON document being written, turned into a `String` once
/// at the end: how each kind of value is spelled, byte by byte. Layout (commas,
/// indentation) is `JSONWriter`'s job.
///
/// A province's `status --json` runs to thousands of lines, so nothing here builds
/// an intermediate `String`: integers, days and decimals are written digit by digit
/// and strings are copied from their own UTF-8 storage, escapes aside.
struct JSONBytes {
    private var bytes: [UInt8] = []

    /// - Parameter capacity: bytes reserved up front, so that a document of about
    ///   that size is written without the buffer being copied as it grows.
    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Raw bytes

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Literal ASCII (keys, `null`, `true`): copied without going through `String`,
    /// byte by byte, which for a few bytes is cheaper than a bulk copy.
    mutating func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { literal in
            for byte in literal { bytes.append(byte) }
        }
    }

    mutating func append(_ raw: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: raw)
    }

    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<count { bytes.append(UInt8(ascii: " ")) }
    }

    // MARK: Numbers

    /// Decimal digits, `-` first when negative (`String(value)` without the `String`).
    mutating func appendInteger(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), minimumCount: 1)
    }

    /// `value` zero-padded to `width` digits after any sign, as `Day` writes its parts.
    mutating func appendPadded(_ value: Int, width: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt64(value.magnitude), minimumCount: width)
    }

    /// "YYYY-MM-DD", the same bytes as `Day.description`.
    mutating func appendDay(_ day: Day) {
        let (year, month, dayOfMonth) = day.components
        appendPadded(year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        appendPadded(dayOfMonth, width: 2)
    }

    /// `value` rounded to two decimals without trailing zeros, `separator` before the
    /// decimals (see `StatusJSON.decimal`); false, and nothing written, for NaN and
    /// infinities.
    @discardableResult
    mutating func appendDecimal(_ value: Double, separator: String = ".") -> Bool {
        guard value.isFinite else { return false }
        let hundredths = (value * 100).rounded()
        guard abs(hundredths) < 9e15 else {
            // Beyond 2^53 a Double has no decimals left to round.
            append(String(format: "%.0f", value))
            return true
        }
        let scaled = Int64(hundredths)
        let magnitude = scaled.magnitude
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(magnitude / 100, minimumCount: 1)
        let fraction = magnitude % 100
        if fraction != 0 {
            append(separator)
            if fraction % 10 == 0 {
                appendDigits(fraction / 10, minimumCount: 1)
            } else {
                appendDigits(fraction, minimumCount: 2)
            }
        }
        return true
    }

    /// The digits of `value`, most significant first, with leading zeros up to `minimumCount`.
    private mutating func appendDigits(_ value: UInt64, minimumCount: Int) {
        var count = 1
        var divisor: UInt64 = 1
        while value / divisor >= 10 {
            divisor *= 10
            count += 1
        }
        for _ in count..<max(count, minimumCount) { bytes.append(UInt8(ascii: "0")) }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }

    // MARK: Strings

    /// A JSON string literal: `"` and `\` escaped, the usual short escapes for
    /// backspace, form feed, line feed, carriage return and tab, and `\uXXXX` for every
    /// other C0 control, DEL, the C1 controls and U+2028/U+2029 (which some JSON
    /// consumers, JavaScript among them, treat as line ends). Other text passes as UTF-8.
    mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0   // the first byte not yet copied
            var index = 0
            while index < utf8.count {
                let (escape, length) = Self.escape(in: utf8, at: index)
                if let escape {
                    append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    appendEscape(escape)
                    start = index + length
                }
                index += length
            }
            append(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The scalar to escape that starts at `index` of valid UTF-8, or nil when it
    /// passes as is, and the scalar's length in bytes. Works on the bytes: only the
    /// lead bytes 0xC2 (U+0080–U+00BF) and 0xE2 (U+2000–U+2FFF) can start a
    /// multi-byte scalar that needs escaping.
    private static func escape(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32?, Int) {
        let lead = utf8[index]
        switch lead {
        case 0x20..<0x7F:
            return (lead == 0x22 || lead == 0x5C ? UInt32(lead) : nil, 1)
        case 0x00..<0x20, 0x7F:
            return (UInt32(lead), 1)
        case 0xC2:
            // U+0080–U+009F, the C1 controls, are C2 80 – C2 9F.
            let second = utf8[index + 1]
            return (second < 0xA0 ? UInt32(second) : nil, 2)
        case 0xE2:
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            let second = utf8[index + 1], third = utf8[index + 2]
            let isSeparator = second == 0x80 && (third == 0xA8 || third == 0xA9)
            return (isSeparator ? 0x2000 | UInt32(third & 0x3F) : nil, 3)
        default:
            return (nil, lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2)
        }
    }

    private mutating func appendEscape(_ scalar: UInt32) {
        bytes.append(UInt8(ascii: "\\"))
        switch scalar {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                let nibble = UInt8(scalar >> UInt32(shift) & 0xF)
                bytes.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
            }
        }
    }
}
