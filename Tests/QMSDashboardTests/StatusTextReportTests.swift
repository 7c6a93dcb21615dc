import Testing
import QMSDomain
import QMSStore
import TermUI
@testable import QMSDashboard

/// The text form of `isodash status` as a department head over SSH sees it.
struct StatusTextReportTests {
    func report(_ language: Language = .en, width: Int = 80, height: Int = 24, colour: Bool = false,
                ascii: Bool = false) -> StatusTextReport {
        StatusTextReport(language: language, width: width, height: height, colour: colour, ascii: ascii,
                         utcOffset: 7 * 3600)
    }

    func expectFits(_ lines: [String], width: Int, height: Int, _ comment: Comment? = nil) {
        #expect(lines.count <= height, comment)
        for line in lines {
            #expect(DisplayWidth.of(line) <= width, "\(DisplayWidth.of(line)) columns: \(line)")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                    "raw control character in \(line.debugDescription)")
        }
    }

    @Test(arguments: Language.allCases, [false, true])
    func crowdedStoreFitsEightyByTwentyFour(language: Language, ascii: Bool) {
        let lines = report(language, ascii: ascii).lines(StatusFixtures.crowded)
        expectFits(lines, width: 80, height: 24)
        #expect(lines.count == 24, "the screen should be used, not left half empty")
        let text = lines.joined(separator: "\n")
        // The worst of each list is named, the rest counted.
        #expect(text.contains("MT-1 "))
        #expect(text.contains("HD-1 "), "the most overdue action is named")
        #expect(text.contains("199"), "with its days overdue")
        #expect(text.contains("DG-1 "))
        #expect(text.contains("+"), "a +N more line counts the rest")
        let verdict = language == .en ? "Needs attention: 15 objectives off track, 40 actions overdue"
                                       : (ascii ? "Can chu y: 15 muc tieu chua dat, 40 hanh dong qua han"
                                                : "Cần chú ý: 15 mục tiêu chưa đạt, 40 hành động quá hạn")
        #expect(lines.last == verdict)
        if ascii {
            #expect(text.utf8.allSatisfy { $0 == 0x0A || (0x20...0x7E).contains($0) }, "non-ASCII in ASCII mode")
            #expect(text.contains("..."))
        } else {
            #expect(text.contains("…"), "long titles are cut with an ellipsis")
        }
    }

    @Test func moreLinesAddUpToTheHiddenRows() throws {
        let lines = report().lines(StatusFixtures.crowded)
        let shownActions = lines.filter { $0.hasPrefix("  HD-") }.count
        let shownObjectives = lines.filter { $0.contains(" MT-") }.count
        let more = lines.filter { $0.hasPrefix("  +") }
        #expect(shownActions > 0 && shownObjectives > 0)
        #expect(more.contains("  +\(40 - shownActions) more (all of them in --json)"))
        #expect(more.contains("  +\(20 - shownObjectives) more (all of them in --json)"))
    }

    @Test func longDecomposedTitleIsCutWithoutBreakingAWord() throws {
        let lines = report(.vi).lines(StatusFixtures.crowded)
        let row = try #require(lines.first { $0.contains("MT-1 ") })
        #expect(DisplayWidth.of(row) <= 80)
        // The cut keeps whole grapheme clusters: what is shown is a prefix of the title, accents included.
        let shown = try #require(row.split(separator: "…").first).split(separator: "  ").last.map(String.init)
        let title = StatusFixtures.longNFDTitle
        #expect(title.hasPrefix(try #require(shown)))
        #expect(try #require(shown).count > 20, "the title gets most of the line")
    }

