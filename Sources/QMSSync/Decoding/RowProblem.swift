/// Something wrong in one row, before it is placed in a file: the column (as the file
/// names it) and what is wrong and what was expected.
public struct RowProblem: Hashable, Sendable {
    public let column: String?
    public let message: String

    public init(column: String?, message: String) {
        self.column = column
        self.message = message
    }
}
