import CNcursesw
import TermUI

/// Every call into ncurses and the C library, in one place.
///
/// The shim keeps signal state in `static` C variables, which exist once per object file
/// that uses them; keeping all C calls in this one file keeps them single. The rest of
/// the backend is Swift on top of these wrappers, and nothing here decides anything: the
/// decisions are the pure functions in TermUI (`LocaleDecision`, `ColorDepthDecision`,
/// `KeyDecoder`, `ColorMapper`).
enum Curses {
    /// Attributes and colour pair of a cell, ready for `put`.
    struct Look: Hashable {
        var attributes: UInt32
        var pair: Int16
    }

    /// The C library's wide character (UTF-32 on Linux).
    typealias WideCharacter = wchar_t

    /// What `readKey` read: a character or, with `isKeyCode`, a `KEY_*` code.
    struct Input {
        var code: Int
        var isKeyCode: Bool
    }

    // MARK: Locale

    /// `setlocale(LC_ALL, "")`: the encoding the user's environment asks for.
    static func adoptEnvironmentLocale() {
        _ = setlocale(LC_ALL, "")
    }

    /// The current locale's codeset (`UTF-8`, `ANSI_X3.4-1968`).
    static func codeset() -> String {
        guard let name = isodash_codeset() else { return "" }
        return String(cString: name)
    }

    /// Whether a `C.UTF-8` locale exists; leaves `LC_CTYPE` as it was.
    static func cUTF8Available() -> Bool {
        let saved = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { if let saved { _ = setlocale(LC_CTYPE, saved) } }
        return setlocale(LC_CTYPE, "C.UTF-8") != nil || setlocale(LC_CTYPE, "C.utf8") != nil
    }

    /// Switches `LC_CTYPE` to `C.UTF-8`; false if that locale is missing.
    static func useCUTF8() -> Bool {
        setlocale(LC_CTYPE, "C.UTF-8") != nil || setlocale(LC_CTYPE, "C.utf8") != nil
    }

    // MARK: Signals

    static func installSignalHandlers() { isodash_install_signal_handlers() }
    static func restoreSignalHandlers() { isodash_restore_signal_handlers() }
    static var quitRequested: Bool { isodash_quit_requested() != 0 }
    static var quitSignal: Int32 { isodash_quit_signal() }
    /// True while some session has the screen (the signal handlers restore it only then).
    static var screenActive: Bool { isodash_screen_active() != 0 }

    /// Holds stderr in a temporary file while the screen is up, so messages (the Swift
    /// runtime's "Fatal error") are not lost with the alternate screen.
    static func holdStandardError() { _ = isodash_capture_stderr() }

    /// Puts stderr back and writes out what was held.
    static func releaseStandardError() { isodash_release_stderr() }

    // MARK: Screen

    /// A new screen on stdout/stdin; nil when ncurses cannot drive `TERM`.
    static func newScreen() -> OpaquePointer? {
        isodash_newterm()
    }

    /// Input as a dashboard wants it: keys at once, no echo, arrows decoded, Enter not
    /// translated, Esc after 25 ms, no cursor.
    static func configure() {
        let screen = isodash_stdscr()
        _ = cbreak()
        _ = noecho()
        _ = nonl()
        _ = keypad(screen, true)
        _ = intrflush(screen, false)
        _ = set_escdelay(25)
        _ = curs_set(0)
        // The cursor is hidden, so ncurses need not move it back after each update:
        // fewer bytes per frame over SSH.
        _ = leaveok(screen, true)
        defineCommonKeySequences()
        isodash_set_screen_active(1)
    }

