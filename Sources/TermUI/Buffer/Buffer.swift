/// The in-memory screen every widget draws into and every backend copies out.
///
/// Screens are functions of (state, size, theme) that fill a `Buffer`; the ncurses
/// backend flushes it, `TextBackend` prints it, tests compare it as text. Cells are kept
/// in one flat row-major array, so a full 200×60 frame is 12,000 small values and no
/// string concatenation.
///
/// All text goes through `prepare` on the way in (sanitised; in ASCII mode folded to
/// printable ASCII), so nothing a widget writes can reach the terminal as a control.
public struct Buffer: Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Unicode or ASCII drawing; decides `symbols` and how text is prepared.
    public var mode: RenderMode
    /// Folds text to ASCII in ASCII mode (the dashboard injects its Vietnamese folder).
    public var transliterator: Transliterator

    public init(width: Int, height: Int, mode: RenderMode = .unicode,
                transliterator: Transliterator = .asciiFolding) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.mode = mode
        self.transliterator = transliterator
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer.
    public var area: Rect { Rect(width: width, height: height) }

    /// Drawing characters for the current mode.
    public var symbols: Symbols { mode.symbols }

    /// The cell at column `x`, row `y`; a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0 && x < width && y >= 0 && y < height else { return .blank }
        return cells[y * width + x]
    }

    public subscript(position: Position) -> Cell { self[position.x, position.y] }

    // MARK: Text

    /// `text` as it would be drawn: sanitised, and in ASCII mode transliterated and
    /// forced to printable ASCII. Measure and truncate this, not the raw text, because
    /// placeholders change widths.
    public func prepare(_ text: String) -> String {
        if Self.isPrintableASCII(text) { return text }
        switch mode {
        case .unicode:
            return TextSanitizer(mode: .unicode).sanitize(text)
        case .ascii:
            let sanitized = TextSanitizer(mode: .ascii).sanitize(text)
            if Self.isPrintableASCII(sanitized) { return sanitized }
            return Self.forcePrintableASCII(transliterator(sanitized))
        }
    }

    /// Writes `text` (any untrusted string) starting at `position`, clipped to `clip` and
    /// the buffer. A wide character that would cross the right edge of the clip becomes a
    /// space; one that would cross its left edge leaves a space in its visible half.
    /// Returns the column just after the text (as if unclipped), for writing spans in a row.
    @discardableResult
    public mutating func set(_ text: String, at position: Position, style: Style = .plain,
                             clip: Rect? = nil) -> Int {
        write(prepare(text), at: position, style: style, clip: clip)
    }

    /// Like `set`, for text that already went through `prepare`.
    @discardableResult
    mutating func write(_ prepared: String, at position: Position, style: Style, clip: Rect?) -> Int {
        let bounds = clip.map { $0.intersection(area) } ?? area
        let y = position.y
        var x = position.x
        let rowVisible = y >= bounds.y && y < bounds.bottom && !bounds.isEmpty
        if Self.isPrintableASCII(prepared) {
            let count = prepared.utf8.count
            guard rowVisible else { return x + count }
            for byte in prepared.utf8 {
                if x >= bounds.right { break }
                if x >= bounds.x {
                    put(Cell(symbol: Self.asciiSymbols[Int(byte)], width: 1, style: style), x: x, y: y)
                }
                x += 1
            }
            return position.x + count
        }
        for character in prepared {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            defer { x += characterWidth }
            guard rowVisible, x < bounds.right, x + characterWidth > bounds.x else { continue }
            if x < bounds.x || x + characterWidth > bounds.right {
                // Only part of a wide character is inside: show a space for that part.
                for column in max(x, bounds.x)..<min(x + characterWidth, bounds.right) {
                    put(.space(style), x: column, y: y)
                }
                continue
            }
            put(Cell(symbol: String(character), width: characterWidth, style: style), x: x, y: y)
        }
        return x
    }

    /// Stores one cell, keeping wide characters whole: overwriting either half of a wide
    /// character turns its other half into a space.
    private mutating func put(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && x > 0 {
            cells[index - 1] = .space(cells[index - 1].style)
        } else if old.width == 2 && x + 1 < width {
            cells[index + 1] = .space(cells[index + 1].style)
        }
        cells[index] = cell
        if cell.width == 2 && x + 1 < width {
            let next = cells[index + 1]
            if next.width == 2 && x + 2 < width {
                cells[index + 2] = .space(cells[index + 2].style)
            }
            cells[index + 1] = .continuation(cell.style)
        }
    }

    // MARK: Areas

    /// Fills `rect` with `symbol` (one column wide; anything else counts as a space).
    public mutating func fill(_ rect: Rect, symbol: String = " ", style: Style = .plain) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        let prepared = prepare(symbol)
        let cell = DisplayWidth.of(prepared) == 1 && prepared.count == 1
            ? Cell(symbol: prepared, width: 1, style: style) : .space(style)
        for y in target.y..<target.bottom {
            // Wide characters cut by the edges lose their outside half.
            put(cell, x: target.x, y: y)
            if target.width > 1 { put(cell, x: target.right - 1, y: y) }
            let rowStart = y * width
            for x in (target.x + 1)..<max(target.x + 1, target.right - 1) {
                cells[rowStart + x] = cell
            }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the text (a selected row).
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        for y in target.y..<target.bottom {
            for x in target.x..<target.right {
                cells[y * width + x].style = style
            }
        }
    }

    /// Every cell blank again.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    // MARK: Diff

    /// The cells that differ from `previous`, row by row, without continuation cells (the
    /// wide character before them covers them). A buffer of another size differs everywhere.
    public func diff(from previous: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        let sameSize = previous.width == width && previous.height == height
        for y in 0..<height {
            for x in 0..<width {
                let index = y * width + x
                let cell = cells[index]
                if cell.isContinuation { continue }
                if sameSize && previous.cells[index] == cell { continue }
                changes.append(CellChange(x: x, y: y, cell: cell))
            }
        }
        return changes
    }

    // MARK: Helpers

    static let asciiSymbols: [String] = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    static func isPrintableASCII(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F { return false }
        return true
    }

    static func forcePrintableASCII(_ text: String) -> String {
        if isPrintableASCII(text) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
                output.append(character)
            } else {
                output.append("?")
            }
        }
        return output
    }
}
