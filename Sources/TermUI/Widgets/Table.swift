/// Rows under column headers, one row per line, with a selected row.
///
/// The table holds only the rows on screen: the caller asks the store for the page at
/// `offset` of `visibleRowCount(height:)` rows and passes them here, so a register with
/// millions of rows costs the same as one with ten. `scrollOffset(…)` keeps the selection
/// in view as it moves.
///
/// Each cell is sanitised, truncated with an ellipsis and aligned within its column; a
/// wide character that does not fit is dropped and the column padded, so columns never
/// shift.
public struct Table: Widget {
    public var columns: [TableColumn]
    /// The rows on screen; `rows[0]` is row number `offset` of the whole list.
    public var rows: [TableRow]
    /// Index in the whole list of the first row given.
    public var offset: Int
    /// Index in the whole list of the selected row, if any (drawn only when on screen).
    public var selectedIndex: Int?
    public var showsHeader: Bool
    /// Empty columns between columns.
    public var columnSpacing: Int
    public var headerStyle: Style
    /// Applied to the selected row; cells with their own role keep it and gain these attributes.
    public var selectionStyle: Style
    /// Drawn before the selected row (e.g. `buffer.symbols.pointer`); every row gets room for it.
    public var highlightSymbol: String?
    /// Shown (muted) instead of rows when there are none.
    public var placeholder: String?

    public init(columns: [TableColumn], rows: [TableRow], offset: Int = 0, selectedIndex: Int? = nil,
                showsHeader: Bool = true, columnSpacing: Int = 1,
                headerStyle: Style = Style(.header, .bold),
                selectionStyle: Style = Style(.selection, .reverse),
                highlightSymbol: String? = nil, placeholder: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.offset = offset
        self.selectedIndex = selectedIndex
        self.showsHeader = showsHeader
        self.columnSpacing = columnSpacing
        self.headerStyle = headerStyle
        self.selectionStyle = selectionStyle
        self.highlightSymbol = highlightSymbol
        self.placeholder = placeholder
    }

    /// How many data rows fit in `height` rows: the page size to ask the store for.
    public static func visibleRowCount(height: Int, showsHeader: Bool = true) -> Int {
        max(0, height - (showsHeader ? 1 : 0))
    }

    /// The offset that keeps `selected` on screen, moving the page as little as possible
    /// from `currentOffset`, and never scrolling past the end of `totalRows`.
    public static func scrollOffset(selected: Int, currentOffset: Int, visibleRows: Int, totalRows: Int) -> Int {
        guard visibleRows > 0, totalRows > 0 else { return 0 }
        let selected = min(max(0, selected), totalRows - 1)
        var offset = currentOffset
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        return min(max(0, offset), max(0, totalRows - visibleRows))
    }

    /// Column widths for a table `width` columns wide (header text does not widen them).
    public func columnWidths(forWidth width: Int, highlightWidth: Int = 0) -> [Int] {
        Layout.sizes(columns.map(\.width), total: width - highlightWidth, spacing: columnSpacing).sizes
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty, !columns.isEmpty else { return }
        let symbol = highlightSymbol.map(buffer.prepare)
        let highlightWidth = symbol.map { min(DisplayWidth.of($0) + 1, area.width) } ?? 0
        let columnRects = Layout.horizontal(columns.map(\.width), spacing: columnSpacing)
            .split(area.inset(left: highlightWidth))
        let ellipsis = buffer.symbols.ellipsis
        var y = area.y

        if showsHeader {
            buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: headerStyle)
            for (column, rect) in zip(columns, columnRects) {
                let text = TextFit.fit(buffer.prepare(column.title), toWidth: rect.width,
                                       alignment: column.alignment, ellipsis: ellipsis)
                buffer.write(text, at: Position(x: rect.x, y: y), style: headerStyle, clip: area)
            }
            y += 1
        }

        if rows.isEmpty, let placeholder, y < area.bottom {
            let text = TextFit.truncate(buffer.prepare(placeholder), toWidth: area.width, ellipsis: ellipsis)
            buffer.write(text, at: Position(x: area.x, y: y), style: Style(.muted), clip: area)
            return
        }

        for (pageIndex, row) in rows.enumerated() {
            guard y < area.bottom else { break }
            let isSelected = selectedIndex == offset + pageIndex
            let rowStyle = isSelected ? selectionStyle : (row.style ?? .plain)
            if isSelected {
                buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: selectionStyle)
                if let symbol {
                    buffer.write(symbol, at: Position(x: area.x, y: y), style: selectionStyle, clip: area)
                }
            }
            for (index, rect) in columnRects.enumerated() where rect.width > 0 {
                let cell = index < row.cells.count ? row.cells[index] : TableCell("")
                var style = cell.style ?? rowStyle
                if isSelected, let own = cell.style { style = own.adding(selectionStyle.attributes) }
                let text = TextFit.fit(buffer.prepare(cell.text), toWidth: rect.width,
                                       alignment: columns[index].alignment, ellipsis: ellipsis)
                buffer.write(text, at: Position(x: rect.x, y: y), style: style, clip: area)
            }
            y += 1
        }
    }
}
