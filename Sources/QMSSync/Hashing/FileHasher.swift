import Foundation

/// Hashes a sync's export files on a thread of its own, in the order they will be
/// applied, while the sync reads and writes the rows of the first ones.
///
/// The SHA-256 of a file decides whether it was applied before (§7), so it was taken
/// before reading a row: on a million-row register that is a sixth of the sync's
/// instructions spent before the store sees anything, with the second core idle.
/// Now the applier starts on the rows at once, asks `digest(of:)` now and then
/// (an already-applied file is then abandoned and rolled back, so an unchanged
/// re-sync still costs about one hashing), and waits with `waitForDigest(of:)`
/// before it commits, so nothing is logged without its digest.
final class FileHasher: @unchecked Sendable {
    /// Guards `digests` and `cancelled`; signalled whenever a digest is added.
    private let condition = NSCondition()
    private var digests: [String: Result<String, SHA256Error>] = [:]
    private var cancelled = false
    /// The paths given to `init`: waiting for any other would wait for ever.
    private let paths: Set<String>

    /// Starts hashing `paths`, in this order, on a new thread.
    init(paths: [String]) {
        self.paths = Set(paths)
        guard !paths.isEmpty else { return }
        let thread = Thread { [self] in hashAll(paths) }
        thread.name = "isodash sync: SHA-256"
        thread.start()
    }

    /// The digest of `path` if it has been taken, without waiting.
    func digest(of path: String) -> Result<String, SHA256Error>? {
        condition.lock()
        defer { condition.unlock() }
        return digests[path]
    }

    /// The digest of `path`, waiting for it; a failure, at once, for a path that was
    /// not given to `init` or will not be hashed after `cancel`.
    func waitForDigest(of path: String) -> Result<String, SHA256Error> {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let digest = digests[path] { return digest }
            if !paths.contains(path) || cancelled {
                return .failure(.cannotRead(path: path, reason: "it was not hashed with the other files of the sync"))
            }
            condition.wait()
        }
    }

    /// Stops after the file being hashed (a run that ends early); whoever waits for a
    /// file not hashed yet gets a failure.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    private func hashAll(_ paths: [String]) {
        for path in paths {
            condition.lock()
            let stop = cancelled || digests[path] != nil
            condition.unlock()
            if stop { continue }
            let digest: Result<String, SHA256Error>
            do {
                digest = .success(try SHA256.hexDigest(ofFileAt: path))
            } catch {
                digest = .failure(error)
            }
            condition.lock()
            digests[path] = digest
            condition.broadcast()
            condition.unlock()
        }
    }
}
