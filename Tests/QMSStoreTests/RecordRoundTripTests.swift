import Foundation
import QMSDomain
import Testing
@testable import QMSStore

/// Every record kind goes in, comes back equal, and the write API reports what
/// it did, which is what the sync's "inserted / updated / unchanged" counts show.
@Suite struct RecordRoundTripTests {
    /// Parents every sample record refers to.
    static func seedParents(_ store: Store) throws {
        try store.write {
            try store.upsert(UnitRecord(id: "U1", name: "Văn phòng"))
            try store.upsert(UnitRecord(id: "U2", name: "Phòng Tổ chức"))
            try store.upsert(ObjectiveRecord(id: "O1", title: "Giảm hồ sơ trễ hạn", year: 2026, target: 5,
                                             measure: "hồ sơ", direction: .lower))
            try store.upsert(AuditRecord(id: "A1", title: "Đánh giá nội bộ 2026", kind: .internal,
                                         startsOn: day("2026-03-02"), status: .closed))
            try store.upsert(FindingRecord(id: "F1", auditID: "A1", grade: .minor, description: "Thiếu hồ sơ"))
        }
    }

    /// Insert, fetch, upsert unchanged, upsert changed (values to NULL and back),
    /// delete: the whole life of one record.
    func checkLife<Record: StoredRecord>(_ store: Store, _ original: Record, _ changed: Record) throws {
        #expect(original.key == changed.key)
        #expect(original != changed)
        let writer = try store.writer(for: Record.self)
        #expect(try writer.fetch(original.key) == nil)
        #expect(try writer.upsert(original) == .inserted)
        #expect(try writer.fetch(original.key) == original)
        #expect(try store.fetch(Record.self, key: original.key) == original)
        #expect(try writer.upsert(original) == .unchanged)
        #expect(try writer.upsert(changed) == .updated)
        #expect(try writer.fetch(original.key) == changed)
        #expect(try writer.upsert(changed) == .unchanged)
        #expect(try writer.upsert(original) == .updated)
        #expect(try writer.fetch(original.key) == original)
        #expect(try writer.delete(original.key) == true)
        #expect(try writer.fetch(original.key) == nil)
        #expect(try writer.delete(original.key) == false)
    }

    @Test(arguments: RecordKind.allCases)
    func recordLifeCycle(kind: RecordKind) throws {
        try withStore { store throws in
            try Self.seedParents(store)
            switch kind {
            case .units:
                try checkLife(store,
                    UnitRecord(id: "U-NEW", name: "Phòng Kế hoạch", parentID: "U1", kind: "division",
                               standard: "TCVN ISO 9001:2015", announcedOn: day("2025-03-14"), mandatory: true),
                    UnitRecord(id: "U-NEW", name: "Phòng Kế hoạch – Tài chính"))
            case .objectives:
                try checkLife(store,
                    ObjectiveRecord(id: "O-NEW", title: "Văn bản đến xử lý điện tử", year: 2026, unitID: "U1",
                                    indicator: .docsInElectronicPct, target: 90, measure: "%", direction: .higher,
                                    margin: 2.5, owner: "Chánh Văn phòng", dueOn: day("2026-12-31")),
                    ObjectiveRecord(id: "O-NEW", title: "Văn bản đến xử lý điện tử", year: 2027, target: 95.5,
                                    measure: "%", direction: .lower))
            case .measurements:
                try checkLife(store,
                    MeasurementRecord(objectiveID: "O1", period: period("2026-Q2"), value: 87.5, numerator: 35,
                                      denominator: 40, note: "Số liệu quý II"),
                    MeasurementRecord(objectiveID: "O1", period: period("2026-Q2"), value: 90))
            case .audits:
                try checkLife(store,
                    AuditRecord(id: "A-NEW", title: "Đánh giá giám sát lần 1", kind: .internal, unitID: "U1",
                                startsOn: day("2026-03-02"), endsOn: day("2026-03-05"), status: .inProgress,
                                lead: "Nguyễn Văn A"),
                    AuditRecord(id: "A-NEW", title: "Đánh giá giám sát lần 1", kind: .surveillance,
                                startsOn: day("2026-03-02"), status: .closed))
            case .findings:
                try checkLife(store,
                    FindingRecord(id: "F-NEW", auditID: "A1", unitID: "U1", grade: .major, clause: "8.5.1",
                                  description: "Hồ sơ một cửa thiếu phiếu kiểm soát", raisedOn: day("2026-03-04")),
                    FindingRecord(id: "F-NEW", auditID: "A1", grade: .observation,
                                  description: "Hồ sơ một cửa thiếu phiếu kiểm soát\nđã bổ sung"))
            case .actions:
                try checkLife(store,
                    ActionRecord(id: "ACT-NEW", title: "Bổ sung phiếu kiểm soát", unitID: "U1", findingID: "F1",
                                 owner: "Trần Thị B", openedOn: day("2026-03-10"), dueOn: day("2026-04-10"),
                                 closedOn: day("2026-04-08"), status: .done),
                    ActionRecord(id: "ACT-NEW", title: "Bổ sung phiếu kiểm soát", unitID: "U2",
                                 openedOn: day("2026-03-10"), dueOn: day("2026-04-10"), status: .inProgress))
            case .procedures:
                try checkLife(store,
                    ProcedureRecord(id: "QT-NEW", title: "Quy trình kiểm soát tài liệu", unitID: "U1", version: "02",
                                    issuedOn: day("2024-01-15"), reviewedOn: day("2025-12-20"), status: .active),
                    ProcedureRecord(id: "QT-NEW", title: "Quy trình kiểm soát tài liệu", status: .retired))
            case .services:
                try checkLife(store,
                    ServiceRecord(id: "TTHC-NEW", name: "Cấp giấy phép bưu chính", unitID: "U1", level: .level3),
                    ServiceRecord(id: "TTHC-NEW", name: "Cấp giấy phép bưu chính", level: .full))
            case .documents:
                try checkLife(store,
                    DocumentRecord(id: "123/UBND-VP", unitID: "U1", direction: .in, date: day("2026-05-04"),
                                   electronic: true, confidential: false, dueOn: day("2026-05-14"),
                                   doneOn: day("2026-05-12")),
                    DocumentRecord(id: "123/UBND-VP", unitID: "U1", direction: .out, date: day("2026-05-04"),
                                   electronic: false, confidential: true))
            case .tallies:
                try checkLife(store,
                    TallyRecord(unitID: "U1", month: period("2026-05"), direction: .in, total: 120, electronic: 100,
                                confidential: 5, withDue: 80, onTime: 70, asOf: day("2026-06-01")),
                    TallyRecord(unitID: "U1", month: period("2026-05"), direction: .in, total: 130, electronic: 101,
                                confidential: 5, withDue: 80, onTime: 70))
            }
        }
    }

