import Foundation

/// How current the store is: what the header warns about before anyone trusts a figure.
public struct DataFreshness: Hashable, Sendable {
    /// When the last sync run finished (any file applied, skipped or rejected); nil if never.
    public var lastSync: Date?
    /// Files rejected since the last run in which nothing was rejected, newest first.
    public var rejectedFiles: [String]

    public init(lastSync: Date?, rejectedFiles: [String]) {
        self.lastSync = lastSync
        self.rejectedFiles = rejectedFiles
    }
}
