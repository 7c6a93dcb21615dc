#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered, append-only byte sink for one demo file.
///
/// The province register is a million rows; building a `String` per field would
/// cost more than the rest of the generator together. Rows are appended here as
/// raw bytes into a 1 MiB buffer that goes to the file in one `fwrite` when full,
/// so memory stays flat however many rows are written.
final class DemoByteWriter {
    let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private let buffer: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    private var failure: String?
    /// Bytes that reached the file so far: the file's size once `close()` returns.
    private(set) var bytesWritten = 0

    init(path: String, capacity: Int = 1 << 20) throws(DemoError) {
        guard let file = fopen(path, "wb") else {
            throw DemoError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        self.path = path
        self.file = file
        self.capacity = max(capacity, 256)
        self.buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        if let file { fclose(file) }
        buffer.deallocate()
    }

    @inline(__always)
    func byte(_ value: UInt8) {
        if count == capacity { flush() }
        buffer[count] = value
        count += 1
    }

    @inline(__always)
    func bytes(_ source: UnsafeBufferPointer<UInt8>) {
        let n = source.count
        if count + n > capacity {
            flush()
            if n > capacity {
                write(UnsafeRawBufferPointer(source))
                return
            }
        }
        if n > 0 { (buffer + count).update(from: source.baseAddress!, count: n) }
        count += n
    }

    func bytes(_ source: [UInt8]) {
        source.withUnsafeBufferPointer { bytes($0) }
    }

    /// The UTF-8 bytes of `text`, as they are (no normalisation).
    func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes($0) }
    }

    /// `value` in decimal, padded with zeros to at least `width` digits.
    @inline(__always)
    func int(_ value: Int, width: Int = 1) {
        if count + 24 > capacity { flush() }
        var v = value
        if v < 0 {
            buffer[count] = UInt8(ascii: "-")
            count += 1
            v = -v
        }
        var digits = 1
        var probe = v
        while probe >= 10 { probe /= 10; digits += 1 }
        let total = max(digits, width)
        var i = count + total - 1
        for _ in 0..<total {
            buffer[i] = UInt8(truncatingIfNeeded: 48 + v % 10)
            v /= 10
            i -= 1
        }
        count += total
    }

    /// Writes out what is buffered and closes the file; reports the first failure.
    func close() throws(DemoError) {
        flush()
        if let file {
            if fclose(file) != 0, failure == nil { failure = String(cString: strerror(errno)) }
            self.file = nil
        }
        if let failure { throw DemoError.cannotWrite(path: path, reason: failure) }
    }

    private func flush() {
        guard count > 0 else { return }
        write(UnsafeRawBufferPointer(start: buffer, count: count))
        count = 0
    }

    private func write(_ chunk: UnsafeRawBufferPointer) {
        bytesWritten += chunk.count
        guard let file, failure == nil, chunk.count > 0 else { return }
        if fwrite(chunk.baseAddress, 1, chunk.count, file) != chunk.count {
            failure = String(cString: strerror(errno))
        }
    }
}