    @Test func hostileTextRoundTripsAndRunsNoSQL() throws {
        try withStore { store throws in
            let hostile = "Phòng 'Tổng hợp'; \"Kế hoạch\" '; DROP TABLE units; -- \\ % _ \u{1B}[2J"
            let unit = UnitRecord(id: "U'; DROP TABLE units; --", name: hostile, kind: "x' OR '1'='1",
                                  standard: "'); DELETE FROM units; --")
            #expect(try store.upsert(unit) == .inserted)
            #expect(try store.fetch(UnitRecord.self, key: unit.id) == unit)
            #expect(try store.upsert(unit) == .unchanged)
            let action = ActionRecord(id: "A\"1", title: hostile, unitID: unit.id, owner: "O'Brien",
                                      openedOn: day("2026-01-01"), dueOn: day("2026-01-02"), status: .open)
            #expect(try store.upsert(action) == .inserted)
            #expect(try store.fetch(ActionRecord.self, key: action.id) == action)
            #expect(try store.integer("SELECT count(*) FROM units") == 1)
        }
    }

    @Test func emptyAndLongTextAreKeptAsGiven() throws {
        try withStore { store throws in
            let long = String(repeating: "Ế", count: 10_000)
            let unit = UnitRecord(id: "U", name: long, kind: "", standard: "\u{0}inside")
            try store.upsert(unit)
            let back = try #require(try store.fetch(UnitRecord.self, key: "U"))
            #expect(back.name == long)
            #expect(back.kind == "")
            #expect(back.standard == "\u{0}inside")
        }
    }

    @Test func writesInOneTransactionCommitTogetherOrNotAtAll() throws {
        try withStore { store throws in
            struct Abort: Error {}
            let writer = try store.writer(for: UnitRecord.self)
            let aborted = thrownError {
                try store.write {
                    try writer.upsert(UnitRecord(id: "U1", name: "one"))
                    try writer.upsert(UnitRecord(id: "U2", name: "two"))
                    throw Abort()
                }
            }
            #expect(aborted is Abort)
            #expect(try writer.fetch("U1") == nil)
            try store.write {
                try writer.upsert(UnitRecord(id: "U1", name: "one"))
                try writer.upsert(UnitRecord(id: "U2", name: "two"))
            }
            #expect(try store.integer("SELECT count(*) FROM units") == 2)
        }
    }

    @Test func schemaRulesAreReportedAsInvalidRecord() throws {
        try withStore { store throws in
            try store.upsert(UnitRecord(id: "U1", name: "one"))
            let tally = TallyRecord(unitID: "U1", month: period("2026-05"), direction: .in, total: 1, electronic: 5,
                                    confidential: 0)
            let error = storeError { try store.upsert(tally) }
            guard case .invalidRecord(let kind, let key, _) = error else {
                Issue.record("expected invalidRecord, got \(String(describing: error))")
                return
            }
            #expect(kind == .tallies)
            #expect(key == "U1 2026-05 in")
            #expect(error?.description.contains("tallies 'U1 2026-05 in'") == true)
            let selfParent = UnitRecord(id: "U2", name: "two", parentID: "U2")
            guard case .invalidRecord = storeError({ try store.upsert(selfParent) }) else {
                Issue.record("a unit that is its own parent must be refused")
                return
            }
        }
    }
}
