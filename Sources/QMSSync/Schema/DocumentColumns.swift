/// Columns of `documents` (EXPORT-FORMAT §4).
public enum DocumentColumns {
    public static let id = ColumnSpec(0, "id", ["số ký hiệu"], .id, required: true)
    public static let unitID = ColumnSpec(1, "unit_id", ["mã đơn vị"], .id, required: true)
    public static let direction = ColumnSpec(2, "direction", ["loại"], .choice(.documentDirection), required: true)
    public static let date = ColumnSpec(3, "date", ["ngày"], .date, required: true)
    public static let electronic = ColumnSpec(4, "electronic", ["điện tử"], .bool(defaultValue: false), required: true)
    public static let confidential = ColumnSpec(5, "confidential", ["mật"], .bool(defaultValue: false))
    public static let dueOn = ColumnSpec(6, "due_on", ["hạn xử lý"], .date)
    public static let doneOn = ColumnSpec(7, "done_on", ["ngày xử lý xong"], .date)
    public static let deleted = ColumnSpec(8, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .documents,
        columns: [id, unitID, direction, date, electronic, confidential, dueOn, doneOn, deleted],
        key: [id])
}
