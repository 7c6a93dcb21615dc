import QMSStore
import TermUI

/// Screen 6: the sync log, newest first: which files were applied, skipped or rejected,
/// and how many rows or errors each had. `Enter` shows a file's errors.
///
/// The log is read a page at a time as the list scrolls (it grows with every cron run),
/// never all at once.
struct SyncScreen {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        let wide = area.width >= 110
        var columns = [
            TableColumn(context.text(.columnTime), width: .length(16)),
            TableColumn(context.text(.columnFile), width: .fill(2)),
            TableColumn(context.text(.columnKind), width: .length(12)),
            TableColumn(context.text(.columnResult), width: .length(context.language == .vi ? 12 : 9)),
            TableColumn(context.text(.columnRows), width: .length(8), alignment: .right),
        ]
        if wide { columns.append(TableColumn(context.text(.reason), width: .fill(2))) }
        let panel = ListPanel(list: .sync, title: context.text(.syncLog), columns: columns, isFocused: true,
                              placeholder: context.text(.noSyncYet))
        try panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            // One page beyond the screen, so that scrolling down finds the next rows ready.
            let (entries, hasMore) = try data.syncLog(upTo: offset + limit + DashboardData.syncPageSize / 2)
            let rows = entries.dropFirst(offset).prefix(limit).map { entry in
                var cells = [
                    TableCell(context.time(entry.startedAt), style: Style(.muted)),
                    TableCell(entry.name),
                    TableCell(entry.kind ?? "", style: Style(.muted)),
                    Self.stateCell(entry.state, context: context),
                    entry.state == .rejected
                        ? TableCell(context.count(entry.errorCount), style: Style(.error, .bold))
                        : TableCell(entry.state == .applied ? context.count(entry.counts.total) : ""),
                ]
                if wide { cells.append(TableCell(entry.reason ?? "", style: Style(.muted))) }
                return ListPanel.Row(key: entry.id.map { String($0) } ?? "", row: TableRow(cells))
            }
            // While older pages exist, one more row keeps End and PgDn moving into them.
            return (Array(rows), entries.count + (hasMore ? 1 : 0))
        }
    }

    /// `applied` / `skipped` / `rejected`, in the role that says whether it is good news.
    static func stateCell(_ state: SyncFileEntry.State, context: RenderContext) -> TableCell {
        switch state {
        case .applied: return TableCell(context.text(.applied), style: Style(.met))
        case .skipped: return TableCell(context.text(.skipped), style: Style(.muted))
        case .rejected: return TableCell(context.text(.rejected), style: Style(.error, .bold))
        }
    }
}
