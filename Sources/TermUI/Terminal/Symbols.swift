/// The characters widgets draw with, one set per `RenderMode`.
///
/// Widgets never hard-code `┌` or `█`: they ask the buffer's symbols, so the same widget
/// code renders on a UTF-8 projector and on an ASCII-only SSH session.
public struct Symbols: Hashable, Sendable {
    /// Corners and edges of a box.
    public struct Border: Hashable, Sendable {
        public var topLeft: String
        public var topRight: String
        public var bottomLeft: String
        public var bottomRight: String
        public var horizontal: String
        public var vertical: String

        public init(topLeft: String, topRight: String, bottomLeft: String, bottomRight: String,
                    horizontal: String, vertical: String) {
            self.topLeft = topLeft
            self.topRight = topRight
            self.bottomLeft = bottomLeft
            self.bottomRight = bottomRight
            self.horizontal = horizontal
            self.vertical = vertical
        }
    }

    public var border: Border
    /// Marks text cut short (`…` is one column, `...` three).
    public var ellipsis: String
    /// Partial and full bar cells: `barLevels[k]` is a cell filled `k / (barLevels.count - 1)`;
    /// index 0 is empty. Unicode has 1/8 resolution, ASCII only whole cells.
    public var barLevels: [String]
    /// The unfilled part of a progress bar, so its full extent stays visible.
    public var barTrack: String
    /// Sparkline heights, lowest first.
    public var sparkLevels: [String]
    /// A value that is missing (not zero) in a chart.
    public var noData: String
    /// A horizontal rule.
    public var rule: String
    /// Points at the selected row when colour and reverse video are not enough.
    public var pointer: String

    public static let unicode = Symbols(
        border: Border(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
                       horizontal: "─", vertical: "│"),
        ellipsis: "…",
        barLevels: ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        barTrack: "░",
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        noData: "·",
        rule: "─",
        pointer: "▶"
    )

    public static let ascii = Symbols(
        border: Border(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
                       horizontal: "-", vertical: "|"),
        ellipsis: "...",
        barLevels: ["", "#"],
        barTrack: ".",
        sparkLevels: ["_", "-", "=", "#"],
        noData: "?",
        rule: "-",
        pointer: ">"
    )
}
