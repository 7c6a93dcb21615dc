/// A streaming reader of the CSV dialect of EXPORT-FORMAT.md §2, written for the hot loop of
/// a sync: a province's document register has millions of rows.
///
/// Why it looks the way it does:
/// - The file is read in large chunks into one buffer that grows only to hold the longest
///   record (at most `maxRecordBytes`), so memory does not grow with the size of the file.
/// - Fields are handed out as byte spans into that buffer (`CSVRow`), valid until the next
///   row: no `String` per field unless the caller asks for one. Quoted fields with doubled
///   quotes are unescaped into a reused scratch buffer.
/// - Every byte is checked as it is scanned (NUL, UTF-8), so an error names its line.
///
/// Dialect decisions where the contract is silent:
/// - A record whose fields are all blank (empty or only spaces and TABs), such as an
///   empty line, a line of spaces or a line of only delimiters (`;;;`, which spreadsheets
///   write for an empty row), is a blank line and is skipped; it still counts as a line.
/// - A quote inside an unquoted field (`5" screen`) is kept literally, as spreadsheets and
///   most readers do; only a field that *starts* with a quote is a quoted field.
/// - Spaces and TABs between a closing quote and the delimiter are ignored (values are
///   trimmed anyway); any other text there is an error.
/// - A lone CR ends a line like LF and CRLF do (old Mac exports), outside quotes; inside
///   quotes every line break is kept as written.
/// - Trailing blank header fields are dropped, like trailing delimiters in rows.
public final class CSVReader {
    /// The delimiter found in the header line: `,`, `;` or TAB, whichever occurs most
    /// outside quotes (ties: `,` then `;` then TAB; `,` for a one-column header).
    public private(set) var delimiter: CSVDelimiter = .comma

    /// The header: the fields of the first non-blank record, as written (not trimmed, not
    /// normalised), without trailing blank fields. Empty when the file holds no non-blank line.
    public private(set) var header: [String] = []

    /// The physical line (1-based) where the header begins; 0 when there is no header.
    public private(set) var headerLine = 0

    /// The default size of one `read(2)`.
    static let defaultChunkSize = 256 * 1024
    /// The default cap on one record, which bounds memory when a quote is left open in a
    /// huge file. Valid records are far smaller (a text value is at most 10,000 characters).
    static let defaultMaxRecordBytes = 16 * 1024 * 1024

    private enum Source {
        case file(ReadOnlyFile)
        case memory([UInt8])
    }

    private enum ScanOutcome {
        case record(fields: Int, next: Int, nextLine: Int)
        case needMore(openQuoteLine: Int?)
        case endOfInput
    }

    private var source: Source
    private var memoryOffset = 0
    private let chunkSize: Int
    private let maxRecordBytes: Int

    /// The read buffer: `capacity` bytes plus one sentinel byte, always 0 at `buffer[end]`,
    /// so scanning loops stop at the end of the data without a bounds test per byte.
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The first byte not yet consumed, and the end of the bytes read so far.
    private var start = 0
    private var end = 0
    /// The physical line of `buffer[start]`.
    private var line = 1
    private var atEOF = false

    private var scratch: UnsafeMutablePointer<UInt8>
    private var scratchCapacity: Int
    private var spans: UnsafeMutablePointer<CSVFieldSpan>
    private var spanCapacity: Int

    /// Bytes that end a run of ordinary bytes: 1 = stop. Unquoted: delimiter, CR, LF, NUL,
    /// non-ASCII. Quoted: quote, CR, LF, NUL, non-ASCII.
    private let unquotedStops: UnsafeMutablePointer<UInt8>
    private let quotedStops: UnsafeMutablePointer<UInt8>

    /// `delimiter.rawValue`, kept apart so the hot loop reads a private property.
    private var delimiterByte = CSVDelimiter.comma.rawValue

    /// Fields beyond this many that are blank do not count in `CSVRow.count`.
    private var headerWidth = Int.max

    private static let quote: UInt8 = 0x22
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D
    private static let space: UInt8 = 0x20
    private static let tabByte: UInt8 = 0x09

    /// Opens the file at `path` and reads up to and including its header.
    public convenience init(path: String) throws(CSVError) {
        try self.init(path: path, chunkSize: Self.defaultChunkSize, maxRecordBytes: Self.defaultMaxRecordBytes)
    }

