/// What an audit found: a nonconformity, an observation, an opportunity.
public struct FindingRecord: Hashable, Sendable {
    public var id: String
    public var auditID: String
    public var unitID: String?
    public var grade: FindingGrade
    /// The clause of the standard, e.g. `8.5.1`.
    public var clause: String?
    public var description: String
    public var raisedOn: Day?

    public init(id: String, auditID: String, unitID: String? = nil, grade: FindingGrade, clause: String? = nil,
                description: String, raisedOn: Day? = nil) {
        self.id = id
        self.auditID = auditID
        self.unitID = unitID
        self.grade = grade
        self.clause = clause
        self.description = description
        self.raisedOn = raisedOn
    }
}
