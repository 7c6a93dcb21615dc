import Foundation

/// One file a sync looked at, as the sync log keeps it.
public struct SyncFileEntry: Hashable, Sendable {
    /// What became of the file.
    public enum State: String, Sendable, CaseIterable {
        /// Every row was written, in one transaction.
        case applied
        /// Not read: already applied (same SHA-256), or not a `.csv`/`.json` file.
        case skipped
        /// Had errors; nothing of it was written.
        case rejected
    }

    /// Assigned by the store when the entry is recorded; nil before.
    public var id: Int64?
    /// The `isodash sync` run the file belonged to (see `SyncLog.nextRunID()`).
    public var runID: Int64
    /// The file name shown to users (the last path component).
    public var name: String
    /// The path as given to `isodash sync`.
    public var path: String
    /// Hex SHA-256 of the file's bytes; nil when the file could not be read.
    public var sha256: String?
    /// The record kind the file held, "bundle", or nil when the name named none.
    public var kind: String?
    public var state: State
    /// Why a file was skipped or rejected, in a few words.
    public var reason: String?
    public var startedAt: Date
    public var finishedAt: Date
    public var counts: SyncCounts
    /// How many errors the file had in all (the log keeps at most the first few).
    public var errorCount: Int

    public init(id: Int64? = nil, runID: Int64, name: String, path: String, sha256: String? = nil,
                kind: String? = nil, state: State, reason: String? = nil, startedAt: Date, finishedAt: Date,
                counts: SyncCounts = SyncCounts(), errorCount: Int = 0) {
        self.id = id
        self.runID = runID
        self.name = name
        self.path = path
        self.sha256 = sha256
        self.kind = kind
        self.state = state
        self.reason = reason
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.counts = counts
        self.errorCount = errorCount
    }
}
