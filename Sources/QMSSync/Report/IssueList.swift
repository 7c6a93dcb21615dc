/// The errors (or warnings) of one file: the first `limit` kept in full, the rest
/// only counted, as §7 asks ("at most 50 per file and then a count").
public struct IssueList: Hashable, Sendable {
    /// How many issues of one file are kept in full.
    public static let defaultLimit = 50

    public let limit: Int
    public private(set) var kept: [SyncIssue] = []
    /// Issues found beyond `limit`.
    public private(set) var overflow = 0

    public init(limit: Int = IssueList.defaultLimit) {
        self.limit = limit
    }

    public mutating func append(_ issue: SyncIssue) {
        if kept.count < limit {
            kept.append(issue)
        } else {
            overflow += 1
        }
    }

    public var isEmpty: Bool { kept.isEmpty }
    /// Every issue found, kept or only counted.
    public var count: Int { kept.count + overflow }
}
