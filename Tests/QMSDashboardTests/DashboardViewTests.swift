import Foundation
@testable import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import Testing

/// Behaviour of the drawn dashboard beyond what snapshots show: refresh after a sync,
/// freshness warnings, sanitising, layout at odd sizes.
@Suite struct DashboardViewTests {
    func text(_ view: DashboardView, _ state: inout DashboardState, width: Int = 80, height: Int = 24) -> String {
        TextBackend.render(view.render(&state, width: width, height: height))
    }

    @Test func aSyncInAnotherProcessIsShownKeepingCursorAndScope() throws {
        let fixture = try DashboardFixture.StoreFile()
        defer { fixture.remove() }
        let data = DashboardData(store: fixture.store, asOf: DashboardFixture.asOf)
        let view = DashboardView(data: data, context: RenderContext(language: .en, asOf: DashboardFixture.asOf,
                                                                    timeZone: TimeZone(identifier: "UTC")!))
        var state = DashboardState(screen: .objectives, scopeUnitID: "SO")
        _ = text(view, &state)
        state = DashboardReducer.reduce(DashboardReducer.reduce(state, .down), .down)
        #expect(text(view, &state).contains("1/1") == false)
        #expect(!data.refreshIfChanged(), "nothing changed yet")

        let writer = try Store.open(path: fixture.path, mode: .readWrite)
        try RecordWriter<ObjectiveRecord>(store: writer).upsert(
            ObjectiveRecord(id: "MT-99", title: "Mục tiêu mới sau đồng bộ", year: 2026, unitID: "TT", target: 70))
        writer.close()

        #expect(data.refreshIfChanged())
        let screen = text(view, &state)
        #expect(screen.contains("Mục tiêu mới sau đồng bộ"))
        #expect(state.position(.objectives).cursor == 2, "the cursor stays where it was")
        #expect(state.scopeUnitID == "SO")
    }

    @Test func headerWarnsWhenTheLastSyncIsOld() {
        let context = RenderContext(language: .en, asOf: DashboardFixture.asOf, timeZone: TimeZone(identifier: "UTC")!)
        let recent = HeaderBar.freshnessItems(DataFreshness(lastSync: DashboardFixture.secondRun, rejectedFiles: []),
                                              context: context)
        #expect(recent.map(\.text) == ["synced 2026-11-24 07:30"])
        let old = Date(timeIntervalSince1970: 1_794_009_600)  // 2026-11-07
        let stale = HeaderBar.freshnessItems(DataFreshness(lastSync: old, rejectedFiles: ["a.csv", "b.csv"]), context: context)
        #expect(stale.map(\.text) == ["⚠ last sync 18 days ago", "⚠ 2 files rejected"])
        #expect(stale.allSatisfy { $0.style.role == .warning || $0.style.role == .error })
        let never = HeaderBar.freshnessItems(DataFreshness(lastSync: nil, rejectedFiles: []),
                                             context: RenderContext(language: .vi, asOf: DashboardFixture.asOf, mode: .ascii))
        #expect(never.map(\.text) == ["! chưa đồng bộ"])
    }

    @Test func textFromTheStoreNeverReachesTheTerminalRaw() throws {
        let fixture = try DashboardFixture.StoreFile()
        defer { fixture.remove() }
        for mode in RenderMode.allCases {
            var state = DashboardState(screen: .objectives)
            let buffer = fixture.view(mode: mode).render(&state, width: 132, height: 40)
            for y in 0..<buffer.height {
                for x in 0..<buffer.width {
                    let scalars = buffer[x, y].symbol.unicodeScalars
                    #expect(!scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                            "control character at \(x),\(y) in \(mode)")
                    let isASCII = scalars.allSatisfy { $0.isASCII }
                    if mode == .ascii { #expect(isASCII, "non-ASCII at \(x),\(y)") }
                }
            }
        }
    }

    @Test func everyScreenDrawsAtEverySizeWithoutLosingTheFooter() throws {
        let fixture = try DashboardFixture.StoreFile()
        defer { fixture.remove() }
        let view = fixture.view()
        for screen in DashboardScreen.allCases {
            for (width, height) in [(60, 16), (61, 17), (100, 30), (200, 60)] {
                var state = DashboardState(screen: screen)
                let screenText = text(view, &state, width: width, height: height)
                let lines = screenText.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == height)
                #expect(lines.last?.hasPrefix("q Quit") == true, "\(screen) at \(width)×\(height) keeps its footer")
                #expect(!screenText.contains("Cannot read the store"), "\(screen) at \(width)×\(height)")
            }
        }
    }

    @Test func anUnknownScopeSaysSoInsteadOfFailing() throws {
        let fixture = try DashboardFixture.StoreFile()
        defer { fixture.remove() }
        var state = DashboardState(scopeUnitID: "NOPE")
        #expect(text(fixture.view(), &state).contains("No unit with id 'NOPE'"))
    }

    @Test func numbersFollowTheLanguage() {
        let en = RenderContext(language: .en, asOf: DashboardFixture.asOf)
        let vi = RenderContext(language: .vi, asOf: DashboardFixture.asOf)
        #expect(en.number(1020.5) == "1,020.5")
        #expect(vi.number(1020.5) == "1.020,5")
        #expect(en.number(85) == "85")
        #expect(en.number(87.87878) == "87.9")
        #expect(en.number(-3.04) == "-3")
        #expect(en.number(0.96, decimals: 1) == "1")
        #expect(en.number(1_234_567) == "1,234,567")
        #expect(vi.measured(5.4, measure: "ngày") == "5,4 ngày")
    }

    @Test func configFileSetsThemeAndUnitAndReportsMistakes() {
        let config = DashboardConfig.parse("""
            # comment
            theme = "projector"  # for the meeting room
            unit = "VP"
            colour = "red"
            theme2
            """, source: "/home/a/.config/isodash/config")
        #expect(config.theme == "projector")
        #expect(config.unit == "VP")
        #expect(config.warnings.count == 2)
        #expect(config.warnings[0].hasPrefix("/home/a/.config/isodash/config:4: unknown key 'colour'"))
        #expect(config.warnings[1].hasPrefix("/home/a/.config/isodash/config:5: cannot read this line"))
        #expect(DashboardConfig.path(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/isodash/config")
        #expect(DashboardConfig.path(environment: ["HOME": "/h"]) == "/h/.config/isodash/config")
    }
}
