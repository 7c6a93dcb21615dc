/// A mistake in how isodash was called: exit status 2, one line on stderr.
///
/// The message says what was wrong and what would be right, and names the
/// `--help` that explains more.
struct UsageError: Error, CustomStringConvertible, Equatable {
    let command: String
    let message: String

    var description: String {
        let help = command == "isodash" ? "isodash --help" : "isodash \(command) --help"
        // The caller prints "isodash: " first; a subcommand adds its own name.
        let prefix = command == "isodash" ? "" : "\(command): "
        return "\(prefix)\(message) (see '\(help)')"
    }
}
