#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file read sequentially with `read(2)` into a caller's buffer, so streaming readers
/// (the CSV reader, file hashing) never hold more than one chunk of it in memory.
/// The descriptor is closed when the value is released.
final class ReadOnlyFile {
    /// Why opening or reading failed, in the words of the operating system.
    struct Failure: Error {
        let reason: String
    }

    let path: String
    private let descriptor: Int32

    init(path: String) throws(Failure) {
        var fd: Int32
        repeat {
            fd = open(path, O_RDONLY | O_CLOEXEC)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw Failure(reason: Self.lastErrorText()) }
        self.path = path
        self.descriptor = fd
    }

    deinit {
        close(descriptor)
    }

    /// Reads up to `count` bytes; returns 0 only at the end of the file.
    func read(into destination: UnsafeMutableRawPointer, count: Int) throws(Failure) -> Int {
        while true {
            let got = systemRead(descriptor, destination, count)
            if got >= 0 { return got }
            if errno == EINTR { continue }
            throw Failure(reason: Self.lastErrorText())
        }
    }

    private static func lastErrorText() -> String {
        String(cString: strerror(errno))
    }
}

/// `read(2)`, reachable from inside `ReadOnlyFile` whose own `read` method shadows it.
private func systemRead(_ descriptor: Int32, _ destination: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, destination, count)
}
