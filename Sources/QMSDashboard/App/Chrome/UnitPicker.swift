import Foundation
import QMSDomain
import TermUI

/// `u`: choose the unit in scope by typing part of its name or id (diacritics optional),
/// from any screen. The first row, while nothing is typed, is the whole organisation.
struct UnitPicker {
    var query: String

    /// How many matches are fetched: enough for any terminal, small for the store.
    static let matchLimit = 200

    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        let width = min(area.width - 4, 72)
        let height = min(area.height - 2, 22)
        let box = area.centered(width: width, height: height)
        buffer.fill(box)
        Panel(title: context.text(.chooseUnit), isFocused: true).render(in: box, buffer: &buffer)
        let inner = box.inner
        let promptRow = inner.row(0)
        var x = buffer.set("> ", at: Position(x: promptRow.x, y: promptRow.y), style: Style(.keyHint, .bold), clip: promptRow)
        if query.isEmpty {
            buffer.set(context.text(.typeToSearch), at: Position(x: x, y: promptRow.y), style: Style(.muted), clip: promptRow)
        } else {
            x = buffer.set(query, at: Position(x: x, y: promptRow.y), style: Style(.text, .bold), clip: promptRow)
            buffer.set(context.isUnicode ? "▏" : "_", at: Position(x: x, y: promptRow.y), style: Style(.text, .bold),
                       clip: promptRow)
        }
        let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1))
        var rows: [ListPanel.Row] = []
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            rows.append(ListPanel.Row(key: "", row: TableRow([TableCell(context.text(.wholeOrganisation), style: Style(.text, .bold)),
                                                              TableCell("")])))
        }
        for unit in try data.units(matching: query, limit: Self.matchLimit) {
            let mark = unit.id == state.scopeUnitID ? context.scopeMark + " " : ""
            rows.append(ListPanel.Row(key: unit.id, row: TableRow([TableCell(mark + unit.name),
                                                                   TableCell(unit.id, style: Style(.muted))])))
        }
        let pageSize = max(1, listArea.height)
        var position = state.position(.unitPicker)
        position.settle(count: rows.count, pageSize: pageSize, selects: true)
        let page = rows.dropFirst(position.offset).prefix(pageSize)
        position.pageKeys = page.map(\.key)
        state.lists[.unitPicker] = position
        let table = Table(columns: [TableColumn("", width: .fill(1)), TableColumn("", width: .length(min(16, width / 4)))],
                          rows: page.map(\.row), offset: position.offset, selectedIndex: position.cursor, showsHeader: false,
                          selectionStyle: Style(.selection, .bold), placeholder: context.text(.noUnitMatches))
        table.render(in: listArea, buffer: &buffer)
    }
}
