/// One row of the document register (sổ văn bản): the big table.
public struct DocumentRecord: Hashable, Sendable {
    /// The document's number and symbol (số ký hiệu).
    public var id: String
    public var unitID: String
    public var direction: DocumentDirection
    public var date: Day
    public var electronic: Bool
    public var confidential: Bool
    /// When it had to be handled by, if it had a deadline.
    public var dueOn: Day?
    /// When handling finished.
    public var doneOn: Day?

    public init(id: String, unitID: String, direction: DocumentDirection, date: Day, electronic: Bool,
                confidential: Bool = false, dueOn: Day? = nil, doneOn: Day? = nil) {
        self.id = id
        self.unitID = unitID
        self.direction = direction
        self.date = date
        self.electronic = electronic
        self.confidential = confidential
        self.dueOn = dueOn
        self.doneOn = doneOn
    }

    /// Counts as electronic in `docs_*_electronic_pct`: electronic and not
    /// confidential (confidential documents are left out of both sides of the ratio).
    public var countsAsElectronic: Bool {
        electronic && !confidential
    }

    /// In the denominator of `docs_on_time_pct` as of `day`: it has a due day that is
    /// past (before `day`), or it was done by `day`.
    public func hasDueCounted(asOf day: Day) -> Bool {
        guard let dueOn else { return false }
        if dueOn < day { return true }
        if let doneOn, doneOn <= day { return true }
        return false
    }

    /// In the numerator of `docs_on_time_pct` as of `day`: counted, and done on or
    /// before its due day (and by `day`).
    public func isDoneOnTime(asOf day: Day) -> Bool {
        guard let dueOn, let doneOn else { return false }
        return doneOn <= dueOn && doneOn <= day
    }
}
