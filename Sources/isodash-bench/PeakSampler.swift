#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Samples a running child's `VmHWM` (the high-water mark of its own address space)
/// from `/proc/PID/status`, on a thread of its own while the caller blocks in
/// `waitid`.
///
/// Why not only `ru_maxrss`: Linux carries the spawning process's peak RSS into the
/// child's `ru_maxrss` at `exec` (vfork or fork alike), so a child that stays below
/// the benchmark's own ~30 MB is reported at ~30 MB. When `ru_maxrss` is above the
/// benchmark's own peak it is exact; below, this sample is the figure (it can miss
/// growth in the last interval before exit, never invent any).
final class PeakSampler: @unchecked Sendable {
    private let pid: pid_t
    private let interval: useconds_t
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var stopped = false
    private var peakBytes = 0

    init(pid: pid_t, intervalMicroseconds: useconds_t = 2_000) {
        self.pid = pid
        self.interval = intervalMicroseconds
    }

    func start() {
        let thread = Thread { [self] in
            while !isStopped {
                if let bytes = Self.highWaterMark(of: pid) {
                    lock.lock()
                    peakBytes = max(peakBytes, bytes)
                    lock.unlock()
                }
                usleep(interval)
            }
            finished.signal()
        }
        thread.start()
    }

    /// Stops sampling (call before reaping the child, so the pid cannot be reused
    /// under the sampler) and returns the largest `VmHWM` seen, in bytes.
    func stop() -> Int {
        lock.lock()
        stopped = true
        lock.unlock()
        finished.wait()
        lock.lock()
        defer { lock.unlock() }
        return peakBytes
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    /// `VmHWM` of a live process in bytes; nil once it has exited (a zombie has none).
    private static func highWaterMark(of pid: pid_t) -> Int? {
        let fd = open("/proc/\(pid)/status", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let key = Array("VmHWM:".utf8)
        var index = 0
        while index + key.count < count {
            if buffer[index] == key[0] && Array(buffer[index..<(index + key.count)]) == key {
                var value = 0
                var cursor = index + key.count
                while cursor < count && (buffer[cursor] == 32 || buffer[cursor] == 9) { cursor += 1 }
                while cursor < count, buffer[cursor] >= 48, buffer[cursor] <= 57 {
                    value = value * 10 + Int(buffer[cursor] - 48)
                    cursor += 1
                }
                return value * 1024   // kB
            }
            index += 1
        }
        return nil
    }
}
