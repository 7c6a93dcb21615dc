import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import Testing

/// Issue 11 on the actions screen and the units scorecard: days left beside days late,
/// the scope's due-soon count and days to close, and the due-soon column, in words and
/// numbers (never by colour alone) and within 80×24.
@Suite struct ScreensLookAheadTests {
    /// `screen` drawn from the overview's look-ahead fixture (one action due today, one
    /// in 3 days, both in VP), with `dueWithin` days counted as soon.
    func lines(_ screen: DashboardScreen, _ language: Language, dueWithin: Int = DueSoonRule.defaultDays,
               width: Int = 80, height: Int = 24) throws -> [String] {
        let fixture = try OverviewLookAheadTests().fixture()
        defer { fixture.remove() }
        let view = DashboardView(data: DashboardData(store: fixture.store, asOf: DashboardFixture.asOf,
                                                     dueWithin: dueWithin),
                                 context: RenderContext(language: language, asOf: DashboardFixture.asOf, mode: .unicode,
                                                        timeZone: TimeZone(identifier: "UTC")!))
        var state = DashboardState(screen: screen)
        _ = view.render(&state, width: width, height: height)
        let lines = TextBackend.render(view.render(&state, width: width, height: height)).components(separatedBy: "\n")
        for line in lines { #expect(DisplayWidth.of(line) <= width, "wider than \(width): \(line)") }
        return lines
    }

    @Test func actionsDueSoonShowTheirDaysLeftAndTheScreenCountsThem() throws {
        let english = try lines(.actions, .en)
        #expect(english.contains { $0.contains("today") && $0.contains("Họp rà soát mục tiêu") })
        #expect(english.contains { $0.contains("in 3 d") && $0.contains("Cập nhật sổ theo dõi hồ sơ") })
        #expect(english.contains { $0.contains("2 due soon · Days to close: median 78, p90 78 (1 closed)") })

        let vietnamese = try lines(.actions, .vi)
        #expect(vietnamese.contains { $0.contains("hôm nay") && $0.contains("Họp rà soát mục tiêu") })
        #expect(vietnamese.contains { $0.contains("còn 3 ngày") })
        #expect(vietnamese.contains { $0.contains("2 sắp đến hạn · Ngày xử lý: trung vị 78, p90 78 (1 đã đóng)") })

        let todayOnly = try lines(.actions, .en, dueWithin: 0)
        #expect(todayOnly.contains { $0.contains("1 due soon") }, "--due-within 0: only the one due today")
    }

    @Test func theScorecardCountsDueSoonPerSubtreeAndShowsDaysToCloseWhenWide() throws {
        let narrow = try lines(.units, .en)
        #expect(narrow.contains { $0.contains("Due soon") })
        #expect(!narrow.contains { $0.contains("Days to close") }, "80 columns: no room")
        let office = try #require(narrow.first { $0.contains("Văn phòng Sở") })
        #expect(office.contains(" 2 "), "VP's two due-soon actions: \(office)")

        let wide = try lines(.units, .vi, width: 132, height: 40)
        #expect(wide.contains { $0.contains("Sắp đến hạn") && $0.contains("Ngày xử lý") })
        let top = try #require(wide.first { $0.contains("Sở Thông tin và Truyền thông") && $0.contains("│▸") })
        #expect(top.contains("78/78"), "median/p90 of the one action closed: \(top)")
    }
}
