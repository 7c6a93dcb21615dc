/// A cell that differs between two frames, for backends that redraw only what changed
/// (over a slow SSH link the bytes per key press matter).
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}
