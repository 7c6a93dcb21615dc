/// Why the terminal could not be taken over; the caller falls back (prints instead of
/// drawing) and shows this message.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// ncurses has no description for `TERM` (or `TERM` is unset).
    case unknownTerminal(term: String)
    /// The terminal cannot move its cursor (`TERM=dumb`): no full-screen drawing.
    case notFullScreen(term: String)
    /// Another `TerminalSession` has the screen; ncurses drives one screen at a time here.
    case alreadyActive

    public var description: String {
        switch self {
        case .unknownTerminal(let term) where term.isEmpty:
            return "cannot draw full-screen: TERM is not set, expected a terminal type such as xterm-256color"
        case .unknownTerminal(let term):
            return "cannot draw full-screen: the terminal type TERM=\(term) is unknown here "
                + "(no terminfo entry), expected a known type such as xterm-256color, xterm or vt100"
        case .notFullScreen(let term):
            return "cannot draw full-screen on TERM=\(term): the terminal cannot move its cursor, "
                + "expected a full-screen terminal type such as xterm-256color"
        case .alreadyActive:
            return "the terminal is already in use by another session, expected one session at a time"
        }
    }
}
