/// A page of the sync log, newest first.
public struct SyncLogPage: Hashable, Sendable {
    public var entries: [SyncFileEntry]
    /// Pass to `SyncLog.page(before:limit:)` for the next (older) page; nil at the end.
    public var nextCursor: Int64?

    public init(entries: [SyncFileEntry], nextCursor: Int64?) {
        self.entries = entries
        self.nextCursor = nextCursor
    }
}
