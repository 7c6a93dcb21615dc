/// Columns of `units` (EXPORT-FORMAT §4).
public enum UnitColumns {
    public static let id = ColumnSpec(0, "id", ["mã đơn vị"], .id, required: true)
    public static let name = ColumnSpec(1, "name", ["tên đơn vị"], .text, required: true)
    public static let parentID = ColumnSpec(2, "parent_id", ["đơn vị cha", "mã đơn vị cha"], .id)
    public static let kind = ColumnSpec(3, "kind", ["loại"], .text)
    public static let standard = ColumnSpec(4, "standard", ["tiêu chuẩn"], .text)
    public static let announcedOn = ColumnSpec(5, "announced_on", ["ngày công bố"], .date)
    public static let mandatory = ColumnSpec(6, "mandatory", ["bắt buộc"], .bool(defaultValue: false))
    public static let deleted = ColumnSpec(7, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .units,
        columns: [id, name, parentID, kind, standard, announcedOn, mandatory, deleted],
        key: [id])
}
