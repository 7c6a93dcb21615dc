/// Why a rollup could not be written as a bundle the level above accepts.
public enum RollupBundleError: Error, CustomStringConvertible, Hashable, Sendable {
    /// `--prefix` holds something an id may not (a control character, surrounding spaces).
    case badPrefix(String, reason: String)
    /// With the prefix, an id would be longer than the contract allows.
    case prefixedIDTooLong(String)
    /// `--parent` names a unit of the report itself: the tree above would loop.
    case parentInsideReport(String)

    public var description: String {
        switch self {
        case .badPrefix(let prefix, let reason):
            return "'--prefix \(prefix)' \(reason); expected up to \(RollupBundle.maxPrefixLength) characters "
                + "without control characters or surrounding spaces (or '' for no prefix)"
        case .prefixedIDTooLong(let id):
            return "the prefixed id '\(id)' is longer than \(RollupBundle.maxIDLength) characters; "
                + "choose a shorter --prefix"
        case .parentInsideReport(let parent):
            return "'--parent \(parent)' is a unit of the report itself; expected the unit above it "
                + "(the level the report is for)"
        }
    }
}
