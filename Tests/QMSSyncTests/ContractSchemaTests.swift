import QMSDomain
import Testing
@testable import QMSSync

/// §4 columns and the header rules of §2.
struct ContractSchemaTests {
    /// Every alias of EXPORT-FORMAT §4, exactly as written there.
    static let contractAliases: [(RecordKind, String, String)] = [
        (.units, "mã đơn vị", "id"), (.units, "tên đơn vị", "name"), (.units, "đơn vị cha", "parent_id"),
        (.units, "loại", "kind"), (.units, "tiêu chuẩn", "standard"), (.units, "ngày công bố", "announced_on"),
        (.units, "bắt buộc", "mandatory"), (.units, "đã xoá", "deleted"),
        (.objectives, "mã mục tiêu", "id"), (.objectives, "mục tiêu", "title"), (.objectives, "năm", "year"),
        (.objectives, "mã đơn vị", "unit_id"), (.objectives, "chỉ số", "indicator"), (.objectives, "chỉ tiêu", "target"),
        (.objectives, "đơn vị tính", "measure"), (.objectives, "chiều", "direction"),
        (.objectives, "ngưỡng cảnh báo", "margin"), (.objectives, "người phụ trách", "owner"), (.objectives, "hạn", "due_on"),
        (.measurements, "mã mục tiêu", "objective_id"), (.measurements, "kỳ", "period"), (.measurements, "giá trị", "value"),
        (.measurements, "tử số", "numerator"), (.measurements, "mẫu số", "denominator"), (.measurements, "ghi chú", "note"),
        (.audits, "mã đánh giá", "id"), (.audits, "tên", "title"), (.audits, "loại", "kind"),
        (.audits, "đơn vị được đánh giá", "unit_id"), (.audits, "ngày bắt đầu", "starts_on"),
        (.audits, "ngày kết thúc", "ends_on"), (.audits, "trạng thái", "status"), (.audits, "trưởng đoàn", "lead"),
        (.findings, "mã phát hiện", "id"), (.findings, "mã đánh giá", "audit_id"), (.findings, "mã đơn vị", "unit_id"),
        (.findings, "mức độ", "grade"), (.findings, "điều khoản", "clause"), (.findings, "mô tả", "description"),
        (.findings, "ngày phát hiện", "raised_on"),
        (.actions, "mã hành động", "id"), (.actions, "nội dung", "title"), (.actions, "mã đơn vị", "unit_id"),
        (.actions, "mã phát hiện", "finding_id"), (.actions, "người thực hiện", "owner"), (.actions, "ngày mở", "opened_on"),
        (.actions, "hạn hoàn thành", "due_on"), (.actions, "ngày hoàn thành", "closed_on"), (.actions, "trạng thái", "status"),
        (.procedures, "mã quy trình", "id"), (.procedures, "tên quy trình", "title"), (.procedures, "mã đơn vị", "unit_id"),
        (.procedures, "phiên bản", "version"), (.procedures, "ngày ban hành", "issued_on"),
        (.procedures, "ngày rà soát", "reviewed_on"), (.procedures, "trạng thái", "status"),
        (.services, "mã thủ tục", "id"), (.services, "tên thủ tục", "name"), (.services, "mã đơn vị", "unit_id"),
        (.services, "mức độ", "level"),
        (.documents, "số ký hiệu", "id"), (.documents, "mã đơn vị", "unit_id"), (.documents, "loại", "direction"),
        (.documents, "ngày", "date"), (.documents, "điện tử", "electronic"), (.documents, "mật", "confidential"),
        (.documents, "hạn xử lý", "due_on"), (.documents, "ngày xử lý xong", "done_on"),
        (.tallies, "mã đơn vị", "unit_id"), (.tallies, "tháng", "month"), (.tallies, "loại", "direction"),
        (.tallies, "tổng số", "total"), (.tallies, "điện tử", "electronic"), (.tallies, "mật", "confidential"),
        (.tallies, "có hạn xử lý", "with_due"), (.tallies, "đúng hạn", "on_time"), (.tallies, "tính đến ngày", "as_of"),
    ]

