import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI

/// A small department's store, the same on every run: five units, objectives in every
/// status (one with a hostile title), audits open and closed with findings, actions at
/// every age, a document register for the indicator trend, and a sync log with a
/// rejected file. Everything is seen as of 2026-11-25.
enum DashboardFixture {
    static let asOf = Day(year: 2026, month: 11, day: 25)!

    /// A store file in a fresh temporary folder; `remove()` deletes the folder.
    final class StoreFile {
        let folder: URL
        let path: String
        let store: Store

        init(populated: Bool = true) throws {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("isodash-dashboard-tests-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.appendingPathComponent("store.sqlite").path
            let writer = try Store.open(path: path, mode: .readWrite)
            if populated { try DashboardFixture.populate(writer) }
            writer.close()
            store = try Store.open(path: path, mode: .readOnly)
        }

        func remove() {
            store.close()
            try? FileManager.default.removeItem(at: folder)
        }

        /// A view of this store in `language`, `mode`, with times in UTC.
        func view(_ language: Language = .en, mode: RenderMode = .unicode) -> DashboardView {
            DashboardView(data: DashboardData(store: store, asOf: DashboardFixture.asOf),
                          context: RenderContext(language: language, asOf: DashboardFixture.asOf, mode: mode,
                                                 timeZone: TimeZone(identifier: "UTC")!))
        }
    }

    static func day(_ text: String) -> Day { Day.parse(text)! }
    static func period(_ text: String) -> Period { Period.parse(text)! }

    static let units = [
        UnitRecord(id: "SO", name: "Sở Thông tin và Truyền thông", kind: "department", mandatory: true),
        UnitRecord(id: "VP", name: "Văn phòng Sở", parentID: "SO"),
        UnitRecord(id: "MC", name: "Bộ phận Một cửa", parentID: "VP"),
        UnitRecord(id: "BCVT", name: "Phòng Bưu chính, Viễn thông", parentID: "SO"),
        UnitRecord(id: "TT", name: "Trung tâm Công nghệ thông tin và Truyền thông", parentID: "SO"),
    ]

    /// Decomposed (NFD), as some exports write it.
    static let nfdTitle = "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình"
        .decomposedStringWithCanonicalMapping

    static let objectives = [
        ObjectiveRecord(id: "MT-01", title: "Tỷ lệ văn bản đến được xử lý trên môi trường điện tử", year: 2026,
                        unitID: "SO", indicator: .docsInElectronicPct, target: 90, owner: "Lê Văn Cường"),
        ObjectiveRecord(id: "MT-02", title: "Tỷ lệ hồ sơ giải quyết đúng hạn", year: 2026, unitID: "VP", target: 95,
                        owner: "Nguyễn Thị Hoa"),
        ObjectiveRecord(id: "MT-03", title: "Thời gian trung bình xử lý hồ sơ", year: 2026, unitID: "MC", target: 5,
                        measure: "ngày", direction: .lower, owner: "Phạm Minh Đức"),
        ObjectiveRecord(id: "MT-04", title: "Số quy trình được rà soát, cập nhật", year: 2026, unitID: "BCVT", target: 12,
                        measure: "quy trình"),
        ObjectiveRecord(id: "MT-05", title: "Mức độ hài lòng của người dân", year: 2026, target: 85),
        ObjectiveRecord(id: "MT-06", title: nfdTitle, year: 2026, unitID: "TT", indicator: .servicesOnlinePct, target: 80),
        ObjectiveRecord(id: "MT-07", title: "Mục tiêu \u{1B}[31mđỏ\u{1B}[0m có ký tự điều khiển", year: 2026, unitID: "VP",
                        target: 50),
        ObjectiveRecord(id: "MT-2025", title: "Mục tiêu năm trước", year: 2025, target: 90),
    ]

    static let measurements = [
        MeasurementRecord(objectiveID: "MT-02", period: period("2026-Q1"), value: 96, numerator: 192, denominator: 200),
        MeasurementRecord(objectiveID: "MT-02", period: period("2026-Q2"), value: 93, numerator: 186, denominator: 200),
        MeasurementRecord(objectiveID: "MT-02", period: period("2026-Q3"), value: 88, numerator: 176, denominator: 200,
                          note: "Quý 3 nhiều hồ sơ đất đai"),
        MeasurementRecord(objectiveID: "MT-03", period: period("2026-09"), value: 5.3),
        MeasurementRecord(objectiveID: "MT-03", period: period("2026-10"), value: 5.4),
        MeasurementRecord(objectiveID: "MT-05", period: period("2026-H1"), value: 90),
        MeasurementRecord(objectiveID: "MT-07", period: period("2026-Q3"), value: 60),
    ]

