/// Where one field's bytes are: in the reader's read buffer (unquoted fields, and quoted
/// fields without doubled quotes) or in its scratch buffer (quoted fields with `""`).
@usableFromInline
struct CSVFieldSpan {
    @usableFromInline var start: Int
    @usableFromInline var count: Int
    @usableFromInline var inScratch: Bool

    init(start: Int, count: Int, inScratch: Bool) {
        self.start = start
        self.count = count
        self.inScratch = inScratch
    }
}

/// One record of a CSV file, as a view into the reader's buffers.
///
/// The row copies nothing, so reading a million-row register costs no allocation per
/// field. In exchange it is valid only until the next call to `CSVReader.nextRow()` (and
/// only while the reader lives): copy out what you keep, for example with `string(_:)`.
/// Fields are exact bytes of the file, validated as UTF-8 but neither trimmed nor
/// normalised to NFC; that is the caller's job.
public struct CSVRow {
    /// The physical line (1-based) where the record begins. Lines are counted as written,
    /// so blank lines and line breaks inside quoted fields advance it.
    public let line: Int

    /// The number of fields, not counting trailing blank fields beyond the header's width
    /// (trailing delimiters that only add empty columns are ignored). A row wider than the
    /// header therefore has a non-blank value in a column without a header.
    public let count: Int

    /// The number of fields as written, trailing blank ones included.
    public let writtenCount: Int

    @usableFromInline let spans: UnsafePointer<CSVFieldSpan>
    @usableFromInline let buffer: UnsafePointer<UInt8>
    @usableFromInline let scratch: UnsafePointer<UInt8>

    init(line: Int, count: Int, writtenCount: Int, spans: UnsafePointer<CSVFieldSpan>,
         buffer: UnsafePointer<UInt8>, scratch: UnsafePointer<UInt8>) {
        self.line = line
        self.count = count
        self.writtenCount = writtenCount
        self.spans = spans
        self.buffer = buffer
        self.scratch = scratch
    }

    /// The bytes of field `index` (0-based). A field the row does not have reads as empty,
    /// because a row with fewer fields than the header treats the missing ones as empty.
    public func field(_ index: Int) -> UnsafeRawBufferPointer {
        precondition(index >= 0, "CSVRow.field: negative index \(index)")
        guard index < writtenCount else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        let span = spans[index]
        let base = span.inScratch ? scratch : buffer
        return UnsafeRawBufferPointer(start: base + span.start, count: span.count)
    }

    /// Field `index` as a new `String` (allocates; the bytes are already known to be UTF-8).
    public func string(_ index: Int) -> String {
        String(decoding: field(index), as: UTF8.self)
    }

    /// Whether field `index` is empty or holds only spaces and TABs, that is, whether its
    /// trimmed value is empty.
    public func isBlank(_ index: Int) -> Bool {
        guard index < writtenCount else { return true }
        let span = spans[index]
        let base = span.inScratch ? scratch : buffer
        return CSVRow.isBlank(base + span.start, count: span.count)
    }

    /// The first `count` fields as strings: convenient where speed does not matter.
    public var strings: [String] {
        (0..<count).map { string($0) }
    }

    static func isBlank(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        var i = 0
        while i < count {
            let byte = bytes[i]
            if byte != 0x20 && byte != 0x09 { return false }
            i += 1
        }
        return true
    }
}