    /// Reads CSV held in memory (tests, small inputs), up to and including its header.
    public convenience init(bytes: [UInt8]) throws(CSVError) {
        try self.init(bytes: bytes, chunkSize: Self.defaultChunkSize, maxRecordBytes: Self.defaultMaxRecordBytes)
    }

    /// `chunkSize` is the most one read delivers: tests set it tiny to put chunk boundaries
    /// everywhere.
    convenience init(path: String, chunkSize: Int, maxRecordBytes: Int = CSVReader.defaultMaxRecordBytes) throws(CSVError) {
        let file: ReadOnlyFile
        do {
            file = try ReadOnlyFile(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: error.reason)
        }
        try self.init(source: .file(file), chunkSize: chunkSize, maxRecordBytes: maxRecordBytes)
    }

    convenience init(bytes: [UInt8], chunkSize: Int, maxRecordBytes: Int = CSVReader.defaultMaxRecordBytes) throws(CSVError) {
        try self.init(source: .memory(bytes), chunkSize: chunkSize, maxRecordBytes: maxRecordBytes)
    }

    private init(source: Source, chunkSize: Int, maxRecordBytes: Int) throws(CSVError) {
        precondition(chunkSize > 0 && maxRecordBytes > 0)
        self.source = source
        self.chunkSize = chunkSize
        self.maxRecordBytes = maxRecordBytes
        capacity = min(chunkSize, maxRecordBytes)
        buffer = .allocate(capacity: capacity + 1)
        buffer[0] = 0
        scratchCapacity = 1024
        scratch = .allocate(capacity: scratchCapacity)
        spanCapacity = 64
        spans = .allocate(capacity: spanCapacity)
        unquotedStops = .allocate(capacity: 256)
        quotedStops = .allocate(capacity: 256)
        try readPreamble()
    }

    deinit {
        buffer.deallocate()
        scratch.deallocate()
        spans.deallocate()
        unquotedStops.deallocate()
        quotedStops.deallocate()
    }

    /// The next non-blank record, or nil at the end of the file. The row is valid until
    /// the next call.
    public func nextRow() throws(CSVError) -> CSVRow? {
        while true {
            let recordLine = line
            switch try scanRecord() {
            case .endOfInput:
                return nil
            case .needMore(let openQuoteLine):
                try refill(recordLine: recordLine, openQuoteLine: openQuoteLine)
            case .record(let fields, let next, let nextLine):
                start = next
                line = nextLine
                if isBlankRecord(fields: fields) { continue }
                var count = fields
                while count > headerWidth && isBlankField(count - 1) { count -= 1 }
                return CSVRow(line: recordLine, count: count, writtenCount: fields,
                              spans: UnsafePointer(spans), buffer: UnsafePointer(buffer),
                              scratch: UnsafePointer(scratch))
            }
        }
    }

    // MARK: - Preamble: encoding, delimiter, header

