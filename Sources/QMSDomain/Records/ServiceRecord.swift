/// An administrative procedure offered to citizens (thủ tục hành chính).
public struct ServiceRecord: Hashable, Sendable {
    public var id: String
    public var name: String
    public var unitID: String?
    public var level: ServiceLevel

    public init(id: String, name: String, unitID: String? = nil, level: ServiceLevel) {
        self.id = id
        self.name = name
        self.unitID = unitID
        self.level = level
    }

    /// Offered online (level 3–4, partial or full).
    public var isOnline: Bool { level.isOnline }
}