    @Test(arguments: [(40, 10), (60, 16), (100, 40), (132, 50), (30, 6), (80, 3)])
    func anySizeIsRespected(width: Int, height: Int) {
        for language in Language.allCases {
            let lines = report(language, width: width, height: height).lines(StatusFixtures.crowded)
            expectFits(lines, width: width, height: height)
            #expect(lines.last?.hasPrefix(language == .en ? "Needs attention" : "Cần chú ý") == true,
                    "the verdict stays visible")
        }
    }

    @Test func healthyScopeShowsEverythingAndSaysSo() {
        let lines = report().lines(StatusFixtures.healthy)
        #expect(lines == [
            "Status of Văn phòng Sở (VP) as of 2026-11-25",
            "Last sync 2026-11-24 14:30 (1 day ago)",
            "",
            "Objectives 2026: 2 — 0 off track, 0 at risk, 1 met, 1 no data",
            "",
            "Open audits: 1",
            "  DG-01  2026-11-10  in progress  Đánh giá nội bộ đợt 2 năm 2026           no NC",
            "",
            "Overdue actions: 0 of 2 open",
            "",
            "Actions due within 14 days: 0",
            "",
            "Nothing needs attention: no objective off track, no action overdue",
        ])
    }

    @Test func offTrackAndAtRiskObjectivesAreNamedWithValueAndTarget() {
        let english = report().lines(StatusFixtures.small)
        #expect(english.contains { $0.hasPrefix("  ✗ MT-01  Tỷ lệ văn bản đến điện tử") && $0.hasSuffix("62.5% / 90%  cannot be met") })
        #expect(english.contains { $0.hasPrefix("  ! MT-02  Thời gian giải quyết hồ sơ") && $0.hasSuffix("5.83 / ≤5 ngày") })
        #expect(!english.contains { $0.contains("MT-03") }, "objectives without data are counted, not named")
        #expect(english.contains("Objectives 2026: 3 — 1 off track, 1 at risk, 0 met, 1 no data"))
        let vietnamese = report(.vi).lines(StatusFixtures.small)
        #expect(vietnamese.contains { $0.hasSuffix("62,5% / 90%  không thể đạt") }, "Vietnamese writes a decimal comma")
        #expect(vietnamese.contains { $0.hasSuffix("5,83 / ≤5 ngày") })
        #expect(vietnamese.contains("Mục tiêu 2026: 3 — 1 chưa đạt, 1 có nguy cơ, 0 đạt, 1 chưa có số liệu"))
        let plain = report(ascii: true).lines(StatusFixtures.small)
        #expect(plain.contains { $0.hasPrefix("  x MT-01  Ty le van ban den dien tu") && $0.hasSuffix("62.5% / 90%  cannot be met") })
        #expect(plain.contains { $0.hasSuffix("5.83 / <=5 ngay") })
    }

    @Test func overdueActionsShowIdDaysAndUnit() throws {
        let english = report().lines(StatusFixtures.small)
        let row = try #require(english.first { $0.contains("HD-07") })
        #expect(row.hasPrefix("  HD-07  143 days  Phòng Hành chính – Tổng"))
        #expect(row.hasSuffix("  Khắc phục điểm không phù hợp 8.5.1"), "a short title is shown whole")
        #expect(english.contains("Overdue actions: 1 of 4 open"))
        let vietnamese = report(.vi).lines(StatusFixtures.small)
        #expect(vietnamese.contains { $0.hasPrefix("  HD-07  143 ngày  Phòng Hành chính – Tổng") })
        #expect(vietnamese.contains("Hành động quá hạn: 1 trên 4 đang mở"))
    }

    @Test func dueSoonActionsAreNamedWithDaysLeftAndDoNotChangeTheVerdict() throws {
        let english = report().lines(StatusFixtures.small)
        #expect(english.contains("Actions due within 14 days: 1"))
        #expect(english.contains("  HD-09  in 3 days  Phòng Hành chính – Tổng hợp  Rà soát quy trình lưu trữ hồ sơ"))
        let vietnamese = report(.vi).lines(StatusFixtures.small)
        #expect(vietnamese.contains("Hành động đến hạn trong 14 ngày tới: 1"))
        #expect(vietnamese.contains { $0.hasPrefix("  HD-09  còn 3 ngày  Phòng Hành chính – Tổng")
            && $0.hasSuffix("  Rà soát quy trình lưu trữ hồ sơ") })

        var healthy = StatusFixtures.healthy
        healthy.dueWithin = 0
        healthy.dueSoonActions = [StatusFixtures.dueSoon("HD-10", daysLeft: 0)]
        healthy.counts.dueSoon = 1
        let lines = report().lines(healthy)
        #expect(lines.contains("Actions due today: 1"))
        #expect(lines.contains { $0.hasPrefix("  HD-10  today  ") })
        #expect(lines.last == "Nothing needs attention: no objective off track, no action overdue",
                "due soon alone needs no attention")
    }

    @Test func objectivesOffPaceAreNamedEvenWhenMetSoFar() throws {
        var snapshot = StatusFixtures.healthy
        snapshot.objectives[0].pace = ObjectivePace(required: 96, recent: 91.2, reachable: true, onPace: false)
        let english = report().lines(snapshot)
        let row = try #require(english.first { $0.contains("MT-01") })
        #expect(row.hasPrefix("  ✓ MT-01  "))
        #expect(row.hasSuffix("96.5% / 90%  off pace"), "marked in words, not by colour alone")
        let vietnamese = report(.vi).lines(snapshot)
        #expect(vietnamese.contains { $0.contains("MT-01") && $0.hasSuffix("96,5% / 90%  chậm tiến độ") })
        snapshot.objectives[0].pace = ObjectivePace(required: 96, recent: 97, reachable: true, onPace: true)
        #expect(!report().lines(snapshot).contains { $0.contains("MT-01") }, "met and on pace: counted, not named")
    }

    @Test func unitNamesGetTheRoomShortTitlesLeave() throws {
        var snapshot = StatusFixtures.small
        snapshot.overdueActions[0].action.title = "Sửa quy trình"
        let row = try #require(report().lines(snapshot).first { $0.contains("HD-07") })
        #expect(row == "  HD-07  143 days  Phòng Hành chính – Tổng hợp  Sửa quy trình")
        snapshot.overdueActions[0].unitName = nil
        #expect(report().lines(snapshot).contains("  HD-07  143 days  HC  Sửa quy trình"),
                "the unit id stands in for an unknown name")
    }

    @Test func auditsShowStartStatusAndNonconformities() {
        let english = report().lines(StatusFixtures.small)
        #expect(english.contains { $0.hasPrefix("  DG-01  2026-11-10  in progress  Đánh giá nội bộ") && $0.hasSuffix("1 major, 2 minor NC") })
        let vietnamese = report(.vi).lines(StatusFixtures.small)
        #expect(vietnamese.contains { $0.hasPrefix("  DG-01  10/11/2026  đang thực hiện  Đánh giá") && $0.hasSuffix("KPH 1 nặng, 2 nhẹ") })
    }

    @Test func freshnessLinesSayWhenAndWhatWasRejected() {
        let english = report().lines(StatusFixtures.small)
        #expect(english[1] == "Last sync 2026-11-24 14:30 (1 day ago)")
        #expect(english[2] == "1 file rejected since the last clean sync: actions-bad.csv")
        let vietnamese = report(.vi).lines(StatusFixtures.small)
        #expect(vietnamese[0] == "Tình hình Văn phòng Sở (VP) tính đến 25/11/2026")
        #expect(vietnamese[1] == "Đồng bộ lần cuối 24/11/2026 14:30 (1 ngày trước)")
        #expect(vietnamese[2] == "1 tệp bị từ chối từ lần đồng bộ không lỗi gần nhất: actions-bad.csv")

        var never = StatusFixtures.healthy
        never.freshness = DataFreshness(lastSync: nil, rejectedFiles: [])
        #expect(report().lines(never)[1] == "No data synced yet: run `isodash sync PATH...` first")
    }

    @Test func utcOffsetMovesTheSyncTimeAcrossMidnight() {
        // 07:30 UTC is 23:30 the day before in UTC−8.
        let lines = StatusTextReport(language: .en, utcOffset: -8 * 3600).lines(StatusFixtures.healthy)
        #expect(lines[1] == "Last sync 2026-11-23 23:30 (2 days ago)")
    }

    @Test func wholeOrganisationWithoutARootNameIsNamedSo() {
        var snapshot = StatusFixtures.healthy
        snapshot.scope = ScopeSummary(unitID: nil, name: nil, unitCount: 12)
        #expect(report().lines(snapshot)[0] == "Status of whole organisation as of 2026-11-25")
        #expect(report(.vi).lines(snapshot)[0] == "Tình hình toàn cơ quan tính đến 25/11/2026")
    }

    @Test func colourOnlyWhenAskedAndItTakesNoColumns() {
        let plain = report().lines(StatusFixtures.crowded)
        #expect(!plain.joined().contains("\u{1B}"))
        let coloured = report(colour: true).lines(StatusFixtures.crowded)
        let joined = coloured.joined(separator: "\n")
        #expect(joined.contains("\u{1B}[31m"), "off track and overdue in red")
        #expect(joined.contains("\u{1B}[1;31mNeeds attention"))
        #expect(coloured.map(stripSGR) == plain, "colour changes no character and no column")
        let healthy = report(colour: true).lines(StatusFixtures.healthy)
        #expect(healthy.last == "\u{1B}[32mNothing needs attention: no objective off track, no action overdue\u{1B}[0m")
    }

    @Test(arguments: hostileTexts)
    func storeTextCannotReachTheTerminalRaw(hostile: String) {
        var snapshot = StatusFixtures.small
        snapshot.objectives[0].objective.title = hostile
        snapshot.overdueActions[0].action.title = hostile
        snapshot.overdueActions[0].unitName = hostile
        snapshot.openAudits[0].audit.title = hostile
        snapshot.scope.name = hostile
        snapshot.freshness.rejectedFiles = [hostile]
        for ascii in [false, true] {
            let lines = report(ascii: ascii).lines(snapshot)
            expectFits(lines, width: 80, height: 24)
            #expect(!lines.joined().unicodeScalars.contains { (0x202A...0x202E).contains($0.value) })
        }
    }

    @Test func listsShareTheLinesFairly() {
        // Two lines left: the first list takes its only row, the next gets its only row too.
        #expect(StatusTextReport.allocate(demand: [1, 0, 1], budget: 2, priority: [0, 2, 1]) == [1, 0, 1])
        // Showing some but not all of a list costs a +N more line.
        #expect(StatusTextReport.allocate(demand: [10, 0, 0], budget: 4, priority: [0, 2, 1]) == [3, 0, 0])
        // The last row of a list replaces its +1 more line.
        #expect(StatusTextReport.allocate(demand: [3, 0, 0], budget: 3, priority: [0, 2, 1]) == [3, 0, 0])
        // Round robin: objectives, then actions, then audits.
        #expect(StatusTextReport.allocate(demand: [20, 7, 40], budget: 11, priority: [0, 2, 1]) == [3, 2, 3])
        #expect(StatusTextReport.allocate(demand: [5, 5, 5], budget: 0, priority: [0, 2, 1]) == [0, 0, 0])
    }
}

let hostileTexts = [
    "before\u{1B}[2Jafter",
    "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}",
    "\u{9B}31mred",
    "invoice\u{202E}fdp.exe",
    "tab\there\nnew\rline\u{07}bell\u{7F}del\u{00}nul",
    "\u{301}dangling mark",
]

/// `text` without ANSI SGR sequences.
func stripSGR(_ text: String) -> String {
    var output = ""
    var inSequence = false
    for scalar in text.unicodeScalars {
        if inSequence {
            if scalar == "m" { inSequence = false }
            continue
        }
        if scalar == "\u{1B}" { inSequence = true; continue }
        output.unicodeScalars.append(scalar)
    }
    return output
}
