#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import TermUINcurses

/// `isodash` with no command (and `isodash demo` once its store is loaded): the
/// dashboard in the terminal.
///
/// It refuses to draw when stdin or stdout is not a terminal (a pipe or a cron job gets
/// a message naming `status` and `dump` instead), opens the store read-only so it can
/// share the store with a running sync, and always gives the terminal back: `q`,
/// Ctrl-C, SIGTERM and SIGHUP all end the loop normally with exit status 0.
struct DashboardLauncher {
    static let options: [OptionSpec] = [
        OptionSpec("theme", .value(placeholder: "NAME|PATH"),
                   help: "Colour theme: default, light, projector, mono, a theme of yours, or a .theme file "
                       + "(default: $ISODASH_THEME, else the config file, else default). See 'isodash themes'."),
        OptionSpec("unit", .value(placeholder: "ID"),
                   help: "Open with this unit and its descendants in scope (u changes it on screen)."),
        OptionSpec("due-within", .value(placeholder: "N"),
                   help: "Actions due within N days (0-365) count as due soon (default: due_within in the config file, else 14)."),
    ]

    /// How often the store is asked whether a sync committed new data.
    static let refreshInterval = Duration.seconds(2)
    /// How long one wait for a key lasts; signals are noticed within it.
    static let keyTimeoutMilliseconds = 250

    let themeName: String?
    let unitID: String?
    /// nil: the config file's `due_within`, else `DueSoonRule.defaultDays`.
    let dueWithin: Int?

    /// Throws a usage error for a `--due-within` that is not 0…365, before any terminal is
    /// touched; `command` names the command in it (`demo` checks before it generates data).
    init(arguments: ParsedArguments, command: String = "isodash") throws {
        themeName = arguments.value("theme")
        unitID = arguments.value("unit")
        dueWithin = try StatusCommand.dueWithin(arguments.value("due-within"), command: command)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        try Self.open(storePath: context.storePath, context: context, unitID: unitID, themeName: themeName,
                      dueWithin: dueWithin)
    }

    /// Opens the dashboard on the store at `storePath` and runs it until the user quits;
    /// returns the exit status. `demo` calls this after loading its store.
    static func open(storePath: String, context: CommandContext, unitID: String?, themeName: String?,
                     dueWithin: Int? = nil) throws -> Int32 {
        guard context.stdoutIsTerminal && context.stdinIsTerminal else {
            let which = context.stdoutIsTerminal ? "standard input" : "standard output"
            throw CommandFailure("the dashboard needs a terminal, and \(which) is not one; "
                                 + "use 'isodash status' for a summary or 'isodash dump SCREEN' to print a screen as text",
                                 exitStatus: 2)
        }
        let config = loadConfig(context)
        let store: Store
        do {
            store = try Store.open(path: storePath, mode: .readOnly)
        } catch {
            throw CommandFailure(error.description, exitStatus: 1)
        }
        defer { store.close() }
        let scope = unitID ?? config.unit
        if let scope { try checkUnit(scope, in: store) }

        let themeRequest = themeName ?? context.environment["ISODASH_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? config.theme
        let loaded = ThemeCatalog.standard(environment: context.environment).load(themeRequest)
        for warning in loaded.warnings { context.standardError.line("isodash: warning: \(warning)") }

        unblockTerminalSignals()
        let session = TerminalSession()
        let capabilities: TerminalCapabilities
        do {
            capabilities = try session.start(environment: context.environment)
        } catch {
            throw CommandFailure("\(error); use 'isodash status' for a summary or 'isodash dump SCREEN' to print a screen",
                                 exitStatus: 2)
        }
        defer { session.stop() }

        let data = DashboardData(store: store, asOf: context.global.asOf,
                                 dueWithin: dueWithin ?? config.dueWithin ?? DueSoonRule.defaultDays)
        let view = DashboardView(data: data, context: RenderContext(language: context.global.language,
                                                                    asOf: context.global.asOf,
                                                                    mode: capabilities.renderMode))
        var state = DashboardState(scopeUnitID: scope)
        runLoop(session: session, view: view, data: data, theme: loaded.theme, state: &state)
        guard state.opensReview && !session.quitRequested else { return 0 }
        // `r`: the meeting starts from what is on screen. Review mode takes the
        // terminal and the store (read-write) itself, so both are given back first.
        session.stop()
        store.close()
        return try ReviewLauncher.run(context, unitID: state.scopeUnitID, title: nil, chair: nil, themeName: themeName)
    }

    /// Draw, wait for a key or a timeout, update, draw again; every couple of seconds,
    /// look whether a sync landed and redraw with the new figures, keeping the state.
    private static func runLoop(session: TerminalSession, view: DashboardView, data: DashboardData, theme: Theme,
                                state: inout DashboardState) {
        func draw() {
            let size = session.size
            session.draw(view.render(&state, width: size.width, height: size.height), theme: theme)
        }
        draw()
        let clock = ContinuousClock()
        var lastCheck = clock.now
        while !state.quit && !session.quitRequested {
            let key = session.nextKey(timeoutMs: keyTimeoutMilliseconds)
            var changed = false
            if clock.now - lastCheck >= refreshInterval {
                lastCheck = clock.now
                changed = data.refreshIfChanged()
            }
            if let key {
                if key == .ctrl("l") { session.invalidate() }
                state = DashboardReducer.reduce(state, key)
                changed = true
            }
            if changed && !state.quit && !session.quitRequested { draw() }
        }
    }

    /// A parent may leave signals blocked (a service manager, a worker thread of the
    /// program that started us), and a blocked mask is inherited. The dashboard relies on
    /// SIGINT, SIGTERM and SIGHUP to quit and on SIGWINCH to redraw at the new size.
    static func unblockTerminalSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH] { sigaddset(&signals, signal) }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    /// A `--unit` that names no unit is a usage error, caught before the screen starts.
    private static func checkUnit(_ id: String, in store: Store) throws {
        let ids: [String]
        do {
            ids = try store.unitIDs(in: UnitScope(rootID: id))
        } catch {
            throw CommandFailure(error.description, exitStatus: 1)
        }
        if ids.isEmpty {
            throw UsageError(command: "isodash",
                             message: "'--unit \(id)' names no unit in the store; expected a unit id as in units.csv "
                                 + "(press u in the dashboard to search units by name)")
        }
    }

    /// The config file's settings; its problems are warnings, not failures.
    static func loadConfig(_ context: CommandContext) -> DashboardConfig {
        guard let path = DashboardConfig.path(environment: context.environment),
              let data = FileManager.default.contents(atPath: path) else { return DashboardConfig() }
        let config = DashboardConfig.parse(String(decoding: data, as: UTF8.self), source: path)
        for warning in config.warnings { context.standardError.line("isodash: warning: \(warning)") }
        return config
    }
}
