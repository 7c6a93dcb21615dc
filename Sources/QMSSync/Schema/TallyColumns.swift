/// Columns of `tallies` (EXPORT-FORMAT §4).
public enum TallyColumns {
    public static let unitID = ColumnSpec(0, "unit_id", ["mã đơn vị"], .id, required: true)
    public static let month = ColumnSpec(1, "month", ["tháng"], .monthPeriod, required: true)
    public static let direction = ColumnSpec(2, "direction", ["loại"], .choice(.documentDirection), required: true)
    public static let total = ColumnSpec(3, "total", ["tổng số"], .count, required: true)
    public static let electronic = ColumnSpec(4, "electronic", ["điện tử"], .count, required: true)
    public static let confidential = ColumnSpec(5, "confidential", ["mật"], .count, required: true)
    public static let withDue = ColumnSpec(6, "with_due", ["có hạn xử lý"], .count)
    public static let onTime = ColumnSpec(7, "on_time", ["đúng hạn"], .count)
    public static let asOf = ColumnSpec(8, "as_of", ["tính đến ngày"], .date)
    public static let deleted = ColumnSpec(9, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .tallies,
        columns: [unitID, month, direction, total, electronic, confidential, withDue, onTime, asOf, deleted],
        key: [unitID, month, direction])
}
