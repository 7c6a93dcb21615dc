import Foundation
import Testing

/// The dashboard end to end: the built binary in a real terminal (tmux), driven by keys,
/// read back from the screen. Skipped only when tmux is not installed.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxDashboardTests {
    /// A sandbox with the fixture store, and the dashboard started on it in tmux.
    final class Running {
        let runner = BinaryRunner()
        let tmux: TmuxSession

        init(language: String = "en", environment: [String: String] = [:], arguments: [String] = [],
             width: Int = 80, height: Int = 24) throws {
            let store = runner.home.appendingPathComponent("store.sqlite").path
            try DashboardStoreFixture.create(at: store)
            var variables = runner.baseEnvironment
            variables["SWIFT_BACKTRACE"] = "interactive=no"
            variables.merge(environment) { $1 }
            tmux = try TmuxSession(arguments: ["--db", store, "--as-of", DashboardStoreFixture.asOf, "--lang", language]
                                   + arguments, environment: variables, width: width, height: height)
        }

        deinit {
            tmux.kill()
            runner.cleanUp()
        }
    }

    @Test func opensOnTheOverviewAndMovesBetweenScreens() throws {
        let app = try Running()
        let overview = try app.tmux.waitFor("Quality objectives 2026")
        #expect(overview.contains("as of 2026-11-25"))
        #expect(overview.contains("1 file rejected"), "the header warns about the rejected file")
        #expect(overview.contains("q Quit"), "the footer lists the keys")
        try app.tmux.send("2")
        try app.tmux.waitFor("Objectives 2026")
        try app.tmux.send("6")
        try app.tmux.waitFor("Sync log")
        try app.tmux.send("1")
        try app.tmux.waitFor("Quality objectives 2026")
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
        #expect(try app.tmux.alternateScreenOn() == false)
    }

    @Test func filterIgnoresCaseAndDiacritics() throws {
        let app = try Running()
        try app.tmux.waitFor("Quality objectives")
        try app.tmux.send("2")
        try app.tmux.waitFor("Mức độ hài lòng")
        try app.tmux.send("/")
        try app.tmux.type("VAN phong")
        let filtered = try app.tmux.waitFor("Filter: VAN phong")
        #expect(filtered.contains("Tỷ lệ hồ sơ giải quyết đúng hạn"), "Văn phòng Sở's objective is kept")
        #expect(!filtered.contains("Mức độ hài lòng"), "the organisation's objective is filtered out")
        try app.tmux.send("Enter")
        try app.tmux.waitFor("filter “VAN phong”")
        try app.tmux.send("Escape")
        try app.tmux.waitFor("Mức độ hài lòng")
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func drillsIntoAnObjectiveAndBackOut() throws {
        let app = try Running()
        try app.tmux.waitFor("Quality objectives")
        try app.tmux.send("2")
        try app.tmux.waitFor("Objectives 2026")
        try app.tmux.send("Enter")
        let detail = try app.tmux.waitFor("Why")
        #expect(detail.contains("MT-01 Tỷ lệ hồ sơ giải quyết đúng hạn"))
        #expect(detail.contains("misses the target 95%"))
        try app.tmux.send("Escape")
        try app.tmux.waitFor("sorted by status")
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func unitsSetTheScopeAndThePickerFindsAUnitWithoutDiacritics() throws {
        let app = try Running()
        try app.tmux.waitFor("Quality objectives")
        try app.tmux.send("5")
        try app.tmux.waitFor("Unit scorecard")
        func header(startsWith name: String) -> (String) -> Bool {
            { $0.hasPrefix(" " + name) }
        }
        try app.tmux.send("Down", "Enter")
        let scoped = try app.tmux.waitUntil("Phòng Bưu chính in the header", header(startsWith: "Phòng Bưu chính"))
        #expect(scoped.contains("Unit scorecard · in scope"))
        try app.tmux.send("Escape")
        try app.tmux.waitUntil("the whole organisation in the header", header(startsWith: "Sở Thông tin và Truyền thông (3 units)"))
        try app.tmux.send("u")
        try app.tmux.waitFor("Choose a unit")
        try app.tmux.type("van phong")
        try app.tmux.waitFor("> van phong")
        try app.tmux.send("Enter")
        try app.tmux.waitUntil("Văn phòng Sở in the header", header(startsWith: "Văn phòng Sở"))
        try app.tmux.send("1")
        let overview = try app.tmux.waitFor("Quality objectives")
        #expect(!overview.contains("Mức độ hài lòng"), "the organisation-wide objective is outside the unit's scope")
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func asksToEnlargeBelowTheMinimumAndRecovers() throws {
        let app = try Running()
        try app.tmux.waitFor("Quality objectives")
        try app.tmux.send("6")
        try app.tmux.waitFor("Sync log")
        try app.tmux.resize(width: 50, height: 12)
        try app.tmux.waitFor("The terminal is too small")
        try app.tmux.resize(width: 80, height: 24)
        try app.tmux.waitFor("Sync log")
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func controlCQuitsAndRestoresTheTerminal() throws {
        let app = try Running()
        try app.tmux.waitFor("Quality objectives")
        #expect(try app.tmux.alternateScreenOn())
        try app.tmux.send("C-c")
        #expect(try app.tmux.waitForExit() == 0)
        #expect(try app.tmux.alternateScreenOn() == false)
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func signalsQuitWithStatusZero(_ signal: Int32) throws {
        let app = try Running()
        try app.tmux.waitFor("Quality objectives")
        let pid = try app.tmux.isodashPID()
        Foundation.kill(pid, signal)
        #expect(try app.tmux.waitForExit() == 0)
        #expect(try app.tmux.alternateScreenOn() == false)
    }

    @Test func plainCLocaleDrawsASCIIWithDiacriticsFolded() throws {
        let app = try Running(environment: ["LANG": "C"])
        let screen = try app.tmux.waitFor("Quality objectives")
        #expect(screen.contains("+---"), "borders are ASCII")
        #expect(screen.contains("Ty le ho so giai quyet dung han"), "Vietnamese is folded, not garbled")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "nothing but ASCII reaches the terminal")
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func noColorDrawsWithoutColourButKeepsStatusWords() throws {
        let app = try Running(environment: ["NO_COLOR": "1"])
        try app.tmux.waitFor("Quality objectives")
        let styled = try app.tmux.capture(escapes: true)
        #expect(!TmuxSession.setsColour(styled), "no colour reaches the terminal")
        let screen = try app.tmux.capture()
        #expect(screen.contains("off track"), "status is a word, not a colour")
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func coloursByDefault() throws {
        // The check above would pass on a terminal that never draws colour at all.
        let app = try Running()
        try app.tmux.waitFor("Quality objectives")
        let styled = try app.tmux.capture(escapes: true)
        #expect(TmuxSession.setsColour(styled))
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func speaksVietnamese() throws {
        let app = try Running(language: "vi")
        let screen = try app.tmux.waitFor("Mục tiêu chất lượng 2026")
        #expect(screen.contains("tính đến 25/11/2026"))
        #expect(screen.contains("q Thoát"))
        try app.tmux.send("q")
        #expect(try app.tmux.waitForExit() == 0)
    }

    @Test func refusesWithoutATerminal() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let store = runner.home.appendingPathComponent("store.sqlite").path
        try DashboardStoreFixture.create(at: store)
        let result = try runner.run(["--db", store, "--as-of", DashboardStoreFixture.asOf])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("isodash status"))
        #expect(result.stderr.contains("isodash dump"))
    }
}
