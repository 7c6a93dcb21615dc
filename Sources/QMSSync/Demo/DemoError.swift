/// Why `isodash demo` could not write its files.
public enum DemoError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The output folder could not be created, or a file of that name is in the way.
    case cannotCreateDirectory(path: String, reason: String)
    /// A file could not be opened or written (full disk, no permission…).
    case cannotWrite(path: String, reason: String)
    /// The parameters make no sense (a document scale that is not a positive number).
    case invalidParameter(String)

    public var description: String {
        switch self {
        case let .cannotCreateDirectory(path, reason):
            return "cannot create the demo folder '\(path)': \(reason); choose a folder you can write to"
        case let .cannotWrite(path, reason):
            return "cannot write '\(path)': \(reason); check free space and permissions"
        case let .invalidParameter(message):
            return message
        }
    }
}
