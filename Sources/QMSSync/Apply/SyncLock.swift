#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The lock that keeps two syncs from interleaving (§7), held for a whole run.
///
/// SQLite's write lock lasts one transaction, and a sync commits once per file, so
/// a second sync could slip in between two files of the first. An exclusive
/// `flock` on a file beside the store closes that gap. The operating system drops
/// it when the process ends, even by `kill -9`, so a crash never leaves the store
/// locked. Readers never take it.
final class SyncLock {
    let path: String
    private let descriptor: Int32

    /// The lock file for the store at `storePath`.
    static func path(forStore storePath: String) -> String {
        storePath + ".sync-lock"
    }

    /// Takes the lock, waiting at most `timeout` seconds; `waiting` is called once
    /// if the lock is not free at once.
    init(storePath: String, timeout: Double, waiting: () -> Void) throws(SyncRunError) {
        path = Self.path(forStore: storePath)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw .cannotLock(lockPath: path, reason: String(cString: strerror(errno)))
        }
        // `descriptor` is set only once the lock is held: a class whose stored
        // properties are all set runs `deinit` even when `init` throws, and a
        // second close(2) of the same number could close another thread's file.
        let started = Date()
        var announced = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else {
                close(fd)
                throw .cannotLock(lockPath: path, reason: String(cString: strerror(code)))
            }
            if !announced {
                announced = true
                waiting()
            }
            let waited = Date().timeIntervalSince(started)
            if waited >= timeout {
                close(fd)
                throw .busy(lockPath: path, waitedSeconds: waited)
            }
            usleep(100_000)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
