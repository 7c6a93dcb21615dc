import TermUI

/// A bordered table bound to a `ListPosition`: it asks for just the rows on screen,
/// keeps the selection in view, records what it showed (for the reducer), and shows
/// `selected/total` in its border.
struct ListPanel {
    /// One row and the key `Enter` acts on.
    struct Row {
        var key: String
        var row: TableRow
    }

    var list: ListID
    var title: String
    var columns: [TableColumn]
    var isFocused: Bool
    var placeholder: String

    /// Draws the panel; `fetch(offset, limit)` returns the rows from `offset` and the
    /// total row count. It is called once, or twice when the total changed so much that
    /// the page had to move.
    /// Returns where the rows landed, for widgets drawn over the table (progress bars).
    @discardableResult
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, context: RenderContext,
                fetch: (Int, Int) throws -> (rows: [Row], total: Int)) rethrows -> (rows: [Row], table: Rect, widths: [Int]) {
        let inner = area.inner
        let pageSize = max(1, Table.visibleRowCount(height: inner.height))
        var position = state.position(list)
        position.settle(count: max(position.count, position.cursor + 1), pageSize: pageSize, selects: true)
        var page = try fetch(position.offset, pageSize)
        let offset = position.offset
        position.settle(count: page.total, pageSize: pageSize, selects: true)
        if position.offset != offset { page = try fetch(position.offset, pageSize) }
        position.pageKeys = page.rows.map(\.key)
        state.lists[list] = position

        let trailing = page.total > 0
            ? context.text(Phrase.Dashboard.position(position.cursor + 1, of: page.total)) : nil
        Panel(title: title, trailingTitle: trailing, isFocused: isFocused).render(in: area, buffer: &buffer)
        let table = Table(columns: columns, rows: page.rows.map(\.row), offset: position.offset,
                          selectedIndex: isFocused ? position.cursor : nil,
                          selectionStyle: Style(.selection, .bold), placeholder: placeholder)
        table.render(in: inner, buffer: &buffer)
        return (page.rows, inner, table.columnWidths(forWidth: inner.width))
    }

    /// The rectangle of column `column` in data row `index` (from 0, on screen) of a
    /// table drawn in `table` with `widths`.
    static func cell(column: Int, row index: Int, table: Rect, widths: [Int], spacing: Int = 1) -> Rect {
        var x = table.x
        for width in widths.prefix(column) { x += width + spacing }
        return Rect(x: x, y: table.y + 1 + index, width: column < widths.count ? widths[column] : 0, height: 1)
    }
}