    /// Teaches ncurses the sequences common terminals send when `TERM` does not quite
    /// match them (PuTTY or tmux under `TERM=xterm`, terminals that ignore keypad mode),
    /// so Home, End and the arrows work over SSH. Sequences the terminal description
    /// already binds are left alone.
    private static func defineCommonKeySequences() {
        let f0 = isodash_key_f0()
        let sequences: [(String, Int32)] = [
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
            ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE), ("\u{1B}[Z", KEY_BTAB),
            ("\u{1B}OP", f0 + 1), ("\u{1B}OQ", f0 + 2), ("\u{1B}OR", f0 + 3), ("\u{1B}OS", f0 + 4),
            ("\u{1B}[11~", f0 + 1), ("\u{1B}[12~", f0 + 2), ("\u{1B}[13~", f0 + 3), ("\u{1B}[14~", f0 + 4),
        ]
        for (sequence, code) in sequences where key_defined(sequence) == 0 {
            _ = define_key(sequence, code)
        }
    }

    /// Whether the terminal can address its cursor; without that there is no full screen.
    static func canMoveCursor() -> Bool { isodash_can_move_cursor() != 0 }

    /// Clears the terminal now, for terminals without an alternate screen, so the last
    /// frame does not stay behind under the shell prompt.
    static func clearIfNoAlternateScreen() {
        guard isodash_has_alternate_screen() == 0 else { return }
        let screen = isodash_stdscr()
        _ = werase(screen)
        _ = wrefresh(screen)
    }

    /// Whether the terminal description has colours at all.
    static func hasColors() -> Bool { has_colors() }

    /// Starts colour; returns `COLORS` and whether -1 (the terminal's own colour) is usable.
    static func startColors() -> (colors: Int, defaultColors: Bool) {
        guard start_color() == OK else { return (0, false) }
        let defaults = use_default_colors() == OK
        return (Int(isodash_colors()), defaults)
    }

    /// How many colour pairs the terminal has (pair 0 is fixed).
    static func colorPairCount() -> Int { Int(isodash_color_pairs()) }

    /// Defines colour pair `pair`; false if the terminal refuses.
    static func definePair(_ pair: Int16, foreground: Int, background: Int) -> Bool {
        init_pair(pair, Int16(clamping: foreground), Int16(clamping: background)) == OK
    }

    /// Restores the terminal (endwin) and frees the screen.
    static func endScreen(_ screen: OpaquePointer) {
        isodash_set_screen_active(0)
        _ = endwin()
        delscreen(screen)
    }

    /// Rows and columns of the screen.
    static func size() -> (rows: Int, columns: Int) {
        let screen = isodash_stdscr()
        return (Int(isodash_getmaxy(screen)), Int(isodash_getmaxx(screen)))
    }

    // MARK: Drawing

    /// Starts a frame: every cell blank in ncurses' copy (not on the terminal).
    static func beginFrame() { _ = werase(isodash_stdscr()) }

    /// One cell; `text` is a NUL-terminated wide string of at most `CCHARW_MAX` characters.
    static func put(row: Int, column: Int, text: UnsafePointer<WideCharacter>, look: Look) {
        isodash_draw_cell(isodash_stdscr(), Int32(row), Int32(column), text, attr_t(look.attributes), look.pair)
    }

    /// Sends what changed since the last frame to the terminal.
    static func endFrame() {
        _ = wnoutrefresh(isodash_stdscr())
        _ = doupdate()
    }

    /// The next update repaints the whole screen (after something else wrote to it).
    static func invalidate() { _ = clearok(isodash_stdscr(), true) }

    /// Terminal attribute bits for theme attributes.
    static func attributes(_ attributes: ThemeAttributes) -> UInt32 {
        var bits = isodash_a_normal()
        if attributes.contains(.bold) { bits |= isodash_a_bold() }
        if attributes.contains(.dim) { bits |= isodash_a_dim() }
        if attributes.contains(.reverse) { bits |= isodash_a_reverse() }
        if attributes.contains(.underline) { bits |= isodash_a_underline() }
        if attributes.contains(.italic) { bits |= isodash_a_italic() }
        return UInt32(bits)
    }

    /// Most characters a cell can hold: a base and its combining marks.
    static let maximumCharactersPerCell = Int(CCHARW_MAX)

    // MARK: Input

    /// Waits up to `timeoutMs` for a key; nil on timeout (or when input is gone).
    static func readKey(timeoutMs: Int) -> Input? {
        let screen = isodash_stdscr()
        wtimeout(screen, Int32(clamping: timeoutMs))
        var value: wint_t = 0
        let result = wget_wch(screen, &value)
        if result == isodash_key_code_yes() { return Input(code: Int(value), isKeyCode: true) }
        if result == OK { return Input(code: Int(value), isKeyCode: false) }
        return nil
    }

    /// Puts input back so the next `readKey` returns it first.
    static func unread(_ input: Input) {
        if input.isKeyCode {
            _ = ungetch(Int32(clamping: input.code))
        } else {
            _ = unget_wch(wchar_t(clamping: input.code))
        }
    }

    /// True when the terminal on stdin went away (a dropped SSH connection).
    static func inputHungUp() -> Bool { isodash_input_hung_up(0) != 0 }

    /// `isatty`.
    static func isTerminal(fd: Int32) -> Bool { isatty(fd) == 1 }

    /// The keys behind ncurses' key codes.
    static func keyCodes() -> [Int: Key] {
        var table: [Int: Key] = [
            Int(KEY_UP): .up, Int(KEY_DOWN): .down, Int(KEY_LEFT): .left, Int(KEY_RIGHT): .right,
            Int(KEY_PPAGE): .pageUp, Int(KEY_NPAGE): .pageDown,
            Int(KEY_HOME): .home, Int(KEY_END): .end,
            // Keypad corners, and the Find/Select that some terminals send for Home/End.
            Int(KEY_A1): .home, Int(KEY_C1): .end, Int(KEY_A3): .pageUp, Int(KEY_C3): .pageDown,
            Int(KEY_FIND): .home, Int(KEY_SELECT): .end,
            Int(KEY_ENTER): .enter, Int(KEY_BACKSPACE): .backspace, Int(KEY_DC): .delete,
            Int(KEY_BTAB): .backTab, Int(isodash_key_resize()): .resize,
        ]
        let f0 = Int(isodash_key_f0())
        for number in 1...12 { table[f0 + number] = .function(number) }
        return table
    }
}
