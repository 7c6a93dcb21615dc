import QMSDomain

extension Phrase.Dashboard {
    // Texts with values: functions, so arguments are type-checked and both languages
    // are written side by side. `samples` calls each one for the catalogue test.

    static func asOf(_ day: Day) -> Phrase {
        Phrase(en: "as of \(day.text(.en))", vi: "tính đến \(day.text(.vi))")
    }

    static func lastSync(_ en: String, _ vi: String) -> Phrase {
        Phrase(en: "synced \(en)", vi: "đồng bộ \(vi)")
    }

    static func staleSync(days: Int) -> Phrase {
        Phrase(en: "last sync \(days) days ago", vi: "lần đồng bộ cuối cách đây \(days) ngày")
    }

    static func rejectedFiles(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 file rejected" : "\(count) files rejected",
               vi: "\(count) tệp bị từ chối")
    }

    static func unitCount(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 unit" : "\(count) units", vi: "\(count) đơn vị")
    }

    static func terminalSize(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> Phrase {
        Phrase(en: "Now \(width)×\(height); enlarge it to at least \(minimumWidth)×\(minimumHeight).",
               vi: "Hiện \(width)×\(height); hãy phóng to tối thiểu \(minimumWidth)×\(minimumHeight).")
    }

    static func objectivesOffTrack(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 objective off track" : "\(count) objectives off track",
               vi: "\(count) mục tiêu chưa đạt")
    }

    static func objectivesAtRisk(_ count: Int) -> Phrase {
        Phrase(en: "\(count) at risk", vi: "\(count) có nguy cơ")
    }

    static func actionsOverdue(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 action overdue" : "\(count) actions overdue",
               vi: "\(count) hành động quá hạn")
    }

    static func offTrackShort(_ count: Int) -> Phrase {
        Phrase(en: "\(count) off track", vi: "\(count) chưa đạt")
    }

    static func overdueShort(_ count: Int) -> Phrase {
        Phrase(en: "\(count) overdue", vi: "\(count) quá hạn")
    }

    static func metShort(_ met: Int, of total: Int) -> Phrase {
        Phrase(en: "\(met)/\(total) met", vi: "đạt \(met)/\(total)")
    }

    static func auditsOpen(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 audit open" : "\(count) audits open", vi: "\(count) cuộc đánh giá đang mở")
    }

    static func objectivesMet(_ met: Int, of total: Int) -> Phrase {
        Phrase(en: "\(met) of \(total) met", vi: "đạt \(met)/\(total)")
    }

    static func days(_ count: Int) -> Phrase {
        Phrase(en: "\(count) d", vi: "\(count) ngày")
    }

    static func daysLate(_ count: Int) -> Phrase {
        Phrase(en: count == 1 ? "1 day late" : "\(count) days late", vi: "trễ \(count) ngày")
    }

    static func noMatch(_ query: String) -> Phrase {
        Phrase(en: "Nothing matches “\(query)” (Esc clears the filter)",
               vi: "Không có kết quả cho “\(query)” (Esc để xoá bộ lọc)")
    }

    static func filtered(_ query: String) -> Phrase {
        Phrase(en: "filter “\(query)”", vi: "lọc “\(query)”")
    }

    static func position(_ index: Int, of total: Int) -> Phrase {
        Phrase(en: "\(index)/\(total)", vi: "\(index)/\(total)")
    }

    static func sortedBy(_ how: Phrase.Dashboard) -> Phrase {
        Phrase(en: "sorted \(how.phrase.english)", vi: "sắp xếp \(how.phrase.vietnamese)")
    }

    static func year(_ year: Int) -> Phrase {
        Phrase(en: "year \(year)", vi: "năm \(year)")
    }

    /// "84.5% ≥ target 80%: met", and the other rows of the status table in words.
    static func ruleMet(value: String, comparison: String, target: String) -> Phrase {
        Phrase(en: "\(value) \(comparison) target \(target), so: met",
               vi: "\(value) \(comparison) chỉ tiêu \(target) nên: đạt")
    }

    static func ruleAtRisk(value: String, comparison: String, target: String, bound: String, margin: String) -> Phrase {
        Phrase(en: "\(value) misses the target \(target) but is within the margin \(margin) (\(comparison) \(bound)), so: at risk",
               vi: "\(value) chưa đạt chỉ tiêu \(target) nhưng trong ngưỡng \(margin) (\(comparison) \(bound)) nên: có nguy cơ")
    }

    static func ruleOffTrack(value: String, comparison: String, target: String, bound: String, margin: String) -> Phrase {
        Phrase(en: "\(value) misses the target \(target) by more than the margin \(margin) (\(comparison) \(bound)), so: off track",
               vi: "\(value) chưa đạt chỉ tiêu \(target), vượt quá ngưỡng \(margin) (\(comparison) \(bound)) nên: chưa đạt")
    }

    static func yearToDate(_ period: String) -> Phrase {
        Phrase(en: "year to date (\(period))", vi: "từ đầu năm (\(period))")
    }

    /// "Jan–Nov 2026", "tháng 01–11/2026": months of one year.
    static func months(from first: Period, to last: Period) -> Phrase {
        let firstName = first.text(.en).split(separator: " ").first.map(String.init) ?? ""
        let pad = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        if first == last { return Phrase(en: last.text(.en), vi: "tháng \(pad(last.index))/\(last.year)") }
        return Phrase(en: "\(firstName)–\(last.text(.en))",
                      vi: "tháng \(pad(first.index))–\(pad(last.index))/\(last.year)")
    }

    static func latestPeriod(_ period: String) -> Phrase {
        Phrase(en: "latest period \(period)", vi: "kỳ gần nhất \(period)")
    }

    static func ratio(_ numerator: String, of denominator: String) -> Phrase {
        Phrase(en: "\(numerator) of \(denominator)", vi: "\(numerator) trên \(denominator)")
    }

    static func findingCounts(major: Int, minor: Int, observation: Int, improvement: Int) -> Phrase {
        Phrase(en: "\(major) major · \(minor) minor · \(observation) obs. · \(improvement) OFI",
               vi: "\(major) nặng · \(minor) nhẹ · \(observation) k.nghị · \(improvement) c.tiến")
    }

    /// Counts arrive formatted for the language (`3,332` / `3.332`).
    static func rowCounts(inserted: String, updated: String, deleted: String, unchanged: String) -> Phrase {
        Phrase(en: "\(inserted) new, \(updated) changed, \(deleted) deleted, \(unchanged) unchanged",
               vi: "\(inserted) mới, \(updated) sửa, \(deleted) xoá, \(unchanged) không đổi")
    }

    static func errorsOfFile(_ name: String, count: Int) -> Phrase {
        Phrase(en: "\(name): \(count == 1 ? "1 error" : "\(count) errors")", vi: "\(name): \(count) lỗi")
    }

    static func moreErrors(_ count: Int) -> Phrase {
        Phrase(en: "… and \(count) more not stored (the log keeps the first \(50))",
               vi: "… và \(count) lỗi khác không được lưu (nhật ký chỉ giữ \(50) lỗi đầu)")
    }

    static func line(_ number: Int) -> Phrase {
        Phrase(en: "line \(number)", vi: "dòng \(number)")
    }

    static func record(_ number: Int) -> Phrase {
        Phrase(en: "record \(number)", vi: "bản ghi \(number)")
    }

    static func unknownUnit(_ id: String) -> Phrase {
        Phrase(en: "No unit with id '\(id)' in the store; press u to choose one",
               vi: "Không có đơn vị mã '\(id)' trong kho dữ liệu; nhấn u để chọn")
    }

    static func ageBucket(_ label: String) -> Phrase {
        Phrase(en: "\(label) days", vi: "\(label) ngày")
    }

    static func unitFilter(_ name: String) -> Phrase {
        Phrase(en: "unit: \(name)", vi: "đơn vị: \(name)")
    }

    static func ownerFilter(_ text: String) -> Phrase {
        Phrase(en: "owner “\(text)”", vi: "người thực hiện “\(text)”")
    }

    static func statusFilter(_ en: String, _ vi: String) -> Phrase {
        Phrase(en: "status: \(en)", vi: "trạng thái: \(vi)")
    }

    static func dueIn(_ days: Int) -> Phrase {
        Phrase(en: "in \(days) d", vi: "còn \(days) ngày")
    }

    /// Actions due soon, in the overview's summary line.
    static func dueSoonCount(_ count: Int) -> Phrase {
        Phrase(en: "\(count) due soon", vi: "\(count) sắp đến hạn")
    }

    /// The overview's actions panel when it lists due-soon actions after the overdue ones.
    static func overdueAndDueSoon(_ dueSoon: Int) -> Phrase {
        Phrase(en: "Overdue actions + \(dueSoon) due soon", vi: "Hành động quá hạn + \(dueSoon) sắp đến hạn")
    }

    /// Days to close of the scope's actions closed this year, under the actions list;
    /// `median` and `p90` already rounded and formatted, nil when nothing closed.
    static func daysToClose(median: String?, p90: String?, closed: Int) -> Phrase {
        guard let median, let p90, closed > 0 else {
            return Phrase(en: "Days to close: nothing closed this year",
                          vi: "Ngày xử lý: chưa có hành động nào đóng trong năm")
        }
        return Phrase(en: "Days to close: median \(median), p90 \(p90) (\(closed) closed)",
                      vi: "Ngày xử lý: trung vị \(median), p90 \(p90) (\(closed) đã đóng)")
    }

    /// An action due today, in a table cell.
    static let dueToday = Phrase(en: "today", vi: "hôm nay")

    /// The word put before an objective's title on the overview when it cannot be met
    /// any more or runs off pace (status is never shown by colour alone).
    static func paceMark(unreachable: Bool) -> Phrase {
        unreachable ? Phrase(en: "cannot be met", vi: "không thể đạt") : Phrase(en: "off pace", vi: "chậm tiến độ")
    }

    /// The objective detail's pace in words: what the rest of the period needs
    /// against what the last three months reached. `what` names the indicator.
    static func paceNeeds(days: Int, required: String, lower: Bool, what: String, recent: String?) -> Phrase {
        let enDays = days == 1 ? "The remaining day needs" : "The remaining \(days) days need"
        let enAmount = lower ? "at most \(required)" : required
        let enRecent = recent.map { "the last three months reached \($0)" } ?? "the last three months have no data"
        let viAmount = lower ? "không quá \(required)" : required
        let viRecent = recent.map { "ba tháng gần nhất đạt \($0)" } ?? "ba tháng gần nhất chưa có số liệu"
        return Phrase(en: "\(enDays) \(enAmount) of \(what); \(enRecent).",
                      vi: "\(days) ngày còn lại cần \(viAmount) \(what); \(viRecent).")
    }

    /// How the pace concludes, after `paceNeeds`; nil when nothing can be concluded.
    static func paceVerdict(unreachable: Bool, onPace: Bool?) -> Phrase? {
        if unreachable {
            return Phrase(en: "It can no longer be met by its due day.", vi: "Không thể đạt được trước hạn.")
        }
        switch onPace {
        case true?: return Phrase(en: "On pace.", vi: "Đúng tiến độ.")
        case false?: return Phrase(en: "Off pace.", vi: "Chậm tiến độ.")
        case nil: return nil
        }
    }

    /// The due day itself: nothing remains, the year's value is final.
    static func paceDueToday(met: Bool) -> Phrase {
        met ? Phrase(en: "Due today: the target is met.", vi: "Đến hạn hôm nay: đã đạt chỉ tiêu.")
            : Phrase(en: "Due today: the target can no longer be met.",
                     vi: "Đến hạn hôm nay: không thể đạt chỉ tiêu nữa.")
    }

    /// One call of every function above, for the catalogue test.
    static var samples: [Phrase] {
        let day = Day(year: 2026, month: 11, day: 25)!
        return [
            asOf(day), lastSync("2026-11-24 08:00", "24/11/2026 08:00"), staleSync(days: 12), rejectedFiles(1),
            rejectedFiles(2), unitCount(1), unitCount(3),
            terminalSize(width: 50, height: 12, minimumWidth: 60, minimumHeight: 16),
            objectivesOffTrack(1), objectivesOffTrack(2), objectivesAtRisk(1), actionsOverdue(1), actionsOverdue(3),
            auditsOpen(1), auditsOpen(2), offTrackShort(2), overdueShort(3), metShort(1, of: 2), objectivesMet(3, of: 5), days(3), daysLate(1), daysLate(4),
            noMatch("van phong"), filtered("x"), position(1, of: 3), sortedBy(.sortByStatus), year(2026),
            ruleMet(value: "90%", comparison: "≥", target: "85%"),
            ruleAtRisk(value: "82%", comparison: "≥", target: "85%", bound: "80%", margin: "5"),
            ruleOffTrack(value: "70%", comparison: "<", target: "85%", bound: "80%", margin: "5"),
            yearToDate("Jan–Nov 2026"),
            months(from: Period.parse("2026-01")!, to: Period.parse("2026-11")!),
            months(from: Period.parse("2026-01")!, to: Period.parse("2026-01")!), latestPeriod("2026-Q3"), ratio("812", of: "1,020"),
            findingCounts(major: 1, minor: 2, observation: 3, improvement: 0),
            rowCounts(inserted: "1", updated: "2", deleted: "0", unchanged: "5"), errorsOfFile("units.csv", count: 1),
            errorsOfFile("units.csv", count: 3), moreErrors(7), line(3), record(2), unknownUnit("X"),
            ageBucket("1–30"), unitFilter("Văn phòng"), statusFilter("open", "mở"), dueIn(5), ownerFilter("nguyen"),
            dueSoonCount(2), overdueAndDueSoon(3), dueToday, daysToClose(median: "12", p90: "30", closed: 8),
            daysToClose(median: nil, p90: nil, closed: 0), paceMark(unreachable: true), paceMark(unreachable: false),
            paceNeeds(days: 46, required: "114.3%", lower: false, what: "x", recent: "87.1%"),
            paceNeeds(days: 1, required: "5%", lower: true, what: "x", recent: nil),
            paceVerdict(unreachable: true, onPace: nil)!, paceVerdict(unreachable: false, onPace: true)!,
            paceVerdict(unreachable: false, onPace: false)!, paceDueToday(met: true), paceDueToday(met: false),
        ]
    }
}
