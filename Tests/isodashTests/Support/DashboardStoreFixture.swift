import Foundation
import QMSDomain
import QMSStore

/// A small store for running the dashboard end to end: a few units (Vietnamese names,
/// one to find without diacritics), objectives in several statuses, an open audit with
/// findings, overdue actions, and a sync log with a rejected file.
enum DashboardStoreFixture {
    /// The as-of day every end-to-end test passes with `--as-of`.
    static let asOf = "2026-11-25"

    static func day(_ text: String) -> Day { Day.parse(text)! }

    /// Writes the store at `path` (its folder must exist).
    static func create(at path: String) throws {
        let store = try Store.open(path: path, mode: .readWrite)
        defer { store.close() }
        try store.write {
            let units = try RecordWriter<UnitRecord>(store: store)
            try units.upsert(UnitRecord(id: "SO", name: "Sở Thông tin và Truyền thông"))
            try units.upsert(UnitRecord(id: "VP", name: "Văn phòng Sở", parentID: "SO"))
            try units.upsert(UnitRecord(id: "BCVT", name: "Phòng Bưu chính", parentID: "SO"))
            let objectives = try RecordWriter<ObjectiveRecord>(store: store)
            try objectives.upsert(ObjectiveRecord(id: "MT-01", title: "Tỷ lệ hồ sơ giải quyết đúng hạn", year: 2026,
                                                  unitID: "VP", target: 95))
            try objectives.upsert(ObjectiveRecord(id: "MT-02", title: "Số quy trình được rà soát", year: 2026,
                                                  unitID: "BCVT", target: 12, measure: "quy trình"))
            try objectives.upsert(ObjectiveRecord(id: "MT-03", title: "Mức độ hài lòng của người dân", year: 2026, target: 85))
            let measurements = try RecordWriter<MeasurementRecord>(store: store)
            try measurements.upsert(MeasurementRecord(objectiveID: "MT-01", period: Period.parse("2026-Q3")!, value: 88))
            try measurements.upsert(MeasurementRecord(objectiveID: "MT-03", period: Period.parse("2026-H1")!, value: 90))
            let audits = try RecordWriter<AuditRecord>(store: store)
            try audits.upsert(AuditRecord(id: "DG-01", title: "Đánh giá nội bộ đợt 2", kind: .internal, unitID: "VP",
                                          startsOn: day("2026-11-10"), status: .inProgress, lead: "Trần Thị Bình"))
            let findings = try RecordWriter<FindingRecord>(store: store)
            try findings.upsert(FindingRecord(id: "F-01", auditID: "DG-01", unitID: "VP", grade: .major, clause: "8.5.1",
                                              description: "Sổ tiếp nhận không ghi thời hạn trả kết quả"))
            let actions = try RecordWriter<ActionRecord>(store: store)
            try actions.upsert(ActionRecord(id: "HD-01", title: "Bổ sung thời hạn vào sổ tiếp nhận", unitID: "VP",
                                            findingID: "F-01", owner: "Nguyễn Văn An", openedOn: day("2026-11-12"),
                                            dueOn: day("2026-11-20"), status: .open))
            try actions.upsert(ActionRecord(id: "HD-02", title: "Rà soát danh mục hồ sơ", unitID: "BCVT",
                                            owner: "Hoàng Văn Em", openedOn: day("2026-06-01"), dueOn: day("2026-08-15"),
                                            status: .open))
        }
        let time = Date(timeIntervalSince1970: 1_795_505_400)
        try store.syncLog.record(SyncFileEntry(runID: 1, name: "units.csv", path: "/srv/units.csv", kind: "units",
                                               state: .applied, startedAt: time, finishedAt: time,
                                               counts: SyncCounts(inserted: 3)))
        try store.syncLog.record(SyncFileEntry(runID: 1, name: "actions-bad.csv", path: "/srv/actions-bad.csv",
                                               kind: "actions", state: .rejected, startedAt: time, finishedAt: time,
                                               errorCount: 1),
                                 errors: [SyncErrorEntry(line: 3, column: "due_on", message: "'31/02/2026' is not a date")])
    }
}
