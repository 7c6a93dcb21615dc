import Foundation
import Testing

/// Review mode end to end: the built binary in tmux, a decision typed in Vietnamese,
/// then the minutes exported by a second run. Skipped only when tmux is not installed.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TmuxReviewTests {
    @Test func aDecisionTypedInReviewModeIsInTheMinutes() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let store = runner.home.appendingPathComponent("store.sqlite").path
        try DashboardStoreFixture.create(at: store)
        var environment = runner.baseEnvironment
        environment["SWIFT_BACKTRACE"] = "interactive=no"
        let tmux = try TmuxSession(arguments: ["review", "--db", store, "--as-of", DashboardStoreFixture.asOf,
                                               "--lang", "vi"], environment: environment)
        defer { tmux.kill() }

        let first = try tmux.waitFor("mục 1/13")
        #expect(first.contains("Tình hình thực hiện các quyết định"), "the agenda starts at 9.3.2 a)")
        #expect(first.contains("d Kết luận"), "the footer lists the keys")
        try tmux.send("Right")
        try tmux.waitFor("mục 2/13")
        try tmux.send("d")
        try tmux.waitFor("Kết luận (9.3.2 b))")
        try tmux.type("Bổ sung kinh phí")
        try tmux.waitFor("Bổ sung kinh phí")
        try tmux.send("Enter")
        let saved = try tmux.waitFor("Đã lưu kết luận")
        #expect(saved.contains("▶ Kết luận: Bổ sung kinh phí"), "the decision shows at once")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)

        let minutes = try runner.run(["review", "export", "--db", store, "--lang", "vi"])
        #expect(minutes.status == 0, "\(minutes.stderr)")
        #expect(minutes.stdout.contains("## 9.3.2 b) Thay đổi của các vấn đề bên ngoài và nội bộ"))
        #expect(minutes.stdout.contains("- Bổ sung kinh phí"))
    }

    @Test func rOnTheDashboardOpensReviewModeForTheSameStore() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let store = runner.home.appendingPathComponent("store.sqlite").path
        try DashboardStoreFixture.create(at: store)
        var environment = runner.baseEnvironment
        environment["SWIFT_BACKTRACE"] = "interactive=no"
        let tmux = try TmuxSession(arguments: ["--db", store, "--as-of", DashboardStoreFixture.asOf, "--lang", "en"],
                                   environment: environment)
        defer { tmux.kill() }
        try tmux.waitFor("1 Overview")
        try tmux.send("r")
        let review = try tmux.waitFor("section 1/13")
        #expect(review.contains("Actions from previous reviews"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        let list = try runner.run(["review", "list", "--db", store])
        #expect(list.stdout.contains("\t\(DashboardStoreFixture.asOf)\topen\t"), "the day's review was opened")
    }
}
