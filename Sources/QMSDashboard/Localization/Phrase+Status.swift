import QMSDomain

extension Phrase {
    /// The words of `isodash status` (its text form; the JSON form speaks no language).
    ///
    /// A namespace of its own, so that the dashboard's phrases (`Phrase.Dashboard`) may
    /// use the same short names. Counts and dates arrive already formatted
    /// (`Day.text(_:)`, `StatusTextReport`'s number format), so each language decides
    /// only word order and plurals.
    public enum Status {
        // MARK: Heading and freshness

        /// The scope when no single unit names it.
        public static let wholeOrganisation = Phrase(en: "whole organisation", vi: "toàn cơ quan")

        /// The first line: who the figures speak for and the day they are computed for.
        public static func statusHeading(scope: String, asOf date: String) -> Phrase {
            Phrase(en: "Status of \(scope) as of \(date)", vi: "Tình hình \(scope) tính đến \(date)")
        }

        /// When the store last changed; `age` is a `syncAge` phrase in the same language.
        public static func lastSync(_ time: String, age: String) -> Phrase {
            Phrase(en: "Last sync \(time) (\(age))", vi: "Đồng bộ lần cuối \(time) (\(age))")
        }

        /// A store into which no file was ever applied: every figure below is empty.
        public static let neverSynced = Phrase(
            en: "No data synced yet: run `isodash sync PATH...` first",
            vi: "Chưa đồng bộ dữ liệu: hãy chạy `isodash sync PATH...` trước")

        /// How long before the as-of day the last sync ran, in days. Read as "ago" since
        /// the as-of day is today unless `--as-of` moved it; negative: the sync ran after
        /// the as-of day (a report reproduced for an earlier meeting).
        public static func syncAge(days: Int) -> Phrase {
            switch days {
            case ..<0: return Phrase(en: "after the as-of day", vi: "sau ngày tính")
            case 0: return Phrase(en: "today", vi: "hôm nay")
            case 1: return Phrase(en: "1 day ago", vi: "1 ngày trước")
            default: return Phrase(en: "\(days) days ago", vi: "\(days) ngày trước")
            }
        }

        /// Files the last syncs could not apply: the figures may be missing their rows.
        public static func rejectedFiles(_ count: Int, names: String) -> Phrase {
            let files = count == 1 ? "1 file" : "\(count) files"
            return Phrase(en: "\(files) rejected since the last clean sync: \(names)",
                          vi: "\(count) tệp bị từ chối từ lần đồng bộ không lỗi gần nhất: \(names)")
        }

        // MARK: Objectives

        /// The objectives section heading with its total.
        public static func objectivesHeading(year: Int, count: Int) -> Phrase {
            Phrase(en: "Objectives \(year): \(count)", vi: "Mục tiêu \(year): \(count)")
        }

        /// No objective of the as-of year in scope.
        public static func noObjectives(year: Int) -> Phrase {
            Phrase(en: "Objectives \(year): none in this scope", vi: "Mục tiêu \(year): không có trong phạm vi này")
        }

        /// One status count of the objectives line, e.g. `3 at risk`.
        public static func objectiveCount(_ count: Int, _ status: ObjectiveStatus) -> Phrase {
            Phrase(en: "\(count) \(status.label(.en))", vi: "\(count) \(status.label(.vi))")
        }

        /// The mark of an objective that cannot be met by its due day any more
        /// (`ObjectivePace.isUnreachable`): words, so it reads without colour.
        public static let cannotBeMet = Phrase(en: "cannot be met", vi: "không thể đạt")

        /// The mark of an objective still reachable whose last three months run short
        /// of the rate the rest of the period needs (`ObjectivePace.isOffPace`).
        public static let offPace = Phrase(en: "off pace", vi: "chậm tiến độ")

        // MARK: Audits

        /// The open-audits section heading.
        public static func openAuditsHeading(_ count: Int) -> Phrase {
            Phrase(en: "Open audits: \(count)", vi: "Cuộc đánh giá đang mở: \(count)")
        }

        /// Nonconformities of an audit by grade, short enough for a table cell (NC / KPH:
        /// nonconformity / không phù hợp, the abbreviations audit reports use).
        public static func nonconformities(major: Int, minor: Int) -> Phrase {
            var en: [String] = [], vi: [String] = []
            if major > 0 { en.append("\(major) major"); vi.append("\(major) nặng") }
            if minor > 0 { en.append("\(minor) minor"); vi.append("\(minor) nhẹ") }
            if en.isEmpty { return Phrase(en: "no NC", vi: "không có KPH") }
            return Phrase(en: en.joined(separator: ", ") + " NC", vi: "KPH " + vi.joined(separator: ", "))
        }

