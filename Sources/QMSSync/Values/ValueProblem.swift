/// Why one cell's text is not a value of its column's type: what is wrong and what
/// was expected, ready to follow `FILE:LINE: column 'NAME': `.
public struct ValueProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    /// `'<found>' <wrong>, expected <expected>`.
    public init(found: String, _ wrong: String, expected: String) {
        self.message = "\(QuotedValue.show(found)) \(wrong), expected \(expected)"
    }

    public var description: String { message }
}
