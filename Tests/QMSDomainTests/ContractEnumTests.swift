import Foundation
import Testing
@testable import QMSDomain

@Suite("Contract enums (§4)")
struct ContractEnumTests {
    @Test("English words match in any case and with surrounding space")
    func englishWords() {
        #expect(AuditStatus.matching("in_progress") == .inProgress)
        #expect(AuditStatus.matching("IN_PROGRESS") == .inProgress)
        #expect(AuditStatus.matching("In progress") == .inProgress)
        #expect(AuditStatus.matching("in-progress") == .inProgress)
        #expect(ActionStatus.matching(" Verified ") == .verified)
        #expect(DocumentDirection.matching("OUT") == .out)
        #expect(ServiceLevel.matching("3") == .level3)
        #expect(ServiceLevel.matching("Full") == .full)
        #expect(Indicator.matching("DOCS_ON_TIME_PCT") == .docsOnTimePct)
    }

    @Test("the Vietnamese aliases of §4 match, with or without diacritics", arguments: [
        ("higher", "cao hơn tốt hơn"), ("lower", "thấp hơn tốt hơn"), ("lower", "thap hon tot hon"),
    ])
    func direction(raw: String, alias: String) {
        #expect(Direction.matching(alias)?.rawValue == raw)
    }

    @Test("audit kinds", arguments: [
        ("internal", "nội bộ"), ("surveillance", "giám sát"), ("certification", "chứng nhận"),
        ("inspection", "kiểm tra"), ("external", "bên ngoài"), ("external", "BEN NGOAI"),
    ])
    func auditKind(raw: String, alias: String) {
        #expect(AuditKind.matching(alias)?.rawValue == raw)
    }

    @Test("audit statuses", arguments: [
        ("planned", "kế hoạch"), ("in_progress", "đang thực hiện"), ("reporting", "đang báo cáo"),
        ("closed", "đã đóng"), ("cancelled", "huỷ"), ("cancelled", "hủy"), ("cancelled", "huy"),
        ("cancelled", "đã hủy"), ("cancelled", "canceled"),
    ])
    func auditStatus(raw: String, alias: String) {
        #expect(AuditStatus.matching(alias)?.rawValue == raw)
    }

    @Test("finding grades", arguments: [
        ("major", "không phù hợp nặng"), ("minor", "không phù hợp nhẹ"), ("observation", "khuyến nghị"),
        ("improvement", "cơ hội cải tiến"), ("minor", "KHONG PHU HOP NHE"),
    ])
    func findingGrade(raw: String, alias: String) {
        #expect(FindingGrade.matching(alias)?.rawValue == raw)
    }

    @Test("action statuses", arguments: [
        ("open", "mở"), ("open", "Mở"), ("in_progress", "đang thực hiện"), ("done", "đã hoàn thành"),
        ("verified", "đã xác nhận hiệu lực"), ("cancelled", "huỷ"), ("cancelled", "hủy"), ("cancelled", "HUY"),
    ])
    func actionStatus(raw: String, alias: String) {
        #expect(ActionStatus.matching(alias)?.rawValue == raw)
    }

    @Test("procedure statuses", arguments: [
        ("active", "hiệu lực"), ("draft", "dự thảo"), ("retired", "hết hiệu lực"), ("retired", "het hieu luc"),
    ])
    func procedureStatus(raw: String, alias: String) {
        #expect(ProcedureStatus.matching(alias)?.rawValue == raw)
    }

    @Test("service levels", arguments: [
        ("partial", "một phần"), ("full", "toàn trình"), ("full", "toan trinh"), ("4", "mức 4"), ("1", "1"),
    ])
    func serviceLevel(raw: String, alias: String) {
        #expect(ServiceLevel.matching(alias)?.rawValue == raw)
    }

    @Test("document directions", arguments: [
        ("in", "đến"), ("out", "đi"), ("internal", "nội bộ"), ("in", "ĐẾN"), ("out", "di"),
    ])
    func documentDirection(raw: String, alias: String) {
        #expect(DocumentDirection.matching(alias)?.rawValue == raw)
    }

    @Test("aliases match in decomposed (NFD) form too")
    func decomposed() {
        #expect(ActionStatus.matching("đã hoàn thành".decomposedStringWithCanonicalMapping) == .done)
        #expect(AuditKind.matching("giám sát".decomposedStringWithCanonicalMapping) == .surveillance)
    }

    @Test("unknown and empty words match nothing")
    func unknown() {
        #expect(ActionStatus.matching("") == nil)
        #expect(ActionStatus.matching("finished") == nil)
        #expect(ServiceLevel.matching("5") == nil)
        #expect(ServiceLevel.matching("3.0") == nil)
        #expect(DocumentDirection.matching("inn") == nil)
        #expect(ProcedureStatus.matching("hiệu") == nil)
    }

    @Test("no alias names two cases, and every case has a label in both languages")
    func tablesAreConsistent() {
        func check<E: ContractEnum>(_ type: E.Type) {
            _ = E.matchTable  // traps if an alias names two cases
            for value in E.allCases {
                #expect(E.matching(value.rawValue) == value)
                for alias in value.aliases { #expect(E.matching(alias) == value, "\(E.self): \(alias)") }
                #expect(!value.label(.en).isEmpty && !value.label(.vi).isEmpty)
            }
            #expect(Set(E.allCases.map { $0.label(.vi) }).count == E.allCases.count)
            #expect(Set(E.allCases.map { $0.label(.en) }).count == E.allCases.count)
        }
        check(Direction.self)
        check(AuditKind.self)
        check(AuditStatus.self)
        check(FindingGrade.self)
        check(ActionStatus.self)
        check(ProcedureStatus.self)
        check(ServiceLevel.self)
        check(DocumentDirection.self)
        check(Indicator.self)
    }

    @Test("accepted words start with the contract words, for error messages")
    func acceptedWords() {
        #expect(ActionStatus.contractWords == ["open", "in_progress", "done", "verified", "cancelled"])
        #expect(Array(ActionStatus.acceptedWords.prefix(5)) == ActionStatus.contractWords)
        #expect(ActionStatus.acceptedWords.contains("huỷ"))
        #expect(ServiceLevel.contractWords == ["1", "2", "3", "4", "partial", "full"])
    }

    @Test("raw values are the English contract words")
    func rawValues() {
        #expect(ActionStatus.inProgress.rawValue == "in_progress")
        #expect(AuditStatus.inProgress.rawValue == "in_progress")
        #expect(DocumentDirection.allCases.map(\.rawValue) == ["in", "out", "internal"])
        #expect(AuditKind.allCases.map(\.rawValue) == ["internal", "surveillance", "certification", "inspection", "external"])
        #expect(FindingGrade.allCases.map(\.rawValue) == ["major", "minor", "observation", "improvement"])
        #expect(ProcedureStatus.allCases.map(\.rawValue) == ["active", "draft", "retired"])
        #expect(AuditStatus.allCases.map(\.rawValue) == ["planned", "in_progress", "reporting", "closed", "cancelled"])
    }
}
