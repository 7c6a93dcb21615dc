import Foundation

extension Store {
    /// How current the store is, from the sync log: for the header of every
    /// screen and the first lines of `isodash status`.
    public func dataFreshness() throws(StoreError) -> DataFreshness {
        var lastSync: Date?
        try forEachRow("SELECT max(finished_at) FROM sync_files", table: "sync_files") { (row) throws(StoreError) in
            guard let text = row.optionalString(0) else { return }
            guard let date = SyncLog.date(text) else {
                throw .corrupt(table: "sync_files", column: "finished_at", value: text)
            }
            lastSync = date
        }
        var rejected: [String] = []
        for entry in try syncLog.rejectedSinceLastCleanSync() where !rejected.contains(entry.name) {
            rejected.append(entry.name)
        }
        return DataFreshness(lastSync: lastSync, rejectedFiles: rejected, lastChange: try syncLog.lastSync())
    }
}
