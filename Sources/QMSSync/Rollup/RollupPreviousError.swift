/// `--previous FILE` could not be read as an earlier report.
public struct RollupPreviousError: Error, CustomStringConvertible, Hashable, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "the previous report \(path) \(reason); expected a bundle written by 'isodash rollup'"
    }
}
