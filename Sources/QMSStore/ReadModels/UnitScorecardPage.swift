import QMSDomain

/// One page of the unit scorecard.
public struct UnitScorecardPage: Hashable, Sendable {
    /// In tree order: each unit followed by its descendants, siblings by id.
    public var rows: [UnitScore]
    /// Units in scope, on every page.
    public var totalCount: Int
    /// The position of the first row in the whole list.
    public var offset: Int

    public init(rows: [UnitScore], totalCount: Int, offset: Int) {
        self.rows = rows
        self.totalCount = totalCount
        self.offset = offset
    }
}
