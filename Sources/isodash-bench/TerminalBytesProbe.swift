import Foundation

/// Bytes the dashboard sends to its terminal, the cost over a slow SSH link
/// (DESIGN: at 80×24 the first frame no more than htop's ~4 KB, a cursor move no
/// more than ~0.3 KB). The real `isodash` runs in a private tmux server whose pane
/// output is copied to a file with `pipe-pane`; the file's size after the first
/// frame and after each key is the figure.
struct TerminalBytesProbe {
    /// What the dashboard sent.
    struct Result {
        var firstFrame: Int
        /// Bytes per cursor move (`j`), one sample per key.
        var moves: Samples
    }

    let tmux: String
    let isodash: String
    let storePath: String
    let asOf: String
    let folder: String
    /// The launcher's environment without NO_COLOR: a colour terminal costs the most bytes.
    let environment: [String: String]

    static let frameTarget = "≤ 4 KB (htop's)"
    static let moveTarget = "≤ 0.3 KB"

    /// The two rows, or rows saying why the dashboard could not be measured.
    static func rows(tools: Tools, launcher: Launcher, storePath: String, asOf: String) -> [BenchRow] {
        func unmeasured(_ reason: String) -> [BenchRow] {
            [BenchRow(.frameBytes, target: frameTarget, verdict: .notMeasured(reason)),
             BenchRow(.moveBytes, target: moveTarget, verdict: .notMeasured(reason))]
        }
        guard let tmux = Tools.find("tmux", in: launcher.environment["PATH"] ?? "") else {
            return unmeasured("tmux is not installed")
        }
        Progress.say("the dashboard in tmux: bytes of the first frame and of cursor moves")
        var environment = launcher.environment
        environment["NO_COLOR"] = nil
        let probe = TerminalBytesProbe(tmux: tmux, isodash: tools.isodash, storePath: storePath, asOf: asOf,
                                       folder: launcher.outputFolder, environment: environment)
        do {
            let result = try probe.measure()
            let move = result.moves.median
            return [BenchRow(.frameBytes, isodash: Format.kilobytes(Double(result.firstFrame)), target: frameTarget,
                             verdict: Verdict(result.firstFrame <= 4_000)),
                    BenchRow(.moveBytes, isodash: Format.kilobytes(move),
                             reference: "max " + Format.kilobytes(result.moves.max), target: moveTarget,
                             verdict: Verdict(move <= 300))]
        } catch {
            return unmeasured("the dashboard could not be run in tmux: \(error)")
        }
    }

    func measure(keys: Int = 6) throws(BenchError) -> Result {
        let socket = "isodash-bench-\(getpid())"
        let capture = folder + "/pane.bytes"
        let go = folder + "/pane.go"
        try? FileManager.default.removeItem(atPath: capture)
        try? FileManager.default.removeItem(atPath: go)
        let launcher = TmuxLauncher(tmux: tmux, socket: socket, environment: environment, folder: folder)
        defer {
            _ = try? launcher.run(["kill-server"])
            // tmux leaves its socket file behind after kill-server.
            let folder = (environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())/"
            try? FileManager.default.removeItem(atPath: folder + socket)
        }

        // The pane waits for the go file, so pipe-pane is in place before the first byte.
        let command = "while [ ! -e \(Self.quote(go)) ]; do sleep 0.02; done; exec \(Self.quote(isodash)) "
            + "--db \(Self.quote(storePath)) --as-of \(asOf)"
        try launcher.run(["-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", "-s", "bench", command])
        try launcher.run(["pipe-pane", "-t", "bench", "-o", "cat >> " + Self.quote(capture)])
        guard FileManager.default.createFile(atPath: go, contents: nil) else {
            throw BenchError.io(path: go, reason: "cannot create the start signal")
        }
        let first = try settledSize(capture, after: 0)
        guard first > 0 else {
            throw BenchError.unexpectedData("the dashboard drew nothing in tmux within 20 s")
        }
        var moves = Samples()
        var size = first
        for _ in 0..<keys {
            try launcher.run(["send-keys", "-t", "bench", "j"])
            let next = try settledSize(capture, after: size)
            moves.add(Double(next - size))
            size = next
        }
        _ = try? launcher.run(["send-keys", "-t", "bench", "q"])
        return Result(firstFrame: first, moves: moves)
    }

    /// Waits for the file to grow past `previous`, then until it stops growing (no
    /// change for 0.4 s), and returns its size. A key that draws nothing leaves the
    /// size as it was after 2 s; the first frame gets 20 s.
    private func settledSize(_ path: String, after previous: Int) throws(BenchError) -> Int {
        let started = MonotonicClock.now()
        let patience: Double = previous == 0 ? 20 : 2
        var size = previous
        var changedAt = started
        while MonotonicClock.now() - started < 30 {
            usleep(20_000)
            let now = MonotonicClock.now()
            let current = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if current != size {
                size = current
                changedAt = now
            } else if size > previous {
                if now - changedAt > 0.4 { return size }
            } else if now - started > patience {
                return size
            }
        }
        return size
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
