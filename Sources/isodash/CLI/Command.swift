import QMSDomain

/// One subcommand of `isodash`: its name, help, options and what it does.
///
/// Like swift-argument-parser's `ParsableCommand`, but small: the options are
/// data (`OptionSpec`) so `--help`, parsing and suggestions share them.
protocol Command: Sendable {
    /// The word after `isodash` (`sync`, `status`, …).
    static var name: String { get }
    /// One line for the command list in `isodash --help`.
    static var abstract: String { get }
    /// The usage line, e.g. `isodash sync PATH... [--force]`.
    static var usage: String { get }
    /// Paragraphs printed under the usage line by `--help`.
    static var discussion: String { get }
    /// Options besides the global ones.
    static var options: [OptionSpec] { get }
    /// How many positional arguments the command takes.
    static var positionalRange: ClosedRange<Int> { get }

    init(arguments: ParsedArguments, context: CommandContext) throws
    /// Runs the command and returns its exit status. Errors a user can act on
    /// are thrown as `CommandFailure`.
    func run(_ context: CommandContext) throws -> Int32
}

extension Command {
    static var discussion: String { "" }
    static var options: [OptionSpec] { [] }
    static var positionalRange: ClosedRange<Int> { 0...0 }
}

/// A command that could not do its work: a one-line reason on stderr and an exit status.
struct CommandFailure: Error, CustomStringConvertible {
    let message: String
    let exitStatus: Int32

    init(_ message: String, exitStatus: Int32 = 2) {
        self.message = message
        self.exitStatus = exitStatus
    }

    var description: String { message }
}