    static let audits = [
        AuditRecord(id: "DG-01", title: "Đánh giá nội bộ đợt 2 năm 2026", kind: .internal, unitID: "VP",
                    startsOn: day("2026-11-10"), endsOn: day("2026-11-12"), status: .reporting, lead: "Trần Thị Bình"),
        AuditRecord(id: "DG-02", title: "Đánh giá giám sát lần 1", kind: .surveillance, unitID: "SO",
                    startsOn: day("2026-12-02"), status: .planned, lead: "QUACERT"),
        AuditRecord(id: "DG-03", title: "Đánh giá nội bộ đợt 1 năm 2026", kind: .internal, unitID: "BCVT",
                    startsOn: day("2026-05-12"), endsOn: day("2026-05-14"), status: .closed, lead: "Trần Thị Bình"),
    ]

    static let findings = [
        FindingRecord(id: "F-01", auditID: "DG-01", unitID: "VP", grade: .major, clause: "8.5.1",
                      description: "Sổ tiếp nhận hồ sơ không ghi thời hạn trả kết quả cho 12 hồ sơ", raisedOn: day("2026-11-11")),
        FindingRecord(id: "F-02", auditID: "DG-01", unitID: "MC", grade: .minor, clause: "7.5.3",
                      description: "Bản mô tả quy trình lưu trữ chưa cập nhật phiên bản mới", raisedOn: day("2026-11-11")),
        FindingRecord(id: "F-03", auditID: "DG-01", unitID: "VP", grade: .observation, clause: "9.1.3",
                      description: "Nên phân tích số liệu hài lòng theo từng lĩnh vực", raisedOn: day("2026-11-12")),
        FindingRecord(id: "F-04", auditID: "DG-03", unitID: "BCVT", grade: .minor, clause: "6.2",
                      description: "Mục tiêu chất lượng của phòng chưa có kế hoạch thực hiện", raisedOn: day("2026-05-13")),
    ]

    static let actions = [
        ActionRecord(id: "HD-01", title: "Bổ sung thời hạn trả kết quả vào sổ tiếp nhận", unitID: "VP", findingID: "F-01",
                     owner: "Nguyễn Văn An", openedOn: day("2026-11-12"), dueOn: day("2026-11-20"), status: .open),
        ActionRecord(id: "HD-02", title: "Cập nhật bản mô tả quy trình lưu trữ", unitID: "MC", findingID: "F-02",
                     owner: "Phạm Minh Đức", openedOn: day("2026-11-12"), dueOn: day("2026-12-15"), status: .inProgress),
        ActionRecord(id: "HD-03", title: "Lập kế hoạch thực hiện mục tiêu chất lượng của phòng", unitID: "BCVT",
                     findingID: "F-04", owner: "Hoàng Văn Em", openedOn: day("2026-05-20"), dueOn: day("2026-06-30"),
                     status: .open),
        ActionRecord(id: "HD-04", title: "Sao lưu định kỳ máy chủ dịch vụ công", unitID: "TT", owner: "Đặng Thu Trang",
                     openedOn: day("2026-07-01"), dueOn: day("2026-09-01"), status: .inProgress),
        ActionRecord(id: "HD-05", title: "Đào tạo ISO cho cán bộ mới", unitID: "TT", owner: "Đặng Thu Trang",
                     openedOn: day("2026-08-01"), dueOn: day("2026-10-20"), closedOn: day("2026-10-18"), status: .done),
        ActionRecord(id: "HD-06", title: "Rà soát danh mục hồ sơ lưu trữ của phòng", unitID: "BCVT", owner: "Hoàng Văn Em",
                     openedOn: day("2026-06-01"), dueOn: day("2026-08-15"), status: .open),
        ActionRecord(id: "HD-07", title: "Niêm yết quy trình mới tại Bộ phận Một cửa", unitID: "MC", owner: "Vũ Thị Giang",
                     openedOn: day("2026-10-01"), dueOn: day("2026-10-26"), status: .open),
    ]

