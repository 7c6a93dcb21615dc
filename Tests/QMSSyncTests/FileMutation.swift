/// One random change to a file's bytes, of the kinds a broken export or a careless
/// edit makes. Returns a short name for the replay message.
enum FileMutation {
    static let interestingBytes: [UInt8] = [0x00, 0x22, 0x2C, 0x3B, 0x09, 0x0A, 0x0D, 0x20, 0x5B, 0x5D, 0x7B, 0x7D,
                                           0x3A, 0x5C, 0x7F, 0x80, 0xBF, 0xC3, 0xE1, 0xF0, 0xFF, 0x1B]
    static let insertions: [String] = ["\"", "\"\"", ",", ";", "\t", ",,,", ";;", "\n", "\r", "\r\n", "\n\n",
                                       "\u{FEFF}", "\u{202E}", "\u{200B}", "a\u{0306}", "đ", "\u{1B}[31m",
                                       "\"\n\"", "{", "}", "[", "]", ":", "\\u00", "\\", "null", "1e999",
                                       "-0", "x", "yes", "2026-02-30", "31/12/2026", "99%", "'; DROP TABLE units; --"]

    static func apply(to bytes: inout [UInt8], random: inout FuzzRandom) -> String {
        guard !bytes.isEmpty else {
            bytes = Array(insertions[random.below(insertions.count)].utf8)
            return "replace empty"
        }
        switch random.below(9) {
        case 0:
            let at = random.below(bytes.count)
            bytes[at] = random.below(3) == 0 ? UInt8(truncatingIfNeeded: random.next())
                : interestingBytes[random.below(interestingBytes.count)]
            return "flip byte \(at)"
        case 1:
            let at = random.below(bytes.count)
            bytes.removeSubrange(at...)
            return "truncate at \(at)"
        case 2, 3:
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            guard lines.count > 1 else { return "no lines" }
            let a = random.below(lines.count), b = random.below(lines.count)
            let name: String
            if random.below(2) == 0 {
                lines.insert(lines[a], at: b)
                name = "duplicate line \(a + 1) at \(b + 1)"
            } else {
                lines.swapAt(a, b)
                name = "swap lines \(a + 1) and \(b + 1)"
            }
            bytes = Array(lines.joined(separator: [0x0A]))
            return name
        case 4, 5:
            let at = random.below(bytes.count + 1)
            let text = insertions[random.below(insertions.count)]
            bytes.insert(contentsOf: Array(text.utf8), at: at)
            return "insert \(text.debugDescription) at \(at)"
        case 6:
            let at = random.below(bytes.count)
            let end = min(bytes.count, at + 1 + random.below(8))
            bytes.removeSubrange(at..<end)
            return "delete \(at)..<\(end)"
        case 7:
            // A field of a line replaced by a long run of one character.
            let at = random.below(bytes.count + 1)
            let run = [UInt8](repeating: [UInt8(ascii: "9"), UInt8(ascii: "x"), 0xC3][random.below(3)],
                              count: 1 + random.below(12_000))
            bytes.insert(contentsOf: run, at: at)
            return "insert a run of \(run.count) at \(at)"
        default:
            // The delimiter changed on one line only.
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            let line = random.below(lines.count)
            let from: UInt8 = [0x2C, 0x3B, 0x09][random.below(3)], to: UInt8 = [0x2C, 0x3B, 0x09][random.below(3)]
            lines[line] = ArraySlice(lines[line].map { $0 == from ? to : $0 })
            bytes = Array(lines.joined(separator: [0x0A]))
            return "delimiter \(from)→\(to) on line \(line + 1)"
        }
    }
}
