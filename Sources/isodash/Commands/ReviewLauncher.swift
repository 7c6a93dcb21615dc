import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import TermUINcurses

/// `isodash review` with no subcommand: review mode, the chair's screen in the meeting.
///
/// Like the dashboard it needs a terminal (a pipe gets a message naming the recording
/// subcommands instead) and always gives the terminal back. Unlike the dashboard it
/// opens the store read-write: each line the chair saves is its own small transaction.
enum ReviewLauncher {
    /// Opens (or resumes) the review of the as-of day for `unitID` and runs review mode
    /// until the chair quits; returns the exit status.
    static func run(_ context: CommandContext, unitID: String?, title: String?, chair: String?,
                    themeName: String?, dueWithin: Int = DueSoonRule.defaultDays) throws -> Int32 {
        guard context.stdoutIsTerminal && context.stdinIsTerminal else {
            let which = context.stdoutIsTerminal ? "standard input" : "standard output"
            throw CommandFailure("review mode needs a terminal, and \(which) is not one; record from a script with "
                                 + "'isodash review start', 'note', 'decide' and 'action', and print the minutes with "
                                 + "'isodash review export'", exitStatus: 2)
        }
        let store: Store
        do {
            store = try Store.open(path: context.storePath, mode: .readWrite)
        } catch {
            throw CommandFailure(error.description, exitStatus: 1)
        }
        defer { store.close() }
        let session: ReviewSession
        do {
            if let unitID, try store.fetch(UnitRecord.self, key: unitID) == nil {
                throw CommandFailure(StoreError.unknownUnit(unitID).description)
            }
            let day = context.global.asOf
            let review = try store.openReview(on: day, scopeUnitID: unitID,
                                              title: title ?? ReviewCommand.defaultTitle(day, context.global.language),
                                              chair: chair, now: Date())
            if let chair, review.chair != chair {
                try store.setReviewChair(reviewID: review.id, chair: chair)
            }
            session = try ReviewSession(store: store, review: review, dueWithin: dueWithin)
        } catch let error as StoreError {
            throw CommandFailure(error.description, exitStatus: 1)
        }

        let config = DashboardLauncher.loadConfig(context)
        let themeRequest = themeName ?? context.environment["ISODASH_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? config.theme
        let loaded = ThemeCatalog.standard(environment: context.environment).load(themeRequest)
        for warning in loaded.warnings { context.standardError.line("isodash: warning: \(warning)") }

        DashboardLauncher.unblockTerminalSignals()
        let terminal = TerminalSession()
        let capabilities: TerminalCapabilities
        do {
            capabilities = try terminal.start(environment: context.environment)
        } catch {
            throw CommandFailure("\(error); record with 'isodash review note|decide|action' instead", exitStatus: 2)
        }
        defer { terminal.stop() }
        let view = ReviewView(context: RenderContext(language: context.global.language, asOf: context.global.asOf,
                                                     mode: capabilities.renderMode))
        loop(terminal: terminal, view: view, session: session, theme: loaded.theme)
        return 0
    }

    /// Draw, wait for a key, update (saving through the store when a line is complete),
    /// draw again; every couple of seconds, pick up what other processes committed.
    private static func loop(terminal: TerminalSession, view: ReviewView, session: ReviewSession, theme: Theme) {
        var state = ReviewState()
        func draw() {
            let size = terminal.size
            terminal.draw(view.render(&state, content: session.content, width: size.width, height: size.height),
                          theme: theme)
        }
        draw()
        let clock = ContinuousClock()
        var lastCheck = clock.now
        while !state.quit && !terminal.quitRequested {
            let key = terminal.nextKey(timeoutMs: DashboardLauncher.keyTimeoutMilliseconds)
            var changed = false
            if clock.now - lastCheck >= DashboardLauncher.refreshInterval {
                lastCheck = clock.now
                changed = session.refreshIfChanged()
            }
            if let key {
                if key == .ctrl("l") { terminal.invalidate() }
                let (next, request) = ReviewReducer.reduce(state, key, content: session.content)
                state = next
                if let request {
                    state = ReviewReducer.resolve(state, session.perform(request, now: Date()))
                }
                changed = true
            }
            if changed && !state.quit && !terminal.quitRequested { draw() }
        }
    }
}
