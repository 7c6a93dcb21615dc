import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import Testing

/// Review mode as text at 80×24 from the dashboard fixture store (as of 2026-11-25),
/// compared with the literals in `ReviewSnapshots/ReviewSnapshots.swift`. Run with
/// `ISODASH_RECORD_SNAPSHOTS=1` to rewrite that file from what the screen draws now.
@Suite struct ReviewViewSnapshotTests {
    struct Case: Sendable {
        var name: String
        var language: Language
        var section: ReviewSection
        var mode: RenderMode = .unicode
        var keys: [Key] = []
    }

    static let cases: [Case] = [
        Case(name: "nonconformities_en", language: .en, section: .nonconformities),
        Case(name: "nonconformities_vi", language: .vi, section: .nonconformities),
        Case(name: "objectives_vi_ascii", language: .vi, section: .objectives, mode: .ascii),
        Case(name: "outputs_en_unknownOwner", language: .en, section: .outputs,
             keys: [.char("a")] + "Rà soát quy trình".map { Key.char($0) } + [.enter] + "NOPE".map { Key.char($0) } + [.enter]),
    ] + ReviewSection.allCases.map { Case(name: "section_\($0.rawValue)_vi", language: .vi, section: $0) }

    /// The fixture store with a review recorded on it: attendees, a note and a decision
    /// on c) 4), a decision and an action item among the outputs.
    static func recordedReview(_ fixture: DashboardFixture.StoreFile) throws -> ReviewSession {
        let writer = try Store.open(path: fixture.path, mode: .readWrite)
        defer { writer.close() }
        let now = Date(timeIntervalSince1970: 1_795_600_000)
        let review = try writer.openReview(on: DashboardFixture.asOf, scopeUnitID: nil, title: "Quý IV",
                                           chair: "Nguyễn Văn An", now: now)
        try writer.setReviewAttendees(reviewID: review.id, [ReviewAttendee(name: "Trần Thị B", role: "Thư ký ISO"),
                                                            ReviewAttendee(name: "Lê Văn C")])
        try writer.addReviewEntry(reviewID: review.id, section: .nonconformities, kind: .note,
                                  text: "Tồn 3 hồ sơ quá hạn ở bộ phận một cửa", now: now)
        try writer.addReviewEntry(reviewID: review.id, section: .nonconformities, kind: .decision,
                                  text: "Bổ sung kinh phí số hoá hồ sơ", now: now)
        try writer.addReviewEntry(reviewID: review.id, section: .outputs, kind: .decision,
                                  text: "Cập nhật quy trình tiếp nhận hồ sơ", now: now)
        try writer.addReviewActionItem(reviewID: review.id, text: "Rà soát danh mục thủ tục", unitID: "VP",
                                       dueOn: Day(year: 2026, month: 12, day: 31)!, now: now)
        return try ReviewSession(store: fixture.store, review: review)
    }

    @Test func sectionsMatchTheirSnapshots() throws {
        let fixture = try DashboardFixture.StoreFile()
        defer { fixture.remove() }
        let session = try Self.recordedReview(fixture)
        var recorded: [(String, String)] = []
        for testCase in Self.cases {
            let view = ReviewView(context: RenderContext(language: testCase.language, asOf: DashboardFixture.asOf,
                                                         mode: testCase.mode, timeZone: TimeZone(identifier: "UTC")!))
            var state = ReviewState(section: testCase.section)
            for key in testCase.keys {
                let (next, request) = ReviewReducer.reduce(state, key, content: session.content)
                state = next
                if let request { state = ReviewReducer.resolve(state, session.perform(request, now: Date())) }
            }
            let text = TextBackend.render(view.render(&state, content: session.content, width: 80, height: 24))
            if DashboardSnapshotSupport.isRecording {
                recorded.append((testCase.name, text))
                continue
            }
            let expected = try #require(ReviewSnapshots.all[testCase.name],
                                        "no snapshot '\(testCase.name)'; run with ISODASH_RECORD_SNAPSHOTS=1 to record it")
            #expect(text == expected,
                    "\(testCase.name) differs at \(DashboardSnapshotSupport.firstDifference(text, expected))")
        }
        if DashboardSnapshotSupport.isRecording { try Self.record(recorded) }
    }

    @Test func aTerminalBelowTheMinimumIsAskedToGrow() throws {
        let fixture = try DashboardFixture.StoreFile()
        defer { fixture.remove() }
        let session = try Self.recordedReview(fixture)
        let view = ReviewView(context: RenderContext(language: .en, asOf: DashboardFixture.asOf))
        var state = ReviewState()
        let text = TextBackend.render(view.render(&state, content: session.content, width: 50, height: 12))
        #expect(text.contains("too small"))
    }

    /// Rewrites `ReviewSnapshots/ReviewSnapshots.swift` with every case.
    static func record(_ snapshots: [(String, String)]) throws {
        var source = """
            // Recorded by ReviewViewSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

            /// Review mode's screens, by name (see `ReviewViewSnapshotTests`).
            enum ReviewSnapshots {
                static let all: [String: String] = [

            """
        for (name, text) in snapshots {
            let indented = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "            " + $0 }.joined(separator: "\n")
            source += "        \"\(name)\": #\"\"\"\n\(indented)\n            \"\"\"#,\n"
        }
        source += "    ]\n}\n"
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ReviewSnapshots")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try source.write(to: folder.appendingPathComponent("ReviewSnapshots.swift"), atomically: true, encoding: .utf8)
    }
}
