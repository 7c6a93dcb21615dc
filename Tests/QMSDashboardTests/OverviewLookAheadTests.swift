import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import Testing

/// Issue 11 on the overview: due-soon actions beside the overdue ones, and objectives
/// that cannot be met any more marked in words.
@Suite struct OverviewLookAheadTests {
    /// The dashboard fixture with two more actions: one due on the as-of day, one in 3 days.
    func fixture() throws -> DashboardFixture.StoreFile {
        let fixture = try DashboardFixture.StoreFile()
        let writer = try Store.open(path: fixture.path, mode: .readWrite)
        defer { writer.close() }
        let actions = try writer.writer(for: ActionRecord.self)
        try writer.write {
            try actions.upsert(ActionRecord(id: "HD-08", title: "Cập nhật sổ theo dõi hồ sơ", unitID: "VP",
                                            owner: "Nguyễn Văn An", openedOn: DashboardFixture.day("2026-11-01"),
                                            dueOn: DashboardFixture.day("2026-11-28"), status: .open))
            try actions.upsert(ActionRecord(id: "HD-09", title: "Họp rà soát mục tiêu", unitID: "VP",
                                            openedOn: DashboardFixture.day("2026-11-01"),
                                            dueOn: DashboardFixture.asOf, status: .inProgress))
        }
        return fixture
    }

    func overview(_ language: Language, width: Int = 80, height: Int = 24) throws -> [String] {
        let fixture = try fixture()
        defer { fixture.remove() }
        var state = DashboardState(screen: .overview)
        let view = fixture.view(language)
        _ = view.render(&state, width: width, height: height)
        return TextBackend.render(view.render(&state, width: width, height: height)).components(separatedBy: "\n")
    }

    @Test func dueSoonActionsFollowTheOverdueOnesWithDaysLeft() throws {
        let english = try overview(.en, width: 132, height: 40)
        let text = english.joined(separator: "\n")
        #expect(text.contains("Overdue actions + 2 due soon"))
        #expect(text.contains("2 due soon"), "the summary line counts them")
        let overdueRow = try #require(english.firstIndex { $0.contains("Bổ sung thời hạn") })
        let todayRow = try #require(english.firstIndex { $0.contains("Họp rà soát mục tiêu") })
        let soonRow = try #require(english.firstIndex { $0.contains("Cập nhật sổ") }, "\(text)")
        #expect(overdueRow < todayRow && todayRow < soonRow, "overdue first, then the nearest due day")
        #expect(english[todayRow].contains("today"))
        #expect(english[soonRow].contains("in 3 d"), "days left in words, not by colour alone")

        let vietnamese = try overview(.vi, width: 132, height: 40).joined(separator: "\n")
        #expect(vietnamese.contains("Hành động quá hạn + 2 sắp đến hạn"))
        #expect(vietnamese.contains("còn 3 ngày"))
        #expect(vietnamese.contains("hôm nay"))
    }

    @Test func anObjectiveThatCannotBeMetIsMarkedInWords() throws {
        let english = try overview(.en)
        #expect(english.contains { $0.contains("cannot be met · Tỷ lệ văn bản đến") })
        let vietnamese = try overview(.vi, width: 132, height: 40)
        #expect(vietnamese.contains { $0.contains("không thể đạt · Tỷ lệ văn bản đến") })
    }
}
