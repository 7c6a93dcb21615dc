import QMSDomain

extension Phrase {
    /// The words of review mode and of the minutes (biên bản) it prints.
    public enum Review {
        public static func minutesTitle(_ title: String) -> Phrase {
            Phrase(en: "Minutes of the management review: \(title)", vi: "Biên bản họp xem xét của lãnh đạo: \(title)")
        }
        public static let body = Phrase(en: "Organisation", vi: "Cơ quan")
        public static let heldOn = Phrase(en: "Held on", vi: "Ngày họp")
        public static let chair = Phrase(en: "Chair", vi: "Chủ trì")
        public static let attendees = Phrase(en: "Attendees", vi: "Thành phần tham dự")
        public static let scope = Phrase(en: "Scope", vi: "Phạm vi")
        public static let wholeOrganisation = Phrase(en: "whole organisation", vi: "toàn cơ quan")
        public static let notRecorded = Phrase(en: "not recorded", vi: "chưa ghi")
        public static func figuresFrozen(_ day: String) -> Phrase {
            Phrase(en: "Closed; figures as of \(day), frozen when the review was closed.",
                   vi: "Đã kết thúc; số liệu tính đến \(day), cố định khi kết thúc cuộc họp.")
        }
        public static func figuresLive(_ day: String) -> Phrase {
            Phrase(en: "Open; figures as of \(day), from the store as it is now (they are frozen when the review is closed).",
                   vi: "Đang họp; số liệu tính đến \(day), lấy từ dữ liệu hiện tại (sẽ cố định khi kết thúc cuộc họp).")
        }
        public static let notes = Phrase(en: "Notes", vi: "Ý kiến, ghi chú")
        public static let decisions = Phrase(en: "Decisions", vi: "Kết luận")
        public static let allDecisions = Phrase(en: "Decisions of the review", vi: "Kết luận của cuộc họp")
        public static let actionItems = Phrase(en: "Action items", vi: "Nhiệm vụ giao")
        public static let none = Phrase(en: "None.", vi: "Không có.")
        public static let noData = Phrase(en: "no data", vi: "chưa có số liệu")

        // Table headings
        public static let id = Phrase(en: "Id", vi: "Mã")
        public static let title = Phrase(en: "Title", vi: "Nội dung")
        public static let unit = Phrase(en: "Unit", vi: "Đơn vị")
        public static let due = Phrase(en: "Due", vi: "Hạn")
        public static let status = Phrase(en: "Status", vi: "Tình trạng")
        public static let value = Phrase(en: "Value", vi: "Kết quả")
        public static let target = Phrase(en: "Target", vi: "Chỉ tiêu")
        public static let indicator = Phrase(en: "Indicator", vi: "Chỉ số")
        public static let counted = Phrase(en: "Counted", vi: "Số đếm")
        public static let decidedOn = Phrase(en: "Decided", vi: "Ngày giao")
        public static let kind = Phrase(en: "Kind", vi: "Loại")
        public static let dates = Phrase(en: "Dates", vi: "Thời gian")
        public static let findings = Phrase(en: "Findings (major/minor/obs./impr.)", vi: "Phát hiện (nặng/nhẹ/khuyến nghị/cải tiến)")
        public static let daysOverdue = Phrase(en: "Days overdue", vi: "Số ngày quá hạn")
        public static let audit = Phrase(en: "Audit", vi: "Cuộc đánh giá")
        public static let notSyncedBack = Phrase(en: "not yet in the e-ISO system", vi: "chưa có trên hệ thống ISO điện tử")

        public static func objectivesSummary(met: Int, atRisk: Int, offTrack: Int, noData: Int) -> Phrase {
            Phrase(en: "\(met) met, \(atRisk) at risk, \(offTrack) off track, \(noData) without data.",
                   vi: "\(met) đạt, \(atRisk) có nguy cơ không đạt, \(offTrack) không đạt, \(noData) chưa có số liệu.")
        }
        public static func actionsSummary(open: Int, overdue: Int, closed: Int, onTime: Int) -> Phrase {
            Phrase(en: "Corrective actions open: \(open), overdue: \(overdue); closed this year: \(closed), on time: \(onTime).",
                   vi: "Hành động khắc phục đang mở: \(open), quá hạn: \(overdue); hoàn thành trong năm: \(closed), đúng hạn: \(onTime).")
        }
        public static func findingsSummary(major: Int, minor: Int, observation: Int, improvement: Int) -> Phrase {
            Phrase(en: "Findings this year: major nonconformities \(major), minor \(minor), observations \(observation), opportunities for improvement \(improvement).",
                   vi: "Phát hiện trong năm: không phù hợp nặng \(major), nhẹ \(minor), khuyến nghị \(observation), cơ hội cải tiến \(improvement).")
        }

        public static let daysLeft = Phrase(en: "Days left", vi: "Số ngày còn lại")
        public static let cannotBeMet = Phrase(en: "cannot be met", vi: "không thể đạt")
        public static let offPace = Phrase(en: "off pace", vi: "chậm tiến độ")

        /// An objective's pace in a sentence: what the rest of the period needs
        /// against what the last three months reached.
        public static func paceLine(id: String, required: String, lower: Bool, recent: String?,
                                    verdict: Phrase) -> Phrase {
            let enNeed = lower ? "at most \(required)" : required
            let viNeed = lower ? "không quá \(required)" : required
            let enRecent = recent.map { "the last three months reached \($0)" } ?? "the last three months have no data"
            let viRecent = recent.map { "ba tháng gần nhất đạt \($0)" } ?? "ba tháng gần nhất chưa có số liệu"
            return Phrase(en: "\(id): \(verdict.english); the rest of the period needs \(enNeed), \(enRecent).",
                          vi: "\(id): \(verdict.vietnamese); thời gian còn lại cần \(viNeed), \(viRecent).")
        }

        /// The due-soon table's lead-in.
        public static func dueSoonSummary(_ count: Int, within: Int) -> Phrase {
            if within == 0 {
                return Phrase(en: "Actions due on the day of the review: \(count).",
                              vi: "Hành động đến hạn trong ngày họp: \(count).")
            }
            return Phrase(en: "Actions due within \(within) days: \(count).",
                          vi: "Hành động đến hạn trong \(within) ngày tới: \(count).")
        }

        /// Days to close of the actions closed in the year (median and 90th percentile).
        public static func closingSummary(median: String?, p90: String?, closed: Int, year: Int) -> Phrase {
            guard let median, let p90, closed > 0 else {
                return Phrase(en: "No action was closed in \(year) yet.", vi: "Chưa có hành động nào hoàn thành trong năm \(year).")
            }
            let actions = closed == 1 ? "1 action" : "\(closed) actions"
            return Phrase(en: "Days to close (\(actions) closed in \(year)): median \(median), 90th percentile \(p90).",
                          vi: "Thời gian hoàn thành (\(closed) hành động đóng trong năm \(year)): trung vị \(median) ngày, "
                              + "phân vị 90 là \(p90) ngày.")
        }

        /// Every phrase without arguments, for the catalogue test.
        public static let catalogue: [Phrase] = [
            body, heldOn, chair, attendees, scope, wholeOrganisation, notRecorded, notes, decisions, allDecisions,
            actionItems, none, noData, id, title, unit, due, status, value, target, indicator, counted, decidedOn,
            kind, dates, findings, daysOverdue, audit, notSyncedBack, daysLeft, cannotBeMet, offPace,
        ]
    }
}
