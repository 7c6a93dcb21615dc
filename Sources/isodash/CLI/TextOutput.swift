#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes: a file descriptor for the real binary, a string for tests.
final class TextOutput {
    private let descriptor: Int32?
    private(set) var captured = ""

    /// Writes to an open file descriptor (1 for stdout, 2 for stderr).
    init(descriptor: Int32) { self.descriptor = descriptor }
    /// Keeps everything written in `captured`.
    init() { descriptor = nil }

    func write(_ text: String) {
        guard let descriptor else {
            captured += text
            return
        }
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return // EPIPE and friends: the reader went away; nothing useful to do.
                }
                offset += written
            }
        }
    }

    func line(_ text: String = "") { write(text + "\n") }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
