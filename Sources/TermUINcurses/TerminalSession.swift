import TermUI

/// The terminal, driven through ncurses: start it, draw buffers, read keys, stop.
///
/// Knows nothing of screens: it copies a TermUI `Buffer` out with a `Theme` and turns
/// key presses into `Key`s. Each frame redraws every cell into ncurses' own copy of the
/// screen (`werase`, never `clear`), and ncurses sends only the cells that changed, so a
/// cursor move costs a few bytes over SSH.
///
/// Lifecycle: `start` takes over the terminal and installs signal handlers; `stop` (also
/// run by `deinit`) gives it back. SIGINT, SIGTERM and SIGHUP only set `quitRequested`,
/// which the event loop sees within one `nextKey` timeout and answers by stopping and
/// exiting normally; a crash or SIGQUIT restores the terminal before the process dies.
/// While started, stderr is held in a temporary file and written out by `stop` (or by
/// the crash handler), so nothing written there scribbles over the screen or vanishes
/// with it. Use from one thread; one session at a time.
public final class TerminalSession {
    /// What `start` found; nil before.
    public private(set) var capabilities: TerminalCapabilities?

    private var screen: OpaquePointer?
    private var decoder = KeyDecoder(keyCodes: [:])
    private var defaultColorsWork = true
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair = 1
    private var pairLimit = 0
    private var looks: [Style: (look: Curses.Look, resolved: ResolvedStyle)] = [:]
    private var lookTheme: Theme?
    private var wide: [Curses.WideCharacter] = []
    private var hungUp = false

    private struct PairKey: Hashable {
        var foreground: Int
        var background: Int
    }

    public init() {}

    deinit { stop() }

    /// True when a terminal is attached to `fd` (0 stdin, 1 stdout): the dashboard
    /// needs both, and otherwise says so instead of drawing.
    public static func isTerminal(fd: Int32) -> Bool { Curses.isTerminal(fd: fd) }

    /// Takes over the terminal: locale, screen, input modes, colours.
    ///
    /// `environment` decides the render mode (with the locale's codeset, see
    /// `LocaleDecision`) and the colour depth (with what the terminal reports, see
    /// `ColorDepthDecision`); ncurses itself reads the process environment (`TERM`).
    /// Calling `start` again while started returns the same capabilities.
    @discardableResult
    public func start(environment: [String: String]) throws(TerminalError) -> TerminalCapabilities {
        if screen != nil, let capabilities { return capabilities }
        if Curses.screenActive { throw .alreadyActive }

        Curses.adoptEnvironmentLocale()
        let codeset = Curses.codeset()
        let cUTF8 = LocaleDecision.isUTF8(codeset: codeset) ? false : Curses.cUTF8Available()
        var decision = LocaleDecision.decide(environment: environment, codeset: codeset, cUTF8Available: cUTF8)
        if decision == .switchToCUTF8 && !Curses.useCUTF8() { decision = .ascii }
        let renderMode = decision.renderMode

        Curses.installSignalHandlers()
        guard let newScreen = Curses.newScreen() else {
            Curses.restoreSignalHandlers()
            throw .unknownTerminal(term: environment["TERM"] ?? "")
        }
        guard Curses.canMoveCursor() else {
            Curses.endScreen(newScreen)
            Curses.restoreSignalHandlers()
            throw .notFullScreen(term: environment["TERM"] ?? "")
        }
        screen = newScreen
        Curses.configure()
        Curses.holdStandardError()
        hungUp = false

        var depth = ColorDepth.monochrome
        if ColorDepthDecision.allowsColor(environment: environment) && Curses.hasColors() {
            let started = Curses.startColors()
            defaultColorsWork = started.defaultColors
            depth = ColorDepthDecision.decide(environment: environment, hasColors: true, colors: started.colors)
        }
        pairs = [:]
        nextPair = 1
        pairLimit = depth == .monochrome ? 0 : min(Curses.colorPairCount(), Int(Int16.max))
        looks = [:]
        lookTheme = nil
        wide = Array(repeating: 0, count: Curses.maximumCharactersPerCell + 1)
        decoder = KeyDecoder(keyCodes: Curses.keyCodes(), asciiOnly: renderMode == .ascii)

        let found = TerminalCapabilities(renderMode: renderMode, colorDepth: depth)
        capabilities = found
        return found
    }

    /// Columns and rows of the terminal now (after a `.resize` key, the new size).
    public var size: (width: Int, height: Int) {
        guard screen != nil else { return (0, 0) }
        let size = Curses.size()
        return (size.columns, size.rows)
    }

    /// True once SIGINT, SIGTERM or SIGHUP arrived or the terminal went away: the caller
    /// should `stop()` and exit with status 0.
    public var quitRequested: Bool { hungUp || Curses.quitRequested }

    /// The signal that asked to quit, if one did (SIGHUP tells a dropped connection).
    public var quitSignal: Int32? {
        let signal = Curses.quitSignal
        return signal == 0 ? nil : signal
    }

