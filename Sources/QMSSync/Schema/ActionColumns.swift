/// Columns of `actions` (EXPORT-FORMAT §4).
public enum ActionColumns {
    public static let id = ColumnSpec(0, "id", ["mã hành động"], .id, required: true)
    public static let title = ColumnSpec(1, "title", ["nội dung"], .text, required: true)
    public static let unitID = ColumnSpec(2, "unit_id", ["mã đơn vị"], .id, required: true)
    public static let findingID = ColumnSpec(3, "finding_id", ["mã phát hiện"], .id)
    public static let owner = ColumnSpec(4, "owner", ["người thực hiện"], .text)
    public static let openedOn = ColumnSpec(5, "opened_on", ["ngày mở"], .date, required: true)
    public static let dueOn = ColumnSpec(6, "due_on", ["hạn hoàn thành"], .date, required: true)
    public static let closedOn = ColumnSpec(7, "closed_on", ["ngày hoàn thành"], .date)
    public static let status = ColumnSpec(8, "status", ["trạng thái"], .choice(.actionStatus), required: true)
    public static let deleted = ColumnSpec(9, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .actions,
        columns: [id, title, unitID, findingID, owner, openedOn, dueOn, closedOn, status, deleted],
        key: [id])
}
