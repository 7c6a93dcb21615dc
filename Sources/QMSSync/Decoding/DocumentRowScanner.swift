import QMSDomain
import QMSStore

/// Reads a `documents` row straight from the CSV reader's bytes, for the sync's hot
/// loop: no `String`, no array, no dictionary per row. Text is handed on as spans into
/// the reader's buffer, dates and yes/no values are parsed in place.
///
/// It takes only rows it can read with certainty: every value in a common spelling
/// that the general path (`CellText`, `ValueParser`, `DocumentDecoder`) would accept
/// and read the same way. Anything else — an empty required cell, a bad or unusual
/// value, text that might need Unicode trimming or NFC, a deletion — comes back nil
/// and takes the general path, which reports problems in its own words. So the fast
/// path changes how fast a row is read, never what is stored or said.
final class DocumentRowScanner {
    /// Field positions of the columns (`DocumentColumns`), -1 when the file lacks one.
    private let id, unitID, direction, date, electronic, confidential, dueOn, doneOn, deleted: Int
    /// Canonical `YYYY-MM-DD` text of the row's three dates when the file spells them
    /// otherwise (D/M/YYYY): valid until the next row, like the reader's spans.
    private let dateText: UnsafeMutablePointer<UInt8>
    private let directionWords: [(bytes: [UInt8], value: DocumentDirection)]
    private let boolWords: [(bytes: [UInt8], value: Bool)]

    /// `columnFields`: for each column of `DocumentColumns.schema`, its field in the
    /// file (`ResolvedHeader.columnFields`).
    init(columnFields: [Int?]) {
        func field(_ column: ColumnSpec) -> Int { columnFields[column.index] ?? -1 }
        typealias C = DocumentColumns
        id = field(C.id)
        unitID = field(C.unitID)
        direction = field(C.direction)
        date = field(C.date)
        electronic = field(C.electronic)
        confidential = field(C.confidential)
        dueOn = field(C.dueOn)
        doneOn = field(C.doneOn)
        deleted = field(C.deleted)
        dateText = .allocate(capacity: 30)
        // Only spellings the general path reads the same way: checked here, once.
        let directions: [(String, DocumentDirection)] = [
            ("in", .in), ("out", .out), ("internal", .internal), ("đến", .in), ("đi", .out), ("nội bộ", .internal),
        ]
        directionWords = directions.filter { DocumentDirection.matching($0.0) == $0.1 }.map { (Array($0.0.utf8), $0.1) }
        let bools: [(String, Bool)] = [
            ("0", false), ("1", true), ("x", true), ("có", true), ("không", false), ("true", true), ("false", false),
            ("yes", true), ("no", false),
        ]
        boolWords = bools.filter { ContractBool.parse($0.0) == $0.1 }.map { (Array($0.0.utf8), $0.1) }
    }

    deinit {
        dateText.deallocate()
    }

    /// The row's values, or nil when the row must take the general path. `unitSlot`
    /// is left 0 for the caller to fill.
    func scan(_ row: CSVRow) -> DocumentRowValues? {
        if deleted >= 0 {
            let text = Self.trimmed(row.field(deleted))
            // A deletion, or a value that is not a plain yes/no, is the general path's.
            if text.count > 0 && word(text, in: boolWords) != false { return nil }
        }
        let idText = Self.trimmed(field(row, id))
        let unitText = Self.trimmed(field(row, unitID))
        guard Self.isPlainID(idText), Self.isPlainID(unitText) else { return nil }
        guard let direction = word(Self.trimmed(field(row, direction)), in: directionWords) else { return nil }
        guard let electronic = flag(row, electronic), let confidential = flag(row, confidential) else { return nil }
        guard let (date, monthIndex, dateSpan) = day(Self.trimmed(field(row, date)), slot: 0) else { return nil }
        var dueOn: Day?
        var dueSpan = UnsafeRawBufferPointer(start: nil, count: 0)
        let dueText = Self.trimmed(field(row, self.dueOn))
        if dueText.count > 0 {
            guard let parsed = day(dueText, slot: 1) else { return nil }
            dueOn = parsed.day
            dueSpan = parsed.text
        }
        var doneOn: Day?
        var doneSpan = UnsafeRawBufferPointer(start: nil, count: 0)
        let doneText = Self.trimmed(field(row, self.doneOn))
        if doneText.count > 0 {
            guard let parsed = day(doneText, slot: 2) else { return nil }
            doneOn = parsed.day
            doneSpan = parsed.text
        }
        return DocumentRowValues(id: idText, unitID: unitText, unitSlot: 0, direction: direction, date: date,
                                 monthIndex: monthIndex, dateText: dateSpan, electronic: electronic,
                                 confidential: confidential, dueOn: dueOn, dueOnText: dueSpan, doneOn: doneOn,
                                 doneOnText: doneSpan)
    }

    // MARK: Cells

