import Foundation
import Testing

/// Issue 8, terminal safety, end to end: a store whose text holds escape sequences, C1
/// controls, bidi overrides and zero-width characters (loaded through `isodash sync`)
/// is shown in every dashboard screen, a detail screen of each kind and review mode in
/// a real terminal (tmux), and printed by `isodash status`. What a terminal would
/// execute shows as a placeholder and never reaches it: the pane keeps its title, no
/// clipboard (paste) buffer appears, the screen keeps its layout.
///
/// The in-process checks of the same rules are `TextSanitizerTests`, `BufferTests` and
/// `StatusTextReportTests`; these prove that nothing on the way from an export file to
/// the terminal bypasses them.
struct TmuxTerminalSafetyTests {
    static let width = 132
    static let height = 36
    /// Set in the pane (OSC 2) before isodash starts; a leaked OSC 0/2 would replace it.
    static let knownTitle = "isodash-safety-check"

    /// The hostile store in a sandbox.
    final class Sandbox {
        let runner = BinaryRunner()
        let store: String

        init() throws {
            store = runner.home.appendingPathComponent("store.sqlite").path
            try HostileStoreFixture.create(store: store, folder: runner.home.appendingPathComponent("exports"),
                                           runner: runner)
        }

        deinit { runner.cleanUp() }

        var arguments: [String] { ["--db", store, "--as-of", HostileStoreFixture.asOf, "--lang", "en"] }
    }

    // MARK: The dashboard in tmux

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"), arguments: ["C.UTF-8", "C"])
    func everyScreenShowsPlaceholdersAndLeavesTheTerminalAlone(locale: String) throws {
        let ascii = locale == "C"
        let sandbox = try Sandbox()
        var environment = sandbox.runner.baseEnvironment
        environment["LANG"] = locale
        environment["SWIFT_BACKTRACE"] = "interactive=no"
        let tmux = try TmuxSession(arguments: sandbox.arguments, environment: environment,
                                   width: Self.width, height: Self.height,
                                   serverCommands: [["set-option", "-s", "set-clipboard", "on"]],
                                   shellPrelude: "printf '\\033]2;\(Self.knownTitle)\\033\\\\'")
        defer { tmux.kill() }
        typealias F = HostileStoreFixture
        func shown(_ texts: [F.Text]) -> [String] { texts.map { $0.shown(ascii: ascii) } }

        try visit(tmux, keys: [], expecting: shown([F.orgName, F.objective1, F.audit, F.action2]), ascii: ascii)
        #expect(try tmux.paneTitle() == Self.knownTitle, "the title set before isodash started is still there")

        try visit(tmux, keys: ["2"], expecting: shown([F.objective1, F.objective2, F.objective3, F.objective4,
                                                         F.objective5, F.officeName, F.postName]), ascii: ascii)
        // Sorted by status, the off-track MT-01 is first: its detail.
        try visit(tmux, keys: ["Enter"], expecting: ["MT-01"] + shown([F.objective1, F.objective1Owner, F.officeName]),
                  ascii: ascii)
        // Esc is answered before the next key, or the two would read as Alt+key.
        try visit(tmux, keys: ["Escape"], expecting: ["sorted by status"] + shown([F.objective5]), ascii: ascii)
        try visit(tmux, keys: ["3"], expecting: shown([F.audit, F.auditLead]), ascii: ascii)
        try visit(tmux, keys: ["Enter"], expecting: ["DG-01"] + shown([F.audit, F.finding, F.action1, F.action1Owner]),
                  ascii: ascii)
        try visit(tmux, keys: ["Escape"], expecting: ["Open and recent audits"] + shown([F.auditLead]), ascii: ascii)
        try visit(tmux, keys: ["4"], expecting: shown([F.action1, F.action2, F.action1Owner, F.action2Owner,
                                                                  F.officeName, F.postName]), ascii: ascii)
        try visit(tmux, keys: ["5"], expecting: shown([F.orgName, F.officeName, F.postName]), ascii: ascii)
        // The unit picker lists the names over the screen.
        try visit(tmux, keys: ["u"], expecting: ["Choose a unit"] + shown([F.orgName, F.officeName, F.postName]),
                  ascii: ascii, footer: "Esc Cancel")
        try tmux.send("Escape")
        try tmux.waitUntil("the unit picker closed") { !$0.contains("Choose a unit") }
        try visit(tmux, keys: ["6"], expecting: shown([F.rejectedFile]), ascii: ascii)
        // The rejected tallies file is the newest entry: tallies apply last.
        try visit(tmux, keys: ["Enter"], expecting: ["rejected", "column 'month'"] + shown([F.rejectedFile]),
                  ascii: ascii)

        // Review mode resumes the review started with a hostile title and note.
        try visit(tmux, keys: ["Escape"], expecting: ["Sync log"], ascii: ascii)
        try visit(tmux, keys: ["r"], expecting: shown([F.reviewTitle]), ascii: ascii, review: true)
        try visit(tmux, keys: ["4"], expecting: shown([F.reviewTitle, F.objective1, F.objective2, F.reviewNote]),
                  ascii: ascii, review: true)
        try visit(tmux, keys: ["6"], expecting: shown([F.action1, F.action2]), ascii: ascii, review: true)

        #expect(try tmux.paneTitle() == Self.knownTitle, "no OSC 0/2 reached the terminal")
        #expect(try tmux.pasteBuffers() == "", "no OSC 52 reached the terminal (set-clipboard is on)")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.alternateScreenOn() == false)
        #expect(try tmux.paneTitle() == Self.knownTitle)
        #expect(try tmux.pasteBuffers() == "")
    }