        // MARK: Actions

        /// The actions section heading: how many are open, how many of them overdue.
        public static func actionsHeading(open: Int, overdue: Int) -> Phrase {
            Phrase(en: "Overdue actions: \(overdue) of \(open) open",
                   vi: "Hành động quá hạn: \(overdue) trên \(open) đang mở")
        }

        /// Days past due, in the overdue-actions table (the heading already says "overdue").
        public static func days(_ count: Int) -> Phrase {
            Phrase(en: count == 1 ? "1 day" : "\(count) days", vi: "\(count) ngày")
        }

        /// The due-soon section heading: open or in-progress actions due from the
        /// as-of day to `within` days later.
        public static func dueSoonHeading(_ count: Int, within: Int) -> Phrase {
            if within == 0 {
                return Phrase(en: "Actions due today: \(count)", vi: "Hành động đến hạn hôm nay: \(count)")
            }
            return Phrase(en: "Actions due within \(within) days: \(count)",
                          vi: "Hành động đến hạn trong \(within) ngày tới: \(count)")
        }

        /// Days until an action's due day, in the due-soon table.
        public static func daysLeft(_ count: Int) -> Phrase {
            switch count {
            case ...0: return Phrase(en: "today", vi: "hôm nay")
            case 1: return Phrase(en: "in 1 day", vi: "còn 1 ngày")
            default: return Phrase(en: "in \(count) days", vi: "còn \(count) ngày")
            }
        }

        // MARK: Lists and verdict

        /// The line standing for rows the screen had no room for.
        public static func more(_ count: Int) -> Phrase {
            Phrase(en: "+\(count) more (all of them in --json)", vi: "+\(count) mục khác (xem đủ với --json)")
        }

        /// The closing line when `isodash status` exits 1.
        public static func needsAttention(offTrack: Int, overdue: Int) -> Phrase {
            var en: [String] = [], vi: [String] = []
            if offTrack > 0 {
                en.append(offTrack == 1 ? "1 objective off track" : "\(offTrack) objectives off track")
                vi.append("\(offTrack) mục tiêu chưa đạt")
            }
            if overdue > 0 {
                en.append(overdue == 1 ? "1 action overdue" : "\(overdue) actions overdue")
                vi.append("\(overdue) hành động quá hạn")
            }
            return Phrase(en: "Needs attention: " + en.joined(separator: ", "),
                          vi: "Cần chú ý: " + vi.joined(separator: ", "))
        }

        /// The closing line when `isodash status` exits 0.
        public static let nothingNeedsAttention = Phrase(
            en: "Nothing needs attention: no objective off track, no action overdue",
            vi: "Không có gì cần chú ý: không mục tiêu nào chưa đạt, không hành động nào quá hạn")
    }

    /// Every phrase of `Phrase.Status`, those with values called with sample values,
    /// so that a test can check no translation is empty.
    public static let statusCatalogue: [Phrase] = [
        Status.wholeOrganisation,
        Status.statusHeading(scope: "X", asOf: "2026-01-01"),
        Status.lastSync("2026-01-01 08:00", age: "1"),
        Status.neverSynced,
        Status.syncAge(days: -1), Status.syncAge(days: 0), Status.syncAge(days: 1), Status.syncAge(days: 2),
        Status.rejectedFiles(1, names: "a.csv"), Status.rejectedFiles(2, names: "a.csv, b.csv"),
        Status.objectivesHeading(year: 2026, count: 3),
        Status.noObjectives(year: 2026),
        Status.objectiveCount(1, .met), Status.objectiveCount(1, .atRisk),
        Status.objectiveCount(1, .offTrack), Status.objectiveCount(1, .noData),
        Status.cannotBeMet, Status.offPace,
        Status.openAuditsHeading(2),
        Status.nonconformities(major: 0, minor: 0), Status.nonconformities(major: 1, minor: 2),
        Status.actionsHeading(open: 5, overdue: 2),
        Status.days(1), Status.days(2),
        Status.dueSoonHeading(2, within: 14), Status.dueSoonHeading(1, within: 0),
        Status.daysLeft(0), Status.daysLeft(1), Status.daysLeft(5),
        Status.more(3),
        Status.needsAttention(offTrack: 1, overdue: 0), Status.needsAttention(offTrack: 2, overdue: 3),
        Status.nothingNeedsAttention,
    ]
}
