import Foundation

/// What one child process did: how it ended, how long it took from spawn to reap
/// (monotonic wall time) and its peak resident set, with its output kept in files.
struct ChildResult: Sendable {
    let command: String
    let status: ChildStatus
    let seconds: Double
    /// `ru_maxrss` of the reaped child, in bytes.
    let peakRSSBytes: Int
    let stdoutPath: String
    let stderrPath: String

    var stdout: String { Self.read(stdoutPath) }
    var stderr: String { Self.read(stderrPath) }

    /// The last lines of stderr, for an error message.
    var stderrTail: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: true).suffix(8).joined(separator: "\n")
    }

    /// Throws unless the child exited with one of `codes`.
    @discardableResult
    func expect(_ codes: Set<Int32> = [0]) throws(BenchError) -> ChildResult {
        guard let code = status.exitCode, codes.contains(code) else {
            throw BenchError.childFailed(command: command, status: status, stderrTail: stderrTail)
        }
        return self
    }

    private static func read(_ path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
