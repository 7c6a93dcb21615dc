import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `isodash` started in the background, for the reliability tests that kill it,
/// stop it, or race it against readers and another sync.
///
/// Its output goes to files rather than pipes, so a stopped or killed child never
/// blocks on a full pipe, and the test can read what it has said so far.
final class BackgroundIsodash {
    let process = Process()
    let stdoutURL: URL
    let stderrURL: URL

    /// Starts `isodash ARGUMENTS` in `runner`'s sandbox; `launcher` runs it through
    /// another program first (`setpriv …`, `sh -c …`), which must exec it.
    init(_ arguments: [String], runner: BinaryRunner, environment: [String: String] = [:],
         launcher: [String] = []) throws {
        let name = UUID().uuidString
        stdoutURL = runner.home.appendingPathComponent("child-\(name).out")
        stderrURL = runner.home.appendingPathComponent("child-\(name).err")
        for url in [stdoutURL, stderrURL] {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        let command = launcher + [BinaryRunner.executable.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = runner.baseEnvironment.merging(environment) { $1 }
        process.currentDirectoryURL = runner.home
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    /// Sends `signal` (SIGKILL, SIGSTOP, SIGCONT …) to the child.
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits for the child to end: its exit status, or the signal that ended it.
    @discardableResult
    func wait() -> (status: Int32, killedBy: Int32?) {
        process.waitUntilExit()
        let signalled = process.terminationReason == .uncaughtSignal
        return (signalled ? -1 : process.terminationStatus, signalled ? process.terminationStatus : nil)
    }

    var stdout: String { (try? String(contentsOf: stdoutURL, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: stderrURL, encoding: .utf8)) ?? "" }

    /// Waits until the child's stderr holds `text` (true) or the child has ended or
    /// `limit` seconds have passed (false). A generous limit on a wait for an event,
    /// not a timing assertion.
    func waitForStderr(containing text: String, limit: Double = 60) -> Bool {
        let deadline = Date().addingTimeInterval(limit)
        while Date() < deadline {
            if stderr.contains(text) { return true }
            if !isRunning { return stderr.contains(text) }
            usleep(5_000)
        }
        return false
    }
}
