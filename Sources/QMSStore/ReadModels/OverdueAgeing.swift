/// How long overdue actions have been late, in the buckets a review asks about.
public struct OverdueAgeing: Hashable, Sendable {
    public var days1to30: Int
    public var days31to60: Int
    public var days61to90: Int
    public var over90: Int

    public init(days1to30: Int = 0, days31to60: Int = 0, days61to90: Int = 0, over90: Int = 0) {
        self.days1to30 = days1to30
        self.days31to60 = days31to60
        self.days61to90 = days61to90
        self.over90 = over90
    }

    /// Every overdue action counted.
    public var total: Int { days1to30 + days31to60 + days61to90 + over90 }
}
