/// Someone present at a review, in the order the chair listed them.
public struct ReviewAttendee: Hashable, Sendable {
    public var name: String
    /// Their function ("Phó Giám đốc Sở", "Thư ký ISO"); nil when not given.
    public var role: String?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}
