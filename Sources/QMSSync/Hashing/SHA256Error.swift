/// Why a file could not be hashed.
public enum SHA256Error: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened.
    case cannotOpen(path: String, reason: String)
    /// The file was opened but reading it failed (for example, it is a folder).
    case cannotRead(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open '\(path)': \(reason)"
        case .cannotRead(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        }
    }
}
