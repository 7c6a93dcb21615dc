/// Columns of `findings` (EXPORT-FORMAT §4).
public enum FindingColumns {
    public static let id = ColumnSpec(0, "id", ["mã phát hiện"], .id, required: true)
    public static let auditID = ColumnSpec(1, "audit_id", ["mã đánh giá"], .id, required: true)
    public static let unitID = ColumnSpec(2, "unit_id", ["mã đơn vị"], .id)
    public static let grade = ColumnSpec(3, "grade", ["mức độ"], .choice(.findingGrade), required: true)
    public static let clause = ColumnSpec(4, "clause", ["điều khoản"], .text)
    public static let description = ColumnSpec(5, "description", ["mô tả"], .text, required: true)
    public static let raisedOn = ColumnSpec(6, "raised_on", ["ngày phát hiện"], .date)
    public static let deleted = ColumnSpec(7, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .findings,
        columns: [id, auditID, unitID, grade, clause, description, raisedOn, deleted],
        key: [id])
}
