import QMSDomain
import QMSStore

/// The outcome of one file of a sync: what the report prints and the log records.
public struct FileReport: Hashable, Sendable {
    /// The path as the user named it.
    public let path: String
    /// The kinds the file holds (several for a bundle); empty when unknown.
    public var kinds: [RecordKind]
    /// Whether the file is a JSON bundle.
    public var isBundle: Bool
    public var state: FileState
    /// Why a file was skipped or rejected, in a few words.
    public var reason: String?
    /// Hex SHA-256 of the file's bytes, when it could be read.
    public var sha256: String?
    /// Rows inserted, updated, deleted and left unchanged (what would be, for `checked`).
    public var counts: SyncCounts
    public var errors: IssueList
    public var warnings: IssueList

    public init(path: String, kinds: [RecordKind] = [], isBundle: Bool = false, state: FileState,
                reason: String? = nil, sha256: String? = nil, counts: SyncCounts = SyncCounts(),
                errors: IssueList = IssueList(), warnings: IssueList = IssueList()) {
        self.path = path
        self.kinds = kinds
        self.isBundle = isBundle
        self.state = state
        self.reason = reason
        self.sha256 = sha256
        self.counts = counts
        self.errors = errors
        self.warnings = warnings
    }

    /// The kind column of the sync log: the kind, "bundle", or nil.
    public var kindLabel: String? {
        if isBundle { return "bundle" }
        return kinds.first?.rawValue
    }
}
