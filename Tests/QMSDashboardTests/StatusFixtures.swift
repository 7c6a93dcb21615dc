import Foundation
import QMSDomain
import QMSStore

/// Hand-built status snapshots: what `Store.statusSnapshot` returns, without a store.
enum StatusFixtures {
    static let asOf = Day(year: 2026, month: 11, day: 25)!
    /// 2026-11-24T07:30:00Z, 14:30 in Hà Nội.
    static let lastSync = Date(timeIntervalSince1970: 1_795_505_400)

    /// A title far wider than a line, decomposed (NFD) the way some exports write it.
    static let longNFDTitle = ("Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn "
        + "tại Bộ phận Tiếp nhận và Trả kết quả của Văn phòng Ủy ban nhân dân tỉnh").decomposedStringWithCanonicalMapping

    static func objective(_ id: String, _ title: String, value: Double?, target: Double = 90, measure: String = "%",
                          direction: Direction = .higher, indicator: Indicator? = nil, unitID: String? = "VP",
                          status: ObjectiveStatus, pace: ObjectivePace = .unknown) -> ObjectiveProgress {
        ObjectiveProgress(
            objective: ObjectiveRecord(id: id, title: title, year: 2026, unitID: unitID, indicator: indicator,
                                       target: target, measure: measure, direction: direction),
            unitName: unitID == nil ? nil : "Văn phòng Sở", value: value, status: status, pace: pace)
    }

    /// An open action due `daysLeft` days after the as-of day.
    static func dueSoon(_ id: String, daysLeft: Int, title: String = "Rà soát quy trình lưu trữ hồ sơ",
                        unit: String = "Phòng Hành chính – Tổng hợp") -> ActionSummary {
        let due = asOf.adding(days: daysLeft)
        return ActionSummary(
            action: ActionRecord(id: id, title: title, unitID: "HC", owner: "Trần Thị Bình",
                                 openedOn: due.adding(days: -45), dueOn: due, status: .inProgress),
            unitName: unit, daysOverdue: nil)
    }

    static func action(_ id: String, days: Int, title: String = "Cập nhật quy trình tiếp nhận hồ sơ",
                       unit: String = "Phòng Hành chính – Tổng hợp") -> ActionSummary {
        let due = asOf.adding(days: -days)
        return ActionSummary(
            action: ActionRecord(id: id, title: title, unitID: "HC", findingID: "F-1", owner: "Nguyễn Văn An",
                                 openedOn: due.adding(days: -30), dueOn: due, status: .open),
            unitName: unit, daysOverdue: days)
    }

    static func audit(_ id: String, title: String = "Đánh giá nội bộ đợt 2 năm 2026", major: Int = 0,
                      minor: Int = 0) -> AuditSummary {
        AuditSummary(
            audit: AuditRecord(id: id, title: title, kind: .internal, unitID: "VP",
                               startsOn: Day(year: 2026, month: 11, day: 10)!, status: .inProgress),
            unitName: "Văn phòng Sở", findings: FindingCounts(major: major, minor: minor))
    }

    /// Far more of everything than 24 lines hold, with long Vietnamese titles.
    static var crowded: StatusSnapshot {
        var objectives: [ObjectiveProgress] = []
        for index in 1...15 {
            objectives.append(objective("MT-\(index)", longNFDTitle + " \(index)", value: 50 + Double(index),
                                        status: .offTrack,
                                        pace: ObjectivePace(required: 150, recent: 60, reachable: false, onPace: false)))
        }
        for index in 16...20 {
            objectives.append(objective("MT-\(index)", "Mục tiêu có nguy cơ \(index)", value: 87, status: .atRisk))
        }
        for index in 21...30 {
            objectives.append(objective("MT-\(index)", "Mục tiêu đạt \(index)", value: 95, status: .met))
        }
        let audits = (1...7).map { audit("DG-\($0)", title: longNFDTitle, major: $0 % 2, minor: $0) }
        let actions = (1...40).map { action("HD-\($0)", days: 200 - $0, title: longNFDTitle) }
        let soon = (0...11).map { dueSoon("SH-\($0)", daysLeft: $0, title: longNFDTitle) }
        return StatusSnapshot(
            asOf: asOf,
            scope: ScopeSummary(unitID: nil, name: "Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế", unitCount: 30),
            freshness: DataFreshness(lastSync: lastSync, rejectedFiles: ["actions-2026-11.csv", "documents_2026Q3.csv"]),
            objectives: objectives, openAudits: audits, overdueActions: actions,
            counts: StatusCounts(met: 10, atRisk: 5, offTrack: 15, noData: 0, openAudits: 7, openActions: 55,
                                 overdueActions: 40, dueSoon: 12, unreachable: 15),
            dueSoonActions: soon, closing: ClosingTimes(days: [3, 10, 41, 90]))
    }

    /// Everything on track: nothing to chase.
    static var healthy: StatusSnapshot {
        StatusSnapshot(
            asOf: asOf,
            scope: ScopeSummary(unitID: "VP", name: "Văn phòng Sở", unitCount: 3),
            freshness: DataFreshness(lastSync: lastSync, rejectedFiles: []),
            objectives: [
                objective("MT-01", "Tỷ lệ văn bản đến được xử lý trên môi trường điện tử", value: 96.5,
                          indicator: .docsInElectronicPct, status: .met),
                objective("MT-02", "Thời gian giải quyết hồ sơ", value: nil, target: 5, measure: "ngày",
                          direction: .lower, status: .noData),
            ],
            openAudits: [audit("DG-01")],
            overdueActions: [],
            counts: StatusCounts(met: 1, noData: 1, openAudits: 1, openActions: 2))
    }

    /// A little of each, for checking values field by field.
    static var small: StatusSnapshot {
        StatusSnapshot(
            asOf: asOf,
            scope: ScopeSummary(unitID: "VP", name: "Văn phòng Sở", unitCount: 3),
            freshness: DataFreshness(lastSync: lastSync, rejectedFiles: ["actions-bad.csv"]),
            objectives: [
                objective("MT-01", "Tỷ lệ văn bản đến điện tử", value: 62.5, indicator: .docsInElectronicPct,
                          status: .offTrack,
                          pace: ObjectivePace(required: 114.28571, recent: 87.0666, reachable: false, onPace: false)),
                objective("MT-02", "Thời gian giải quyết hồ sơ", value: 5.8333333, target: 5, measure: "ngày",
                          direction: .lower, status: .atRisk),
                objective("MT-03", "Quy trình được rà soát", value: nil, target: 12, measure: "quy trình",
                          unitID: nil, status: .noData),
            ],
            openAudits: [audit("DG-01", major: 1, minor: 2)],
            overdueActions: [action("HD-07", days: 143, title: "Khắc phục điểm không phù hợp 8.5.1")],
            counts: StatusCounts(atRisk: 1, offTrack: 1, noData: 1, openAudits: 1, openActions: 4, overdueActions: 1,
                                 dueSoon: 1, unreachable: 1),
            dueWithin: 14, dueSoonActions: [dueSoon("HD-09", daysLeft: 3)],
            closing: ClosingTimes(days: [4, 9, 16, 30]))
    }
}
