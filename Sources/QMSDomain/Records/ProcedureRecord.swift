/// A documented process (quy trình).
public struct ProcedureRecord: Hashable, Sendable {
    public var id: String
    public var title: String
    public var unitID: String?
    public var version: String?
    public var issuedOn: Day?
    public var reviewedOn: Day?
    public var status: ProcedureStatus

    public init(id: String, title: String, unitID: String? = nil, version: String? = nil, issuedOn: Day? = nil,
                reviewedOn: Day? = nil, status: ProcedureStatus = .active) {
        self.id = id
        self.title = title
        self.unitID = unitID
        self.version = version
        self.issuedOn = issuedOn
        self.reviewedOn = reviewedOn
        self.status = status
    }

    /// The last day the procedure was looked at: reviewed, else issued.
    public var lastReviewedOn: Day? {
        reviewedOn ?? issuedOn
    }

    /// How many days back from a period's end a review still counts (§5).
    public static let reviewWindowDays = 365

    /// Whether the procedure counts as reviewed for a period ending on `end`
    /// (`procedures_reviewed_pct`): active, and reviewed (or issued) on a day no later
    /// than `end` and at most 365 days before it. Draft and retired procedures are
    /// not counted at all (see `countsForReview`).
    public func isReviewed(asOf end: Day) -> Bool {
        guard status == .active, let last = lastReviewedOn else { return false }
        let age = end.days(since: last)
        return age >= 0 && age <= ProcedureRecord.reviewWindowDays
    }

    /// Active procedures are the denominator of `procedures_reviewed_pct`.
    public var countsForReview: Bool {
        status == .active
    }
}
