/// Columns of `services` (EXPORT-FORMAT §4).
public enum ServiceColumns {
    public static let id = ColumnSpec(0, "id", ["mã thủ tục"], .id, required: true)
    public static let name = ColumnSpec(1, "name", ["tên thủ tục"], .text, required: true)
    public static let unitID = ColumnSpec(2, "unit_id", ["mã đơn vị"], .id)
    public static let level = ColumnSpec(3, "level", ["mức độ"], .choice(.serviceLevel), required: true)
    public static let deleted = ColumnSpec(4, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .services,
        columns: [id, name, unitID, level, deleted],
        key: [id])
}
