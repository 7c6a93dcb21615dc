/// Where a list stands: the selected row, the first row on screen, and what the last
/// frame found (how many rows, how many fit, the keys of those on screen).
///
/// The facts let key handling stay a pure function of the state: `Enter` opens
/// `selectedKey` without asking the store, and `PgDn` moves by the page that was shown.
/// The renderer settles the position against fresh counts on every frame.
public struct ListPosition: Hashable, Sendable {
    /// The selected row (for a list that only scrolls, the first row shown).
    public var cursor: Int = 0
    /// The first row on screen.
    public var offset: Int = 0
    /// Rows in the whole list, as last drawn.
    public var count: Int = 0
    /// Rows that fit on screen, as last drawn.
    public var pageSize: Int = 1
    /// Keys of the rows on screen, starting at `offset`.
    public var pageKeys: [String] = []

    public init(cursor: Int = 0, offset: Int = 0) {
        self.cursor = cursor
        self.offset = offset
    }

    /// The key of the selected row, when it was on screen.
    public var selectedKey: String? {
        let index = cursor - offset
        return index >= 0 && index < pageKeys.count ? pageKeys[index] : nil
    }

    /// Moves the cursor by `delta` rows, staying in the list.
    mutating func move(by delta: Int) {
        cursor = max(0, min(cursor + delta, max(0, count - 1)))
    }

    mutating func moveToStart() { cursor = 0 }
    mutating func moveToEnd() { cursor = max(0, count - 1) }

    /// Brings the position in line with a fresh count and page size: the cursor stays
    /// in the list, the page moves as little as possible to keep it on screen. For a
    /// list that only scrolls, the cursor is the first row shown.
    mutating func settle(count: Int, pageSize: Int, selects: Bool) {
        self.count = max(0, count)
        self.pageSize = max(1, pageSize)
        if selects {
            cursor = max(0, min(cursor, self.count - 1))
            let visible = max(1, pageSize)
            if cursor < offset { offset = cursor }
            if cursor >= offset + visible { offset = cursor - visible + 1 }
            offset = max(0, min(offset, max(0, self.count - visible)))
        } else {
            let last = max(0, self.count - max(1, pageSize))
            cursor = max(0, min(cursor, last))
            offset = cursor
        }
    }
}
