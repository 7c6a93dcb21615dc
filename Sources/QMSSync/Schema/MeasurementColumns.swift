/// Columns of `measurements` (EXPORT-FORMAT §4).
public enum MeasurementColumns {
    public static let objectiveID = ColumnSpec(0, "objective_id", ["mã mục tiêu"], .id, required: true)
    public static let period = ColumnSpec(1, "period", ["kỳ"], .period, required: true)
    public static let value = ColumnSpec(2, "value", ["giá trị"], .number, required: true)
    public static let numerator = ColumnSpec(3, "numerator", ["tử số"], .number)
    public static let denominator = ColumnSpec(4, "denominator", ["mẫu số"], .number)
    public static let note = ColumnSpec(5, "note", ["ghi chú"], .text)
    public static let deleted = ColumnSpec(6, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .measurements,
        columns: [objectiveID, period, value, numerator, denominator, note, deleted],
        key: [objectiveID, period])
}
