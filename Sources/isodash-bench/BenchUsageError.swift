/// A mistake on the benchmark's command line: what was wrong and what would be right.
/// The benchmark prints it on one line and exits with status 2.
struct BenchUsageError: Error, CustomStringConvertible {
    let message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
