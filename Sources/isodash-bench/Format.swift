import Foundation

/// How figures are written in the table: short, with their unit, the same on every
/// machine (no locale).
enum Format {
    /// `6.21 s`, `412 ms`, `34.2 ms`, `0.85 ms`.
    static func seconds(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        if value >= 10 { return String(format: "%.1f s", value) }
        if value >= 1 { return String(format: "%.2f s", value) }
        let ms = value * 1000
        if ms >= 100 { return String(format: "%.0f ms", ms) }
        if ms >= 10 { return String(format: "%.1f ms", ms) }
        return String(format: "%.2f ms", ms)
    }

    /// `38.4 MB`, with MB = 1,000,000 bytes (the stricter reading of the targets).
    static func megabytes(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        let mb = value / 1_000_000
        return mb >= 100 ? String(format: "%.0f MB", mb) : String(format: "%.1f MB", mb)
    }

    /// `3.2 KB`, `180 B`, with KB = 1,000 bytes.
    static func kilobytes(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        return value < 1000 ? String(format: "%.0f B", value) : String(format: "%.1f KB", value / 1000)
    }

    /// `1.27×`.
    static func ratio(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        return String(format: value >= 10 ? "%.1f×" : "%.2f×", value)
    }

    /// `2.4%`.
    static func percent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "?" }
        return String(format: "%.1f%%", fraction * 100)
    }

    /// `1,050,000`.
    static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }
}
