/// What a running sync tells its caller as it goes, so a long sync of a big register
/// is not silent: the command line prints these to stderr.
public enum SyncProgress: Sendable {
    /// Another sync holds the store; this one waits (at most `SyncOptions.lockTimeout`).
    case waitingForAnotherSync
    /// A file is about to be read.
    case started(path: String)
    /// Rows read so far in the current file (every `SyncOptions.progressInterval` rows).
    case rows(path: String, count: Int)
    /// A file is done.
    case finished(FileReport)
}
