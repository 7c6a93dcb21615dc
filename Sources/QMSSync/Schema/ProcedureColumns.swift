/// Columns of `procedures` (EXPORT-FORMAT §4).
public enum ProcedureColumns {
    public static let id = ColumnSpec(0, "id", ["mã quy trình"], .id, required: true)
    public static let title = ColumnSpec(1, "title", ["tên quy trình"], .text, required: true)
    public static let unitID = ColumnSpec(2, "unit_id", ["mã đơn vị"], .id)
    public static let version = ColumnSpec(3, "version", ["phiên bản"], .text)
    public static let issuedOn = ColumnSpec(4, "issued_on", ["ngày ban hành"], .date)
    public static let reviewedOn = ColumnSpec(5, "reviewed_on", ["ngày rà soát"], .date)
    public static let status = ColumnSpec(6, "status", ["trạng thái"], .choice(.procedureStatus))
    public static let deleted = ColumnSpec(7, "deleted", ["đã xoá"], .bool(defaultValue: false))

    public static let schema = KindSchema(
        kind: .procedures,
        columns: [id, title, unitID, version, issuedOn, reviewedOn, status, deleted],
        key: [id])
}
