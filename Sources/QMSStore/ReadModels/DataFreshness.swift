import Foundation

/// How current the store is: what the header warns about before anyone trusts a figure.
public struct DataFreshness: Hashable, Sendable {
    /// When the last sync run finished (any file applied, skipped or rejected); nil if never.
    /// A run that only skipped unchanged files still says the figures are current.
    public var lastSync: Date?
    /// Files rejected since the last run in which nothing was rejected, newest first
    /// (each file name once).
    public var rejectedFiles: [String]
    /// When the data last changed: the finish time of the newest applied file; nil if never.
    public var lastChange: Date?

    public init(lastSync: Date?, rejectedFiles: [String], lastChange: Date? = nil) {
        self.lastSync = lastSync
        self.rejectedFiles = rejectedFiles
        self.lastChange = lastChange
    }
}
