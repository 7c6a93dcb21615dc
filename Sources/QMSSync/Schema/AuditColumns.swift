/// Columns of `audits` (EXPORT-FORMAT §4).
public enum AuditColumns {
    public static let id = ColumnSpec(0, "id", ["mã đánh giá"], .id, required: true)
    public static let title = ColumnSpec(1, "title", ["tên", "tên cuộc đánh giá"], .text, required: true)
    public static let kind = ColumnSpec(2, "kind", ["loại"], .choice(.auditKind), required: true)
    public static let unitID = ColumnSpec(3, "unit_id", ["đơn vị được đánh giá", "mã đơn vị"], .id)
    public static let startsOn = ColumnSpec(4, "starts_on", ["ngày bắt đầu"], .date, required: true)
    public static let endsOn = ColumnSpec(5, "ends_on", ["ngày kết thúc"], .date)
    public static let status = ColumnSpec(6, "status", ["trạng thái"], .choice(.auditStatus), required: true)
    public static let lead = ColumnSpec(7, "lead", ["trưởng đoàn"], .text)
    public static let deleted = ColumnSpec(8, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .audits,
        columns: [id, title, kind, unitID, startsOn, endsOn, status, lead, deleted],
        key: [id])
}
