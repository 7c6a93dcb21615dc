/// A JSON file read in chunks, byte by byte, counting lines: the JSON reader's only
/// window on the file, so its memory stays one chunk however large the file is.
final class JSONByteStream {
    static let chunkSize = 64 * 1024

    private let file: ReadOnlyFile
    private let buffer: UnsafeMutableRawBufferPointer
    private var position = 0
    private var end = 0
    private var exhausted = false
    /// The line of the next byte (1-based).
    private(set) var line = 1

    init(path: String) throws(JSONError) {
        do {
            file = try ReadOnlyFile(path: path)
        } catch {
            throw .cannotRead(reason: error.reason)
        }
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    }

    deinit {
        buffer.deallocate()
    }

    /// The next byte without consuming it; nil at the end of the file.
    @inline(__always)
    func peek() throws(JSONError) -> UInt8? {
        if position == end {
            try refill()
            if position == end { return nil }
        }
        return buffer[position]
    }

    /// Consumes the byte `peek` returned.
    @inline(__always)
    func advance() {
        if buffer[position] == 0x0A { line += 1 }
        position += 1
    }

    /// Consumes and returns the next byte; nil at the end of the file.
    @inline(__always)
    func next() throws(JSONError) -> UInt8? {
        guard let byte = try peek() else { return nil }
        advance()
        return byte
    }

    /// Whether the file starts like UTF-16: a byte-order mark (`FF FE`, `FE FF`), or a NUL
    /// beside a non-NUL in the first two bytes (`[` or `{` encoded as UTF-16 without a mark,
    /// a NUL that UTF-8 JSON never holds there). Returns whether it is big-endian, or nil.
    /// Call it before reading anything; it consumes nothing.
    func utf16Start() throws(JSONError) -> Bool? {
        guard try peek() != nil, position == 0, end >= 2 else { return nil }
        let first = buffer[0], second = buffer[1]
        if first == 0xFF && second == 0xFE { return false }
        if first == 0xFE && second == 0xFF { return true }
        if first == 0 && second != 0 { return true }
        if first != 0 && second == 0 { return false }
        return nil
    }

    private func refill() throws(JSONError) {
        guard !exhausted else { return }
        position = 0
        end = 0
        do {
            end = try file.read(into: buffer.baseAddress!, count: buffer.count)
        } catch {
            throw .cannotRead(reason: error.reason)
        }
        if end == 0 { exhausted = true }
    }
}
