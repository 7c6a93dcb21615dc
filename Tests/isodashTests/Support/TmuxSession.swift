#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The built `isodash` running in a detached tmux session of its own (a private server
/// on a unique socket, no user configuration), driven the way a user drives it: keys in,
/// the screen read back as text.
///
/// Waits poll the screen with a bounded timeout instead of sleeping, so a test takes as
/// long as the binary needs and no longer, and fails with the last screen when the
/// expected text never appears.
final class TmuxSession {
    /// `tmux` on this machine, if any: tests that need it are skipped without it.
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }

    /// Printed by the shell after isodash exits, with its status.
    static let exitMarker = "isodash exited with status "

    let socket: String
    let target = "dash"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `isodash ARGUMENTS` in a `width`×`height` window with exactly `environment`
    /// (plus the TERM tmux gives its panes).
    ///
    /// `serverCommands` run on the new server before the pane starts (e.g.
    /// `["set-option", "-s", "set-clipboard", "on"]`), so they are in force for the first
    /// byte isodash writes. `shellPrelude`, a shell command, runs in the pane just before
    /// isodash, on the same terminal (e.g. a `printf` that sets a known pane title).
    init(arguments: [String], environment: [String: String], width: Int = 80, height: Int = 24,
         serverCommands: [[String]] = [], shellPrelude: String? = nil) throws {
        socket = "isodash-test-" + UUID().uuidString.prefix(8).lowercased()
        let variables = environment.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
        let command = (shellPrelude.map { $0 + "; " } ?? "")
            + (["env", "-i", "TERM=\"$TERM\""] + variables + [Self.quote(BinaryRunner.executable.path)]
               + arguments.map(Self.quote)).joined(separator: " ")
            + "; echo \"\(Self.exitMarker)$?\"; sleep 600"
        // One tmux invocation runs its commands in order: the options are set before the pane exists.
        var commands = ["-f", "/dev/null"]
        if !serverCommands.isEmpty {
            commands += ["start-server"]
            for serverCommand in serverCommands { commands += [";"] + serverCommand }
            commands += [";"]
        }
        try run(commands + ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", target, command])
    }

    deinit { kill() }

    /// Ends the session and its server (and so isodash, if still running).
    func kill() {
        _ = try? run(["kill-server"], allowFailure: true)
        // tmux leaves its socket file behind when killed; tests start many servers.
        let folder = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: folder + "/" + socket)
    }

    /// The screen as text, one line per row.
    func capture(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", target])
    }

    /// Waits until the screen contains `text`; returns that screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 30) throws -> String {
        try waitUntil("'\(text)' on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until `condition` holds for the screen; returns that screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture()
            if condition(screen) { return screen }
            if Date() > deadline { throw Failure(description: "waited \(timeout) s for \(what); the screen was:\n\(screen)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Sends tmux key names (`Down`, `Enter`, `Escape`, `C-c`, `q`).
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Whether the pane shows the alternate screen (a full-screen program still has it).
    func alternateScreenOn() throws -> Bool {
        try run(["display-message", "-p", "-t", target, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// A tmux format evaluated for the pane (`#{pane_title}`, `#{cursor_flag}`).
    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .newlines)
    }

    /// The pane's title, as OSC 0/2 (`ESC ] 2 ; … BEL`) would set it.
    func paneTitle() throws -> String { try format("#{pane_title}") }

    /// Whether the pane's cursor is visible (ncurses hides it; endwin shows it again).
    func cursorVisible() throws -> Bool { try format("#{cursor_flag}") == "1" }

    /// The server's paste buffers, one line each: OSC 52 creates one under `set-clipboard on`.
    func pasteBuffers() throws -> String {
        try run(["list-buffers"], allowFailure: true).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the window to each size in turn in one tmux invocation, so the resizes
    /// (each a TIOCSWINSZ and a SIGWINCH to the pane) arrive as fast as tmux makes them.
    func resize(through sizes: [(width: Int, height: Int)]) throws {
        var arguments: [String] = []
        for (index, size) in sizes.enumerated() {
            if index > 0 { arguments.append(";") }
            arguments += ["resize-window", "-t", target, "-x", "\(size.width)", "-y", "\(size.height)"]
        }
        guard !arguments.isEmpty else { return }
        try run(arguments)
    }

    /// The process id of isodash: the child of the pane's shell.
    func isodashPID() throws -> Int32 {
        let text = try run(["display-message", "-p", "-t", target, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let shell = Int32(text) else { throw Failure(description: "no pane pid in '\(text)'") }
        // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == shell { return pid }
        }
        throw Failure(description: "isodash is not running under the pane's shell \(shell)")
    }

    /// Whether the screen, read with its escape sequences, sets any colour.
    static func setsColour(_ styled: String) -> Bool {
        var rest = Substring(styled)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" {
                for parameter in rest[..<end].split(separator: ";") {
                    guard let number = Int(parameter) else { continue }
                    if (30...38).contains(number) || (40...48).contains(number) || (90...97).contains(number)
                        || (100...107).contains(number) { return true }
                }
            }
            rest = rest[end...]
        }
        return false
    }

    /// Waits for isodash to exit and returns its exit status.
    func waitForExit(timeout: Double = 30) throws -> Int {
        let screen = try waitFor(Self.exitMarker, timeout: timeout)
        let line = screen.split(separator: "\n").first { $0.contains(Self.exitMarker) } ?? ""
        guard let status = Int(line.components(separatedBy: Self.exitMarker).last?.trimmingCharacters(in: .whitespaces) ?? "") else {
            throw Failure(description: "no exit status in: \(line)")
        }
        return status
    }

    @discardableResult
    private func run(_ arguments: [String], allowFailure: Bool = false) throws -> String {
        guard let executable = Self.executable else { throw Failure(description: "tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        let result = try Self.spawn([executable, "-L", socket] + arguments, environment: environment)
        if result.status != 0 && !allowFailure {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(result.errors)")
        }
        return result.output
    }

    /// Runs a program and collects its output, with the signal mask cleared and the
    /// usual signals at their defaults. (Foundation's `Process` passes on the mask of
    /// the test's worker thread, which blocks SIGTERM and SIGWINCH: tmux's kill-server,
    /// which signals itself, would then hang, and resizes would go unnoticed.)
    static func spawn(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String, errors: String) {
        // Tests run in parallel, each spawning: a pipe end inherited by another test's
        // child keeps this test from ever reading the end of its output when that child
        // is a tmux server, which lives on (it hung a run for good). So the pipes are
        // close-on-exec, and the child gets no descriptor but its own three.
        var output: [Int32] = [0, 0], errors: [Int32] = [0, 0]
        guard pipe(&output) == 0, pipe(&errors) == 0 else { throw Failure(description: "pipe failed: errno \(errno)") }
        for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        for descriptor in Self.openDescriptors() where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        close(output[1])
        close(errors[1])
        defer {
            close(output[0])
            close(errors[0])
        }
        guard spawned == 0 else { throw Failure(description: "cannot run \(arguments[0]): error \(spawned)") }
        // Both pipes are read together so neither can fill up and stall the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        let errorHandle = FileHandle(fileDescriptor: errors[0], closeOnDealloc: false)
        group.enter()
        DispatchQueue.global().async {
            errorData = errorHandle.readDataToEndOfFile()
            group.leave()
        }
        let outputData = FileHandle(fileDescriptor: output[0], closeOnDealloc: false).readDataToEndOfFile()
        group.wait()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// The descriptors open in this process (Linux's `/proc/self/fd`; elsewhere none,
    /// and the close-on-exec pipes are the only guard).
    static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }

    /// Quotes a word for `sh`.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