    /// Shows `buffer` drawn with `theme`. Cells beyond the screen (a resize raced the
    /// frame) are cut; screen cells beyond the buffer stay blank.
    public func draw(_ buffer: Buffer, theme: Theme) {
        guard screen != nil, let capabilities else { return }
        if lookTheme != theme {
            looks = [:]
            lookTheme = theme
        }
        let (rows, columns) = Curses.size()
        let height = min(rows, buffer.height)
        let width = min(columns, buffer.width)
        let asciiOnly = capabilities.renderMode == .ascii
        Curses.beginFrame()
        var lastStyle: Style?
        var current = (look: Curses.Look(attributes: 0, pair: 0), resolved: ResolvedStyle(attributes: []))
        var rowLooks: [Curses.Look] = []
        var rowResolved: [ResolvedStyle] = []
        var rowSpaces: [Bool] = []
        wide.withUnsafeMutableBufferPointer { text in
            for y in 0..<height {
                rowLooks.removeAll(keepingCapacity: true)
                rowResolved.removeAll(keepingCapacity: true)
                rowSpaces.removeAll(keepingCapacity: true)
                for x in 0..<width {
                    let cell = buffer[x, y]
                    if cell.style != lastStyle {
                        current = self.look(for: cell.style, depth: capabilities.colorDepth)
                        lastStyle = cell.style
                    }
                    rowLooks.append(current.look)
                    rowResolved.append(current.resolved)
                    rowSpaces.append(cell.symbol == " ")
                }
                let sources = BlankRunFolding.sources(looks: rowResolved, isSpace: rowSpaces)
                for x in 0..<width {
                    let cell = buffer[x, y]
                    if cell.isContinuation { continue }
                    // A wide character in the last column would wrap: show a space.
                    let fits = cell.width < 2 || x + 1 < width
                    Self.store(fits ? cell.symbol : " ", into: text, asciiOnly: asciiOnly)
                    Curses.put(row: y, column: x, text: UnsafePointer(text.baseAddress!), look: rowLooks[sources[x]])
                }
            }
        }
        Curses.endFrame()
    }

    /// Makes the next `draw` repaint the whole terminal, for when something else wrote
    /// to it (Ctrl-L).
    public func invalidate() {
        guard screen != nil else { return }
        Curses.invalidate()
    }

    /// The next key, waiting at most `timeoutMs` milliseconds; nil on timeout, for keys
    /// that mean nothing here, and once `quitRequested` (poll it after each call).
    /// Characters followed at once by combining marks (a decomposing input method) come
    /// back as one character.
    public func nextKey(timeoutMs: Int = 250) -> Key? {
        guard screen != nil, !quitRequested else { return nil }
        guard let input = Curses.readKey(timeoutMs: timeoutMs) else {
            if Curses.inputHungUp() { hungUp = true }
            return nil
        }
        guard var key = decoder.decode(input.code, isKeyCode: input.isKeyCode) else { return nil }
        guard case .char = key else { return key }
        while let next = Curses.readKey(timeoutMs: 0) {
            if !next.isKeyCode, let combined = KeyDecoder.appending(mark: next.code, to: key) {
                key = combined
            } else {
                Curses.unread(next)
                break
            }
        }
        return key
    }

    /// Gives the terminal back (endwin), frees the screen and restores the signal
    /// handlers that were there before `start`. Safe to call more than once.
    public func stop() {
        guard let current = screen else { return }
        Curses.clearIfNoAlternateScreen()
        Curses.endScreen(current)
        Curses.releaseStandardError()
        Curses.restoreSignalHandlers()
        screen = nil
        looks = [:]
        lookTheme = nil
        pairs = [:]
    }

    // MARK: Private

    /// Attributes and colour pair for `style`, and what they were made from; cached
    /// per theme.
    private func look(for style: Style, depth: ColorDepth) -> (look: Curses.Look, resolved: ResolvedStyle) {
        if let cached = looks[style] { return cached }
        guard let theme = lookTheme else { return (Curses.Look(attributes: 0, pair: 0), ResolvedStyle(attributes: [])) }
        let resolved = theme.resolve(style, depth: depth)
        let look = Curses.Look(attributes: Curses.attributes(resolved.attributes),
                               pair: pair(foreground: resolved.foreground, background: resolved.background))
        looks[style] = (look, resolved)
        return (look, resolved)
    }

    /// The colour pair for two palette indices, defined on first use.
    private func pair(foreground: Int, background: Int) -> Int16 {
        var foreground = foreground, background = background
        if !defaultColorsWork {
            // Without use_default_colors, -1 is invalid: white on black is the usual default.
            if foreground < 0 { foreground = 7 }
            if background < 0 { background = 0 }
            if foreground == 7 && background == 0 { return 0 }
        } else if foreground < 0 && background < 0 {
            return 0
        }
        let key = PairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        guard nextPair < pairLimit, Curses.definePair(Int16(nextPair), foreground: foreground, background: background) else {
            return 0
        }
        let number = Int16(nextPair)
        pairs[key] = number
        nextPair += 1
        return number
    }

    /// Writes `symbol` as a NUL-terminated wide string into `text` (sized for a cell).
    private static func store(_ symbol: String, into text: UnsafeMutableBufferPointer<Curses.WideCharacter>, asciiOnly: Bool) {
        let limit = text.count - 1
        var count = 0
        for scalar in symbol.unicodeScalars {
            if count == limit { break }
            let value = asciiOnly && scalar.value > 0x7E ? 0x3F : scalar.value
            text[count] = Curses.WideCharacter(bitPattern: value)
            count += 1
        }
        if count == 0 {
            text[0] = 0x20
            count = 1
        }
        text[count] = 0
    }
}