    @Test func everyContractAliasNamesItsColumn() {
        for (kind, alias, name) in Self.contractAliases {
            let schema = ContractSchema.schema(for: kind)
            #expect(schema.column(named: alias)?.name == name, "\(kind) \(alias)")
            #expect(schema.column(named: "  " + alias.uppercased() + " ")?.name == name, "\(kind) \(alias) in capitals")
            #expect(schema.column(named: TextMatching.fold(alias))?.name == name, "\(kind) \(alias) without diacritics")
            #expect(schema.column(named: name)?.name == name, "\(kind) \(name)")
        }
        // `đã xoá` (new spelling) and `đã xóa` (old spelling) are the same column in every kind.
        for kind in RecordKind.allCases {
            #expect(ContractSchema.schema(for: kind).column(named: "Đã xóa")?.name == "deleted")
        }
    }

    @Test func requiredColumnsAndKeysFollowTheContract() {
        let required: [RecordKind: Set<String>] = [
            .units: ["id", "name"], .objectives: ["id", "title", "year", "target"],
            .measurements: ["objective_id", "period", "value"],
            .audits: ["id", "title", "kind", "starts_on", "status"],
            .findings: ["id", "audit_id", "grade", "description"],
            .actions: ["id", "title", "unit_id", "opened_on", "due_on", "status"],
            .procedures: ["id", "title"], .services: ["id", "name", "level"],
            .documents: ["id", "unit_id", "direction", "date", "electronic"],
            .tallies: ["unit_id", "month", "direction", "total", "electronic", "confidential"],
        ]
        for kind in RecordKind.allCases {
            #expect(Set(ContractSchema.schema(for: kind).requiredColumns.map(\.name)) == required[kind], "\(kind)")
        }
        #expect(MeasurementColumns.schema.key.map(\.name) == ["objective_id", "period"])
        #expect(TallyColumns.schema.key.map(\.name) == ["unit_id", "month", "direction"])
    }

    @Test func headerMatchesIgnoringCaseSpacesAndDiacritics() {
        let header = ResolvedHeader(names: [" MA DON VI ", "Tên Đơn Vị", "Parent ID", "ngay cong bo"],
                                    schema: UnitColumns.schema)
        #expect(header.isValid)
        #expect(header.fieldColumns == [0, 1, 2, 5])
        #expect(header.labels[UnitColumns.name.index] == "Tên Đơn Vị")
    }

    @Test func unknownColumnIsAWarningOnly() {
        let header = ResolvedHeader(names: ["id", "name", "ghi chú nội bộ"], schema: UnitColumns.schema)
        #expect(header.isValid)
        #expect(header.warnings.map(\.column) == ["ghi chú nội bộ"])
        #expect(header.warnings.first?.message.hasPrefix("is not a column of units and is ignored, expected one of id, name") == true)
    }

    @Test func missingRequiredColumnRejectsNamingTheAliases() {
        let header = ResolvedHeader(names: ["id", "kind"], schema: UnitColumns.schema)
        #expect(!header.isValid)
        #expect(header.errors == [RowProblem(column: "name",
            message: "is missing, expected a column named 'name' or 'tên đơn vị' (it is required in units)")])
    }

    @Test func columnNamedTwiceRejects() {
        let header = ResolvedHeader(names: ["id", "name", "Mã đơn vị"], schema: UnitColumns.schema)
        #expect(header.errors == [RowProblem(column: "Mã đơn vị",
            message: "names the same column as 'id' (column 1), expected each column once")])
    }

    @Test func trailingUnnamedColumnsAreQuietAnInnerOneIsNot() {
        #expect(ResolvedHeader(names: ["id", "name", "", " "], schema: UnitColumns.schema).warnings.isEmpty)
        let inner = ResolvedHeader(names: ["id", "", "name"], schema: UnitColumns.schema)
        #expect(inner.isValid)
        #expect(inner.warnings.map(\.message) == ["column 2 has no name and is ignored"])
    }
}
