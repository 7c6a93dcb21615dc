/// One terminal cell: a grapheme cluster, the columns it covers, and its style.
///
/// A wide character (CJK, emoji) lives in its cell with `width == 2`, and the cell to its
/// right is a *continuation* (`width == 0`, empty symbol) that backends skip: the
/// terminal draws the character across both.
public struct Cell: Hashable, Sendable, CustomStringConvertible {
    public var symbol: String
    private var storedWidth: UInt8
    public var style: Style

    /// `symbol` must be one printable grapheme cluster whose display width is `width`
    /// (1 or 2); `Buffer.set` guarantees that for text it writes.
    public init(symbol: String, width: Int = 1, style: Style = .plain) {
        self.symbol = symbol
        self.storedWidth = UInt8(clamping: width)
        self.style = style
    }

    /// Columns this cell's symbol covers: 1, 2 for a wide character, 0 for a continuation.
    public var width: Int { Int(storedWidth) }

    /// True for the right half of a wide character.
    public var isContinuation: Bool { storedWidth == 0 }

    /// An empty (space) cell with no style.
    public static let blank = Cell(symbol: " ")

    /// A space in `style`: what is left where part of a wide character was overwritten.
    static func space(_ style: Style) -> Cell { Cell(symbol: " ", width: 1, style: style) }

    /// The right half of a wide character.
    static func continuation(_ style: Style) -> Cell { Cell(symbol: "", width: 0, style: style) }

    public var description: String { isContinuation ? "<cont>" : symbol }
}