    private func readPreamble() throws(CSVError) {
        // Enough bytes to recognise a byte-order mark and UTF-16 without a BOM.
        while end < 64 && end < maxRecordBytes && !atEOF {
            try refill(recordLine: 1, openQuoteLine: nil)
        }
        let available = end
        if available >= 2 {
            if buffer[0] == 0xFF && buffer[1] == 0xFE { throw .utf16(bigEndian: false) }
            if buffer[0] == 0xFE && buffer[1] == 0xFF { throw .utf16(bigEndian: true) }
        }
        if available >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            start = 3
        } else if let bigEndian = looksLikeUTF16(sampleCount: available) {
            throw .utf16(bigEndian: bigEndian)
        }
        try detectDelimiter()
        buildStopTables()
        if let row = try nextRow() {
            headerLine = row.line
            var width = row.writtenCount
            while width > 0 && row.isBlank(width - 1) { width -= 1 }
            header = (0..<width).map { row.string($0) }
            headerWidth = width
        }
    }

    /// UTF-16 without a byte-order mark shows as NULs in every other byte (the high byte of
    /// ASCII characters). Returns whether it is big-endian, or nil when it is not UTF-16.
    private func looksLikeUTF16(sampleCount: Int) -> Bool? {
        let pairs = min(sampleCount, 64) / 2
        guard pairs >= 2 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for pair in 0..<pairs {
            if buffer[2 * pair] == 0 { evenZeros += 1 }
            if buffer[2 * pair + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 2 >= pairs && evenZeros * 8 <= pairs { return false }
        if evenZeros * 2 >= pairs && oddZeros * 8 <= pairs { return true }
        return nil
    }

    /// Skips the blank lines before the header and counts the candidate delimiters outside
    /// quotes in the header line. Lines holding only spaces and candidate delimiters are
    /// blank here, whatever the delimiter turns out to be.
    private func detectDelimiter() throws(CSVError) {
        while true {
            var i = start
            var lineStart = i
            var lineNumber = line
            var commas = 0, semicolons = 0, tabs = 0
            var content = false
            var inQuotes = false
            var needMore = false
            scan: while true {
                if i == end {
                    if atEOF { break scan }
                    needMore = true
                    break scan
                }
                let byte = buffer[i]
                if inQuotes {
                    if byte == Self.quote { inQuotes = false }
                    i += 1
                    continue
                }
                switch byte {
                case Self.quote:
                    inQuotes = true
                    content = true
                case 0x2C: commas += 1
                case 0x3B: semicolons += 1
                case Self.tabByte: tabs += 1
                case Self.space: break
                case Self.lf, Self.cr:
                    if content { break scan }
                    if byte == Self.cr {
                        if i + 1 == end && !atEOF {
                            needMore = true
                            break scan
                        }
                        if buffer[i + 1] == Self.lf { i += 1 }
                    }
                    i += 1
                    lineNumber += 1
                    lineStart = i
                    commas = 0; semicolons = 0; tabs = 0
                    continue
                default:
                    content = true
                }
                i += 1
            }
            // Blank lines before `lineStart` are consumed for good.
            start = lineStart
            line = lineNumber
            if needMore {
                try refill(recordLine: line, openQuoteLine: nil)
                continue
            }
            if commas >= semicolons && commas >= tabs {
                delimiter = .comma
            } else if semicolons >= tabs {
                delimiter = .semicolon
            } else {
                delimiter = .tab
            }
            if !content { start = end }
            return
        }
    }

    private func buildStopTables() {
        for byte in 0..<256 {
            let nonASCII: UInt8 = byte >= 0x80 ? 1 : 0
            unquotedStops[byte] = nonASCII
            quotedStops[byte] = nonASCII
        }
        for stop in [0, Self.cr, Self.lf] {
            unquotedStops[Int(stop)] = 1
            quotedStops[Int(stop)] = 1
        }
        delimiterByte = delimiter.rawValue
        unquotedStops[Int(delimiterByte)] = 1
        quotedStops[Int(Self.quote)] = 1
    }

    // MARK: - Buffer

    /// Moves the unconsumed bytes (the start of an incomplete record) to the front of the
    /// buffer, grows it if the record fills it, and reads one more chunk.
    private func refill(recordLine: Int, openQuoteLine: Int?) throws(CSVError) {
        precondition(!atEOF, "CSVReader.refill after the end of the input")
        if start > 0 {
            let pending = end - start
            if pending > 0 { buffer.update(from: buffer + start, count: pending) }
            end = pending
            start = 0
        }
        if end == capacity {
            guard capacity < maxRecordBytes else {
                throw .recordTooLong(line: recordLine, limitBytes: maxRecordBytes, quoteOpenedOnLine: openQuoteLine)
            }
            let grown = min(max(capacity * 2, capacity + 1), maxRecordBytes)
            let newBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + 1)
            newBuffer.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = newBuffer
            capacity = grown
        }
        let wanted = min(chunkSize, capacity - end)
        let got: Int
        switch source {
        case .file(let file):
            do {
                got = try file.read(into: buffer + end, count: wanted)
            } catch {
                throw .cannotRead(path: file.path, reason: error.reason)
            }
        case .memory(let bytes):
            got = min(wanted, bytes.count - memoryOffset)
            if got > 0 {
                bytes.withUnsafeBufferPointer { source in
                    (buffer + end).update(from: source.baseAddress! + memoryOffset, count: got)
                }
                memoryOffset += got
            }
        }
        if got == 0 { atEOF = true }
        end += got
        buffer[end] = 0
    }

    private func growScratch(toHold needed: Int) {
        var grown = scratchCapacity * 2
        while grown < needed { grown *= 2 }
        let newScratch = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        newScratch.update(from: scratch, count: scratchCapacity)
        scratch.deallocate()
        scratch = newScratch
        scratchCapacity = grown
    }

    private func growSpans() {
        let grown = spanCapacity * 2
        let newSpans = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: grown)
        newSpans.moveInitialize(from: spans, count: spanCapacity)
        spans.deallocate()
        spans = newSpans
        spanCapacity = grown
    }

    // MARK: - Scanning

    /// Scans one record starting at `start`. Nothing is consumed: on success the caller
    /// moves `start` and `line`; when the record runs past the bytes read so far, the caller
    /// refills and the record is scanned again from its start.
    private func scanRecord() throws(CSVError) -> ScanOutcome {
        let p = buffer
        let n = end
        let eof = atEOF
        let delimiterByte = self.delimiterByte
        let unquoted = unquotedStops
        let quoted = quotedStops
        var i = start
        var lineNumber = line
        var fields = 0
        var scratchUsed = 0

        if i == n { return eof ? .endOfInput : .needMore(openQuoteLine: nil) }

        var spanBase = spans
        var spanLimit = spanCapacity
        @inline(__always) func addField(_ fieldStart: Int, _ count: Int, inScratch: Bool) {
            if fields == spanLimit {
                growSpans()
                spanBase = spans
                spanLimit = spanCapacity
            }
            spanBase[fields] = CSVFieldSpan(start: fieldStart, count: count, inScratch: inScratch)
            fields += 1
        }

        fieldLoop: while true {
            // At the start of a field.
            if i == n {
                // Only after a delimiter: the record ends with an empty field.
                if !eof { return .needMore(openQuoteLine: nil) }
                addField(i, 0, inScratch: false)
                return .record(fields: fields, next: i, nextLine: lineNumber)
            }

            if p[i] != Self.quote {
                // Unquoted field: a run of ordinary bytes up to a stop byte.
                let fieldStart = i
                while true {
                    while unquoted[Int(p[i])] == 0 { i += 1 }
                    let byte = p[i]
                    if byte == delimiterByte {
                        addField(fieldStart, i - fieldStart, inScratch: false)
                        i += 1
                        continue fieldLoop
                    }
                    switch byte {
                    case Self.lf:
                        addField(fieldStart, i - fieldStart, inScratch: false)
                        return .record(fields: fields, next: i + 1, nextLine: lineNumber + 1)
                    case Self.cr:
                        if i + 1 == n && !eof { return .needMore(openQuoteLine: nil) }
                        addField(fieldStart, i - fieldStart, inScratch: false)
                        let next = p[i + 1] == Self.lf ? i + 2 : i + 1
                        return .record(fields: fields, next: next, nextLine: lineNumber + 1)
                    case 0:
                        guard i == n else { throw .nulByte(line: lineNumber) }
                        if !eof { return .needMore(openQuoteLine: nil) }
                        addField(fieldStart, i - fieldStart, inScratch: false)
                        return .record(fields: fields, next: i, nextLine: lineNumber)
                    default:
                        let next = try Self.validateUTF8(p, at: i, end: n, atEOF: eof, line: lineNumber)
                        if next < 0 { return .needMore(openQuoteLine: nil) }
                        i = next
                    }
                }
            }

            // Quoted field.
            let quoteLine = lineNumber
            i += 1
            let contentStart = i
            var contentEnd = i
            var escaped = false
            quotedLoop: while true {
                while quoted[Int(p[i])] == 0 { i += 1 }
                switch p[i] {
                case Self.quote:
                    if i + 1 == n && !eof { return .needMore(openQuoteLine: quoteLine) }
                    if p[i + 1] == Self.quote {
                        escaped = true
                        i += 2
                    } else {
                        contentEnd = i
                        i += 1
                        break quotedLoop
                    }
                case Self.lf:
                    lineNumber += 1
                    i += 1
                case Self.cr:
                    if i + 1 == n && !eof { return .needMore(openQuoteLine: quoteLine) }
                    lineNumber += 1
                    i += p[i + 1] == Self.lf ? 2 : 1
                case 0:
                    guard i == n else { throw .nulByte(line: lineNumber) }
                    if eof { throw .unclosedQuote(line: quoteLine) }
                    return .needMore(openQuoteLine: quoteLine)
                default:
                    let next = try Self.validateUTF8(p, at: i, end: n, atEOF: eof, line: lineNumber)
                    if next < 0 { return .needMore(openQuoteLine: quoteLine) }
                    i = next
                }
            }

            if escaped {
                // Unescape `""` into the scratch buffer.
                let rawCount = contentEnd - contentStart
                if scratchUsed + rawCount > scratchCapacity { growScratch(toHold: scratchUsed + rawCount) }
                let out = scratch
                let fieldStart = scratchUsed
                var j = contentStart
                while j < contentEnd {
                    let byte = p[j]
                    out[scratchUsed] = byte
                    scratchUsed += 1
                    j += byte == Self.quote ? 2 : 1
                }
                addField(fieldStart, scratchUsed - fieldStart, inScratch: true)
            } else {
                addField(contentStart, contentEnd - contentStart, inScratch: false)
            }

            // After the closing quote: optional spaces, then a delimiter or a line end.
            while p[i] == Self.space || (p[i] == Self.tabByte && delimiterByte != Self.tabByte) { i += 1 }
            let byte = p[i]
            if byte == delimiterByte {
                i += 1
                continue fieldLoop
            }
            switch byte {
            case Self.lf:
                return .record(fields: fields, next: i + 1, nextLine: lineNumber + 1)
            case Self.cr:
                if i + 1 == n && !eof { return .needMore(openQuoteLine: nil) }
                let next = p[i + 1] == Self.lf ? i + 2 : i + 1
                return .record(fields: fields, next: next, nextLine: lineNumber + 1)
            case 0:
                guard i == n else { throw .nulByte(line: lineNumber) }
                if !eof { return .needMore(openQuoteLine: nil) }
                return .record(fields: fields, next: i, nextLine: lineNumber)
            default:
                throw .textAfterClosingQuote(line: lineNumber, found: byte, delimiter: delimiter)
            }
        }
    }

    /// Checks the multi-byte UTF-8 sequence whose first byte is `p[i]` (≥ 0x80) and returns
    /// the index after it, or -1 when the sequence runs past the bytes read so far.
    private static func validateUTF8(_ p: UnsafeMutablePointer<UInt8>, at i: Int, end n: Int,
                                     atEOF eof: Bool, line: Int) throws(CSVError) -> Int {
        let lead = p[i]
        var length = 0
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        var secondByteProblem = CSVError.UTF8Problem.truncated
        switch lead {
        case 0x80...0xBF:
            throw .invalidUTF8(line: line, bytes: [lead], problem: .unexpectedContinuationByte)
        case 0xC0, 0xC1:
            if i + 1 == n && !eof { return -1 }
            let next = p[i + 1]
            let bytes = i + 1 < n && next >= 0x80 && next <= 0xBF ? [lead, next] : [lead]
            throw .invalidUTF8(line: line, bytes: bytes, problem: .overlong)
        case 0xC2...0xDF:
            length = 2
        case 0xE0:
            length = 3; low = 0xA0; secondByteProblem = .overlong
        case 0xED:
            length = 3; high = 0x9F; secondByteProblem = .surrogate
        case 0xE1...0xEC, 0xEE, 0xEF:
            length = 3
        case 0xF0:
            length = 4; low = 0x90; secondByteProblem = .overlong
        case 0xF1...0xF3:
            length = 4
        case 0xF4:
            length = 4; high = 0x8F; secondByteProblem = .beyondUnicode
        default:
            throw .invalidUTF8(line: line, bytes: [lead], problem: .invalidByte)
        }
        for k in 1..<length {
            let j = i + k
            if j >= n {
                if !eof { return -1 }
                throw .invalidUTF8(line: line, bytes: Array(UnsafeBufferPointer(start: p + i, count: n - i)),
                                   problem: .truncated)
            }
            let byte = p[j]
            if byte < 0x80 || byte > 0xBF {
                throw .invalidUTF8(line: line, bytes: Array(UnsafeBufferPointer(start: p + i, count: k)),
                                   problem: .truncated)
            }
            if k == 1 && (byte < low || byte > high) {
                throw .invalidUTF8(line: line, bytes: [lead, byte], problem: secondByteProblem)
            }
        }
        return i + length
    }

    private func isBlankField(_ index: Int) -> Bool {
        let span = spans[index]
        return CSVRow.isBlank((span.inScratch ? scratch : buffer) + span.start, count: span.count)
    }

    private func isBlankRecord(fields: Int) -> Bool {
        for index in 0..<fields where !isBlankField(index) { return false }
        return true
    }
}