    static let services = [
        ServiceRecord(id: "DV-1", name: "Cấp giấy phép bưu chính", unitID: "TT", level: .full),
        ServiceRecord(id: "DV-2", name: "Cấp giấy phép xuất bản bản tin", unitID: "TT", level: .level4),
        ServiceRecord(id: "DV-3", name: "Cấp phép họp báo", unitID: "TT", level: .partial),
        ServiceRecord(id: "DV-4", name: "Đăng ký thu phát sóng", unitID: "TT", level: .level2),
        ServiceRecord(id: "DV-5", name: "Cấp lại giấy phép", unitID: "TT", level: .level1),
    ]

    /// Three incoming documents a month for the Văn phòng, January to November: two
    /// electronic a month until April, all three after, so the trend climbs.
    static var documents: [DocumentRecord] {
        var documents: [DocumentRecord] = []
        for month in 1...11 {
            for index in 0..<3 {
                let date = Day(year: 2026, month: month, day: 5 + index)!
                let due = date.adding(days: 10)
                documents.append(DocumentRecord(id: "VB-\(month)-\(index)", unitID: index == 2 ? "MC" : "VP", direction: .in,
                                                date: date, electronic: month > 4 || index < 2, confidential: false,
                                                dueOn: due, doneOn: index == 1 ? due.adding(days: 2) : due.adding(days: -1)))
            }
        }
        return documents
    }

    /// 2026-11-20T01:00:00Z and 2026-11-24T07:30:00Z.
    static let firstRun = Date(timeIntervalSince1970: 1_795_136_400)
    static let secondRun = Date(timeIntervalSince1970: 1_795_505_400)

    static func populate(_ store: Store) throws {
        try store.write {
            let unitWriter = try RecordWriter<UnitRecord>(store: store)
            for unit in units { try unitWriter.upsert(unit) }
            let objectiveWriter = try RecordWriter<ObjectiveRecord>(store: store)
            for objective in objectives { try objectiveWriter.upsert(objective) }
            let measurementWriter = try RecordWriter<MeasurementRecord>(store: store)
            for measurement in measurements { try measurementWriter.upsert(measurement) }
            let auditWriter = try RecordWriter<AuditRecord>(store: store)
            for audit in audits { try auditWriter.upsert(audit) }
            let findingWriter = try RecordWriter<FindingRecord>(store: store)
            for finding in findings { try findingWriter.upsert(finding) }
            let actionWriter = try RecordWriter<ActionRecord>(store: store)
            for action in actions { try actionWriter.upsert(action) }
            let serviceWriter = try RecordWriter<ServiceRecord>(store: store)
            for service in services { try serviceWriter.upsert(service) }
            let documentWriter = try RecordWriter<DocumentRecord>(store: store)
            for document in documents { try documentWriter.upsert(document) }
        }
        let log = store.syncLog
        try log.record(SyncFileEntry(runID: 1, name: "units.csv", path: "/srv/exports/units.csv", sha256: String(repeating: "a", count: 64),
                                     kind: "units", state: .applied, startedAt: firstRun, finishedAt: firstRun,
                                     counts: SyncCounts(inserted: 5)))
        try log.record(SyncFileEntry(runID: 1, name: "objectives.csv", path: "/srv/exports/objectives.csv",
                                     sha256: String(repeating: "b", count: 64), kind: "objectives", state: .applied,
                                     startedAt: firstRun, finishedAt: firstRun, counts: SyncCounts(inserted: 8)))
        try log.record(SyncFileEntry(runID: 2, name: "objectives.csv", path: "/srv/exports/objectives.csv",
                                     sha256: String(repeating: "b", count: 64), kind: "objectives", state: .skipped,
                                     reason: "already applied (same SHA-256)", startedAt: secondRun, finishedAt: secondRun))
        try log.record(SyncFileEntry(runID: 2, name: "actions-2026-11.csv", path: "/srv/exports/actions-2026-11.csv",
                                     sha256: String(repeating: "c", count: 64), kind: "actions", state: .rejected,
                                     reason: "2 errors", startedAt: secondRun, finishedAt: secondRun, errorCount: 2),
                       errors: [
                           SyncErrorEntry(line: 4, column: "due_on", message: "'31/02/2026' is not a date; expected YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY"),
                           SyncErrorEntry(line: 7, column: "status", message: "'xong' is not a status; expected open, in_progress, done, verified or cancelled"),
                       ])
    }
}
