/// The footer that always shows the keys that work here: `q Quit  ? Help  / Filter`.
///
/// Hints are given most important first; those that do not fit the width are left out
/// (a later, shorter one may still fit), so an 80-column SSH session shows what it can
/// rather than a cut-off word.
public struct KeyHints: Widget {
    public struct Hint: Hashable, Sendable {
        public var key: String
        public var label: String

        public init(_ key: String, _ label: String) {
            self.key = key
            self.label = label
        }
    }

    public var hints: [Hint]
    public var keyStyle: Style
    public var labelStyle: Style
    /// Columns between hints.
    public var gap: Int

    public init(_ hints: [Hint], keyStyle: Style = Style(.keyHint, .bold), labelStyle: Style = Style(.footer),
                gap: Int = 2) {
        self.hints = hints
        self.keyStyle = keyStyle
        self.labelStyle = labelStyle
        self.gap = gap
    }

    /// The hints that fit in `width` columns, in order.
    public func fitting(width: Int, buffer: Buffer) -> [Hint] {
        var used = 0
        var shown: [Hint] = []
        for hint in hints {
            let hintWidth = DisplayWidth.of(buffer.prepare(hint.key)) + 1 + DisplayWidth.of(buffer.prepare(hint.label))
            let needed = hintWidth + (shown.isEmpty ? 0 : gap)
            if used + needed <= width {
                shown.append(hint)
                used += needed
            }
        }
        return shown
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        buffer.fill(row, style: labelStyle)
        var x = row.x
        for (index, hint) in fitting(width: row.width, buffer: buffer).enumerated() {
            if index > 0 { x += gap }
            x = buffer.set(hint.key, at: Position(x: x, y: row.y), style: keyStyle, clip: row)
            x = buffer.set(" " + hint.label, at: Position(x: x, y: row.y), style: labelStyle, clip: row)
        }
    }
}
