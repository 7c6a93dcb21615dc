/// Why the benchmark could not measure something: a tool is missing, a child
/// process failed, or a file could not be written. Targets that are missed are not
/// errors; they are rows of the table.
enum BenchError: Error, CustomStringConvertible {
    /// A program the benchmark runs is not there or not executable.
    case missingTool(name: String, path: String, hint: String)
    /// A child process could not be started.
    case cannotSpawn(command: String, reason: String)
    /// A child process that must succeed exited with another status.
    case childFailed(command: String, status: ChildStatus, stderrTail: String)
    /// A file or folder of the workspace could not be read or written.
    case io(path: String, reason: String)
    /// The generated data does not look as the benchmark expects.
    case unexpectedData(String)

    var description: String {
        switch self {
        case let .missingTool(name, path, hint):
            return "\(name) not found at '\(path)'; \(hint)"
        case let .cannotSpawn(command, reason):
            return "cannot start '\(command)': \(reason)"
        case let .childFailed(command, status, stderrTail):
            let tail = stderrTail.isEmpty ? "" : "\n" + stderrTail
            return "'\(command)' \(status); the benchmark needs it to succeed\(tail)"
        case let .io(path, reason):
            return "cannot use '\(path)': \(reason); check free space and permissions"
        case let .unexpectedData(message):
            return message
        }
    }
}