    @inline(__always)
    private func field(_ row: CSVRow, _ position: Int) -> UnsafeRawBufferPointer {
        position >= 0 ? row.field(position) : UnsafeRawBufferPointer(start: nil, count: 0)
    }

    /// A yes/no column: empty is false (the default of both of the register's).
    @inline(__always)
    private func flag(_ row: CSVRow, _ position: Int) -> Bool? {
        let text = Self.trimmed(field(row, position))
        return text.count == 0 ? false : word(text, in: boolWords)
    }

    private func word<Value>(_ text: UnsafeRawBufferPointer, in words: [(bytes: [UInt8], value: Value)]) -> Value? {
        let count = text.count
        for candidate in words where candidate.bytes.count == count {
            var i = 0
            while i < count && candidate.bytes[i] == text[i] { i += 1 }
            if i == count { return candidate.value }
        }
        return nil
    }

    /// YYYY-MM-DD or D/M/YYYY (as `Day.parse`), a real day of a four-digit year; its
    /// canonical text is the cell itself or, for D/M/YYYY, written to `dateText`.
    private func day(_ text: UnsafeRawBufferPointer, slot: Int) -> (day: Day, monthIndex: Int, text: UnsafeRawBufferPointer)? {
        let count = text.count
        let y: Int, m: Int, d: Int
        var canonical = false
        if count == 10 && text[4] == 0x2D && text[7] == 0x2D {
            guard let year = Self.number(text, 0, 4), let month = Self.number(text, 5, 7),
                  let dayOfMonth = Self.number(text, 8, 10) else { return nil }
            (y, m, d) = (year, month, dayOfMonth)
            canonical = true
        } else {
            guard count >= 8 && count <= 10 else { return nil }
            var s1 = 0
            while s1 < count && text[s1] != 0x2F { s1 += 1 }
            var s2 = s1 + 1
            while s2 < count && text[s2] != 0x2F { s2 += 1 }
            guard s1 >= 1 && s1 <= 2, s2 - s1 - 1 >= 1, s2 - s1 - 1 <= 2, count - s2 - 1 == 4,
                  let dayOfMonth = Self.number(text, 0, s1), let month = Self.number(text, s1 + 1, s2),
                  let year = Self.number(text, s2 + 1, count) else { return nil }
            (y, m, d) = (year, month, dayOfMonth)
        }
        guard Day.parsableYears.contains(y), let day = Day(year: y, month: m, day: d) else { return nil }
        if canonical { return (day, y * 12 + m - 1, text) }
        let out = dateText + slot * 10
        out[0] = Self.digit(y / 1000); out[1] = Self.digit(y / 100 % 10); out[2] = Self.digit(y / 10 % 10)
        out[3] = Self.digit(y % 10); out[4] = 0x2D; out[5] = Self.digit(m / 10); out[6] = Self.digit(m % 10)
        out[7] = 0x2D; out[8] = Self.digit(d / 10); out[9] = Self.digit(d % 10)
        return (day, y * 12 + m - 1, UnsafeRawBufferPointer(start: out, count: 10))
    }

    @inline(__always)
    private static func digit(_ value: Int) -> UInt8 {
        0x30 &+ UInt8(truncatingIfNeeded: value)
    }

    /// The decimal value of `text[from..<to]` when every byte is an ASCII digit.
    @inline(__always)
    private static func number(_ text: UnsafeRawBufferPointer, _ from: Int, _ to: Int) -> Int? {
        var value = 0
        var i = from
        while i < to {
            let c = text[i] &- 0x30
            guard c <= 9 else { return nil }
            value = value * 10 + Int(c)
            i += 1
        }
        return value
    }

    /// Without the ASCII white space `CellText` trims (space, TAB, LF, VT, FF, CR).
    @inline(__always)
    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        guard let base = bytes.baseAddress else { return bytes }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeRawBufferPointer(start: base + start, count: end - start)
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// An id `ValueParser.id` accepts as it stands, with text `CellText` keeps as it
    /// stands: 1 to 64 bytes, no control character, and only characters that are
    /// neither white space nor changed by NFC (ASCII, U+00C0–U+02FF, the precomposed
    /// Vietnamese letters U+1EA0–U+1EF9). Everything else is left to the general path.
    static func isPlainID(_ text: UnsafeRawBufferPointer) -> Bool {
        let count = text.count
        guard count > 0 && count <= ValueParser.maxIDLength else { return false }
        var i = 0
        while i < count {
            let c = text[i]
            if c < 0x80 {
                if c < 0x20 || c == 0x7F { return false }
                i += 1
            } else if c >= 0xC3 && c <= 0xCB {
                i += 2
            } else if c == 0xE1 && i + 2 < count {
                let c1 = text[i + 1], c2 = text[i + 2]
                guard (c1 == 0xBA && c2 >= 0xA0) || (c1 == 0xBB && c2 <= 0xB9) else { return false }
                i += 3
            } else {
                return false
            }
        }
        return true
    }
}