    /// The checks above can fail: on this tmux server the same sequences, printed raw,
    /// do retitle the pane and fill a paste buffer.
    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func theRawSequencesWouldBeSeen() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let raw = "printf '\\033]2;\(Self.knownTitle)\\033\\\\'; printf '\\033]2;PWNED\\033\\\\\\033]52;c;SGVsbG8=\\007'"
        let tmux = try TmuxSession(arguments: ["--version"], environment: runner.baseEnvironment,
                                   serverCommands: [["set-option", "-s", "set-clipboard", "on"]], shellPrelude: raw)
        defer { tmux.kill() }
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.paneTitle() == "PWNED")
        #expect(try tmux.pasteBuffers().contains("Hello"))
    }

    /// Waits until every text in `expecting` is on a settled screen after `keys` (two
    /// captures alike: not a frame half sent), then checks it: no payload, nothing unsafe,
    /// header and footer in place, panels whole.
    private func visit(_ tmux: TmuxSession, keys: [String], expecting: [String], ascii: Bool, review: Bool = false,
                       footer: String = "q Quit", sourceLocation: SourceLocation = #_sourceLocation) throws {
        for key in keys { try tmux.send(key) }
        var previous = ""
        let screen = try tmux.waitUntil("\(expecting) on a settled screen") { screen in
            defer { previous = screen }
            return screen == previous && expecting.allSatisfy { screen.contains($0) }
        }
        var lines = screen.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let context = Comment(rawValue: "after \(keys), the screen was:\n\(screen)")
        // The sync wrote the rejected file's path into its reason with escapes spelled out
        // (`\u{1B}`), as it prints it: visible text, not a sequence.
        let unescaped = screen.replacingOccurrences(of: #"\u{1B}]0;PWNED\u{7}"#, with: "")
        for word in HostileStoreFixture.payloadWords {
            #expect(!unescaped.contains(word), context, sourceLocation: sourceLocation)
        }
        #expect(Self.unsafeScalars(in: screen).isEmpty, context, sourceLocation: sourceLocation)
        if ascii {
            #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, context, sourceLocation: sourceLocation)
        }
        #expect(lines.count == Self.height, context, sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix(review ? " Review " : " isodash ") == true, context, sourceLocation: sourceLocation)
        #expect(lines.last?.contains(footer) == true, context, sourceLocation: sourceLocation)
        // Every line fits; a line of a panel reaches the right edge (nothing shifted it).
        let edges: Set<Character> = ascii ? ["+", "|"] : ["┌", "│", "└"]
        for line in lines {
            let columns = line.unicodeScalars.count
            #expect(columns <= Self.width, context, sourceLocation: sourceLocation)
            if let first = line.first, edges.contains(first) {
                #expect(columns == Self.width, "a panel line cut short: \(line)\n\(context)", sourceLocation: sourceLocation)
            }
        }
    }

    // MARK: isodash status

    @Test(arguments: ["C.UTF-8", "C"])
    func statusThroughAPipeShowsPlaceholders(locale: String) throws {
        let ascii = locale == "C"
        let sandbox = try Sandbox()
        let result = try sandbox.runner.run(["status"] + sandbox.arguments, environment: ["LANG": locale])
        #expect(result.status == 1, "an objective is off track and actions are overdue: \(result.stderr)")
        let output = result.stdout
        typealias F = HostileStoreFixture
        for text in [F.orgName, F.objective1, F.objective4, F.audit, F.action1, F.action2, F.officeName, F.postName,
                     F.rejectedFile] {
            #expect(output.contains(text.shown(ascii: ascii)), "\(text.shown(ascii: ascii)) in:\n\(output)")
        }
        for word in F.payloadWords { #expect(!output.contains(word)) }
        #expect(Self.unsafeScalars(in: output).isEmpty, "\(Self.unsafeScalars(in: output)) in:\n\(output)")
        if ascii { #expect(output.unicodeScalars.allSatisfy { $0.isASCII }) }
    }

    /// On a terminal (a pseudo-terminal from `script`) status adds colour: its own SGR
    /// sequences are then the only escape sequences in the output.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script is not installed"))
    func statusOnATerminalSendsNothingButItsOwnColour() throws {
        let sandbox = try Sandbox()
        let command = (["env", "-i"] + sandbox.runner.baseEnvironment.merging(["TERM": "xterm-256color"]) { $1 }
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + [BinaryRunner.executable.path, "status"] + sandbox.arguments).map(TmuxSession.quote).joined(separator: " ")
        let result = try TmuxSession.spawn(["/usr/bin/script", "-q", "-e", "-c", command, "/dev/null"],
                                           environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 1, "\(result.errors)")
        let output = result.output
        #expect(output.contains("\u{1B}[31m"), "on a terminal, status is in colour:\n\(output)")
        let uncoloured = output.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(Self.unsafeScalars(in: uncoloured, allowing: [0x0A, 0x0D]).isEmpty, "\(uncoloured.debugDescription)")
        typealias F = HostileStoreFixture
        for text in [F.orgName, F.objective1, F.audit, F.action2, F.rejectedFile] {
            #expect(uncoloured.contains(text.unicode), "\(text.unicode) in:\n\(uncoloured)")
        }
        for word in F.payloadWords { #expect(!output.contains(word)) }
    }

    /// The scalars of `text` a terminal would act on or hide: C0 controls (but `allowing`),
    /// DEL, C1 controls, bidi controls, zero-width and other format characters, line and
    /// paragraph separators.
    static func unsafeScalars(in text: String, allowing: Set<UInt32> = [0x0A]) -> [String] {
        text.unicodeScalars.compactMap { scalar in
            let value = scalar.value
            let unsafe = (value < 0x20 && !allowing.contains(value)) || (0x7F...0x9F).contains(value)
                || (0x200B...0x200F).contains(value) || (0x2028...0x202E).contains(value)
                || (0x2060...0x206F).contains(value) || value == 0xFEFF
            return unsafe ? "U+" + String(value, radix: 16, uppercase: true) : nil
        }
    }
}
