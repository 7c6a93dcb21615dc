/// Why a sync could not run at all (as opposed to a file being rejected).
public enum SyncRunError: Error, Sendable, CustomStringConvertible {
    /// Another sync held the store longer than the wait allowed.
    case busy(lockPath: String, waitedSeconds: Double)
    /// The lock file beside the store could not be created or locked.
    case cannotLock(lockPath: String, reason: String)
    /// The store failed outside any one file (starting the run, the sync log).
    case store(String)

    public var description: String {
        switch self {
        case .busy(let path, let waited):
            return "another sync is still writing to the store after \(Int(waited)) s (it holds \(path)); "
                + "try again when it has finished"
        case .cannotLock(let path, let reason):
            return "cannot lock \(path) to keep other syncs out: \(reason); check the permissions of the store's folder"
        case .store(let message):
            return message
        }
    }
}
