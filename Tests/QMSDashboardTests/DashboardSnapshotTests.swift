import Foundation
import QMSDashboard
import QMSDomain
import TermUI
import Testing

/// Every screen as text, at 80×24 (an SSH session) and 132×40 (a projector), in both
/// languages, from the fixture store as of 2026-11-25; plus the unit scope, a filter,
/// details, overlays, an empty store, ASCII mode and a terminal below the minimum.
@Suite struct DashboardSnapshotTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var screen: DashboardScreen = .overview
        var language: Language = .en
        var width = 80
        var height = 24
        var mode: RenderMode = .unicode
        var empty = false
        var scope: String?
        var filter: String?
        var detail: ScreenDetail?
        var overlay: Overlay?
        var keys: [Key] = []

        var testDescription: String { name }
    }

    static var cases: [Case] {
        var cases: [Case] = []
        for screen in DashboardScreen.allCases {
            for language in Language.allCases {
                for (width, height) in [(80, 24), (132, 40)] {
                    cases.append(Case(name: "\(screen.commandName)_\(language.rawValue)_\(width)x\(height)", screen: screen,
                                      language: language, width: width, height: height))
                }
            }
        }
        cases += [
            Case(name: "overview_vi_unitScope", language: .vi, scope: "VP"),
            Case(name: "objectives_en_filter", screen: .objectives, filter: "van phong"),
            Case(name: "objectives_en_filterNoMatch", screen: .objectives, filter: "không có"),
            Case(name: "objectives_en_sortedByTitle", screen: .objectives, keys: [.char("s"), .char("s")]),
            Case(name: "objectiveDetail_en", screen: .objectives, detail: .objective(id: "MT-01")),
            Case(name: "objectiveDetail_vi_measured", screen: .objectives, language: .vi, detail: .objective(id: "MT-02")),
            Case(name: "objectiveDetail_en_hostileTitle", screen: .objectives, detail: .objective(id: "MT-07")),
            Case(name: "objectiveDetail_en_132x40", screen: .objectives, width: 132, height: 40, detail: .objective(id: "MT-03")),
            Case(name: "auditDetail_en", screen: .audits, detail: .audit(id: "DG-01")),
            Case(name: "auditDetail_vi", screen: .audits, language: .vi, detail: .audit(id: "DG-01")),
            Case(name: "actions_en_overdueOnly", screen: .actions, keys: [.char("o")]),
            Case(name: "units_vi_scoped", screen: .units, language: .vi, scope: "SO"),
            Case(name: "syncFile_en", screen: .sync, detail: .syncFile(id: 4)),
            Case(name: "syncFile_vi", screen: .sync, language: .vi, detail: .syncFile(id: 4)),
            Case(name: "help_en", overlay: .help),
            Case(name: "help_vi_ascii", language: .vi, mode: .ascii, overlay: .help),
            Case(name: "unitPicker_en", overlay: .unitPicker(query: "")),
            Case(name: "unitPicker_vi_query", language: .vi, overlay: .unitPicker(query: "van phong")),
            Case(name: "overview_vi_ascii", language: .vi, mode: .ascii),
            Case(name: "objectiveDetail_vi_ascii", screen: .objectives, language: .vi, mode: .ascii, detail: .objective(id: "MT-01")),
            Case(name: "overview_en_empty", empty: true),
            Case(name: "sync_vi_empty", screen: .sync, language: .vi, empty: true),
            Case(name: "tooSmall_en", width: 50, height: 12),
            Case(name: "tooSmall_vi", language: .vi, width: 59, height: 16),
        ]
        return cases
    }

    @Test(arguments: cases)
    func screenMatchesSnapshot(_ testCase: Case) throws {
        let fixture = try DashboardFixture.StoreFile(populated: !testCase.empty)
        defer { fixture.remove() }
        let view = fixture.view(testCase.language, mode: testCase.mode)
        var state = DashboardState(screen: testCase.screen, scopeUnitID: testCase.scope)
        if let filter = testCase.filter { state.filter = filter }
        state.detail = testCase.detail
        state.overlay = testCase.overlay
        for key in testCase.keys { state = DashboardReducer.reduce(state, key) }
        // Twice, as the terminal would after a key: the second frame starts from the
        // positions the first one settled.
        _ = view.render(&state, width: testCase.width, height: testCase.height)
        let text = TextBackend.render(view.render(&state, width: testCase.width, height: testCase.height))
        if DashboardSnapshotSupport.isRecording {
            try DashboardSnapshotSupport.record(text, name: testCase.name)
            return
        }
        let expected = try #require(DashboardSnapshots.all[testCase.name],
                                    "no snapshot '\(testCase.name)'; run with ISODASH_RECORD_SNAPSHOTS=1 to record it")
        #expect(text == expected, "\(testCase.name) differs at \(DashboardSnapshotSupport.firstDifference(text, expected))")
    }
}
