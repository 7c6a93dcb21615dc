import QMSDomain

/// Everything a command may read from the world, passed in so that tests can
/// run any command in-process with a fixed day and captured output.
struct CommandContext {
    var environment: [String: String]
    /// Today by the system clock; only `GlobalOptions.asOf` should be read by commands.
    var today: Day
    var standardOutput: TextOutput
    var standardError: TextOutput
    var stdoutIsTerminal: Bool
    var stdinIsTerminal: Bool
    /// Progress that redraws one line (`\r`) goes to stderr only when a person watches it.
    var stderrIsTerminal: Bool = false
    /// Set once the command line has been parsed.
    var global: GlobalOptions!

    var storePath: String { global.storePath(environment: environment) }
}
