#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import QMSStore
import Testing

/// Issue 8, signals and sessions: the dashboard in tmux under a storm of resizes
/// (hundreds of `resize-window`s between sizes above and below the 60×16 minimum, and
/// SIGWINCH sent straight to the process), alone and with SIGTERM, SIGHUP or SIGINT
/// arriving in the middle of it, in the dashboard and in review mode. It must keep
/// answering keys, draw the final size exactly as `isodash dump` draws it, and on the
/// way out restore the terminal, exit with status 0 and close the store cleanly.
///
/// `TmuxDashboardTests` covers the calm cases (q, Ctrl-C, one resize, SIGTERM, SIGHUP).
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxSignalStormTests {
    /// Sizes a storm goes through: common ones, just below the minimum on each side,
    /// far below it, and a 2×2 sliver.
    static let sizes: [(width: Int, height: Int)] = [
        (80, 24), (132, 40), (59, 15), (40, 10), (100, 30), (20, 5), (61, 17), (2, 2), (60, 16), (70, 15),
    ]
    /// Rounds of a storm: each resizes through every size (one tmux call) and sends
    /// SIGWINCH a few times, so 40 rounds are 400 resizes and 200 signals.
    /// `ISODASH_STORM_ROUNDS` makes a longer storm.
    static let rounds = ProcessInfo.processInfo.environment["ISODASH_STORM_ROUNDS"].flatMap { Int($0) }
        .map { max(6, $0) } ?? 40
    static let signalsPerRound = 5
    /// Where a storm ends; not a size the storm visits, so the last frame must be this one.
    static let finalSize = (width: 90, height: 28)

    /// Text the Swift runtime, the C library or the shell would leave after a crash.
    static let crashWords = ["Fatal error", "Crash", "crash", "Backtrace", "backtrace", "Segmentation", "Illegal instruction",
                             "Trace/breakpoint", "core dumped", "Aborted"]

    @Test func afterAResizeStormItAnswersKeysAndDrawsTheFinalSize() throws {
        let app = try TmuxDashboardTests.Running()
        try app.tmux.waitFor("Quality objectives")
        try app.tmux.send("2")
        try app.tmux.waitFor("Objectives 2026")
        let pid = try app.tmux.isodashPID()

        try Self.storm(app.tmux, pid: pid) { round in
            // Halfway, the storm pauses at a size below the minimum until the notice is drawn:
            // the dashboard keeps up with it.
            if round == Self.rounds / 2 {
                try app.tmux.resize(width: 59, height: 15)
                try app.tmux.waitFor("The terminal is too small")
            }
            return true
        }
        try app.tmux.resize(width: Self.finalSize.width, height: Self.finalSize.height)
        Foundation.kill(pid, SIGWINCH)

        // It still answers keys, and what it draws is what dump draws at that size.
        try app.tmux.send("3")
        let expected = try dump("audits", app)
        try app.tmux.waitUntil("the audits screen at 90×28 as `isodash dump` draws it:\n\(expected)") { $0 == expected }
        try app.tmux.send("4")
        let actions = try dump("actions", app)
        try app.tmux.waitUntil("the actions screen at 90×28 as `isodash dump` draws it:\n\(actions)") { $0 == actions }
        #expect(try app.tmux.cursorVisible() == false, "the dashboard hides the cursor")

        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
        try expectRestored(app.tmux)
    }

    /// Each quit signal, in the dashboard (which only reads the store) and in review mode
    /// (which writes it: the review of the day is opened when it starts).
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT], [false, true])
    func aSignalInTheMiddleOfAResizeStormQuitsCleanly(_ signal: Int32, inReviewMode: Bool) throws {
        let app = try TmuxDashboardTests.Running(arguments: inReviewMode ? ["review"] : [])
        try app.tmux.waitFor(inReviewMode ? "section 1/13" : "Quality objectives")
        let store = app.runner.home.appendingPathComponent("store.sqlite").path
        let storeBefore = try Data(contentsOf: URL(fileURLWithPath: store))
        let walBefore = Self.fileSize(store + "-wal")
        let pid = try app.tmux.isodashPID()

        var exited = false
        try Self.storm(app.tmux, pid: pid) { round in
            if round == Self.rounds / 3 {
                #expect(Foundation.kill(pid, 0) == 0, "isodash is still running when the signal is sent")
                Foundation.kill(pid, signal)
            }
            // Stop signalling a process that is gone (the shell reaps it at once, and its
            // pid could be reused); keep resizing.
            if !exited && Foundation.kill(pid, 0) != 0 { exited = true }
            return !exited
        }
        // The exit line must not be cut by a sliver of a window.
        try app.tmux.resize(width: Self.finalSize.width, height: Self.finalSize.height)
        #expect(try app.tmux.waitForExit() == 0, "signal \(signal) ends isodash normally")
        try expectRestored(app.tmux)

        let connection = try Connection(path: store, mode: .readOnly)
        defer { connection.close() }
        #expect(try connection.pragmaText("integrity_check") == "ok")
        if inReviewMode {
            // The writer closed the store: its write-ahead log was checkpointed and emptied.
            #expect(Self.fileSize(store + "-wal") == 0, "the store was closed: nothing left in the write-ahead log")
            #expect(try ReliabilityData.integer(connection, "SELECT count(*) FROM reviews WHERE state = 'open'") == 1,
                    "the review of the day was opened and kept")
        } else {
            #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == storeBefore, "the dashboard never writes the store")
            #expect(Self.fileSize(store + "-wal") <= walBefore, "nothing was left in the write-ahead log")
        }
    }

    // MARK: Helpers

    /// Resizes through every size, round after round, with SIGWINCH straight to `pid`
    /// between rounds while `round` (called first each round) returns true.
    private static func storm(_ tmux: TmuxSession, pid: Int32, round: (Int) throws -> Bool) throws {
        for number in 0..<rounds {
            let signals = try round(number)
            // Start each round at another size, so consecutive rounds do not repeat a pattern.
            let start = number % sizes.count
            try tmux.resize(through: Array(sizes[start...] + sizes[..<start]))
            if signals {
                for _ in 0..<signalsPerRound { Foundation.kill(pid, SIGWINCH) }
            }
        }
    }

    /// `isodash dump SCREEN` of the same store at the final size: the screen as the
    /// dashboard must show it.
    private func dump(_ screen: String, _ app: TmuxDashboardTests.Running) throws -> String {
        let store = app.runner.home.appendingPathComponent("store.sqlite").path
        let result = try app.runner.run(["dump", screen, "--db", store, "--as-of", DashboardStoreFixture.asOf,
                                         "--lang", "en", "--size", "\(Self.finalSize.width)x\(Self.finalSize.height)"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    /// The terminal is given back: main screen, cursor visible, no crash report.
    private func expectRestored(_ tmux: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try tmux.alternateScreenOn() == false, "the alternate screen is left", sourceLocation: sourceLocation)
        #expect(try tmux.cursorVisible(), "the cursor is visible again", sourceLocation: sourceLocation)
        let screen = try tmux.capture()
        for word in Self.crashWords {
            #expect(!screen.contains(word), "no crash report:\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    private static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
