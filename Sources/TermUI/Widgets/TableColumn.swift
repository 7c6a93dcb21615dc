/// A table column: its header, how wide it may be, and how its text is aligned.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    /// Width rule among the other columns (see `Layout`): `.length(8)` for a date,
    /// `.fill(1)` for a name that takes the rest.
    public var width: Constraint
    /// Numbers read best `.right`.
    public var alignment: Alignment

    public init(_ title: String, width: Constraint = .fill(1), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}
