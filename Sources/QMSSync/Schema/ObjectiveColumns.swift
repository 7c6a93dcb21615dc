/// Columns of `objectives` (EXPORT-FORMAT §4).
public enum ObjectiveColumns {
    public static let id = ColumnSpec(0, "id", ["mã mục tiêu"], .id, required: true)
    public static let title = ColumnSpec(1, "title", ["mục tiêu"], .text, required: true)
    public static let year = ColumnSpec(2, "year", ["năm"], .year, required: true)
    public static let unitID = ColumnSpec(3, "unit_id", ["mã đơn vị"], .id)
    public static let indicator = ColumnSpec(4, "indicator", ["chỉ số"], .choice(.indicator))
    public static let target = ColumnSpec(5, "target", ["chỉ tiêu"], .number, required: true)
    public static let measure = ColumnSpec(6, "measure", ["đơn vị tính"], .text)
    public static let direction = ColumnSpec(7, "direction", ["chiều"], .choice(.direction))
    public static let margin = ColumnSpec(8, "margin", ["ngưỡng cảnh báo"], .number)
    public static let owner = ColumnSpec(9, "owner", ["người phụ trách"], .text)
    public static let dueOn = ColumnSpec(10, "due_on", ["hạn"], .date)
    public static let deleted = ColumnSpec(11, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .objectives,
        columns: [id, title, year, unitID, indicator, target, measure, direction, margin, owner, dueOn, deleted],
        key: [id])
}
