import Foundation
import QMSDomain
import QMSStore
import Testing

/// `isodash review list | close | export` on a demo store, run as the real binary.
@Suite struct ReviewCommandTests {
    let asOf = "2026-11-25"
    let clock = Date(timeIntervalSince1970: 1_795_000_000)

    /// A department demo store with one review recorded through the store's API.
    func prepared() throws -> (BinaryRunner, String, Int64) {
        let runner = BinaryRunner()
        let db = runner.home.appendingPathComponent("store.sqlite").path
        let demo = try runner.run(["demo", "--no-open", "--db", db, "--as-of", asOf])
        #expect(demo.status == 0, "\(demo.stderr)")
        let store = try Store.open(path: db, mode: .readWrite)
        defer { store.close() }
        let review = try store.openReview(on: Day.parse(asOf)!, scopeUnitID: nil, title: "Xem xét quý IV",
                                          chair: "Giám đốc Sở", now: clock)
        try store.setReviewAttendees(reviewID: review.id, [ReviewAttendee(name: "Trần Thị B", role: "Thư ký ISO")])
        try store.addReviewEntry(reviewID: review.id, section: .resources, kind: .note,
                                 text: "Thiếu 2 biên chế CNTT", now: clock)
        try store.addReviewEntry(reviewID: review.id, section: .outputs, kind: .decision,
                                 text: "Bổ sung kinh phí số hoá hồ sơ, đợt 1", now: clock)
        try store.addReviewActionItem(reviewID: review.id, text: "Rà soát quy trình \"một cửa\", cập nhật",
                                      unitID: "STTTT-VP", dueOn: Day.parse("2026-12-31")!, now: clock)
        return (runner, db, review.id)
    }

    @Test func minutesFollowTheAgendaWithFiguresNotesDecisionsAndItems() throws {
        let (runner, db, id) = try prepared()
        defer { runner.cleanUp() }
        let minutes = try runner.run(["review", "export", "--db", db, "--lang", "vi"])
        #expect(minutes.status == 0, "\(minutes.stderr)")
        let text = minutes.stdout
        #expect(text.hasPrefix("# Biên bản họp xem xét của lãnh đạo: Xem xét quý IV\n"))
        #expect(text.contains("- Chủ trì: Giám đốc Sở"))
        #expect(text.contains("- Thành phần tham dự: Trần Thị B (Thư ký ISO)"))
        // Every agenda section, in the order of clause 9.3.
        var position = text.startIndex
        for section in ReviewSection.allCases {
            let heading = "## \(section.clause) \(section.title(.vi))"
            let found = try #require(text.range(of: heading, range: position..<text.endIndex), "missing \(heading)")
            position = found.upperBound
        }
        #expect(text.contains("Thiếu 2 biên chế CNTT"))
        #expect(text.contains("- Bổ sung kinh phí số hoá hồ sơ, đợt 1"))
        #expect(text.contains("| XXLD-\(id)-1 | Rà soát quy trình \"một cửa\", cập nhật | STTTT-VP | 31/12/2026 |"))
        // Figures from the store: the objectives summary counts the demo's 17 objectives.
        #expect(text.contains(" đạt, ") && text.contains("không đạt"))

        let plain = try runner.run(["review", "export", "\(id)", "--db", db, "--format", "txt", "--lang", "en"])
        #expect(plain.stdout.hasPrefix("Minutes of the management review: Xem xét quý IV\n====="))
        #expect(!plain.stdout.contains("| "))
    }

    @Test func aClosedReviewsMinutesDoNotChangeAfterASync() throws {
        let (runner, db, id) = try prepared()
        defer { runner.cleanUp() }
        let closed = try runner.run(["review", "close", "--db", db])
        #expect(closed.status == 0, "\(closed.stderr)")
        let before = try runner.run(["review", "export", "\(id)", "--db", db]).stdout

        // A later sync closes every overdue action of the Văn phòng.
        let store = try Store.open(path: db, mode: .readOnly)
        let overdue = try store.statusSnapshot(scope: .organisation, asOf: Day.parse(asOf)!).overdueActions
        store.close()
        #expect(!overdue.isEmpty)
        var csv = "id,title,unit_id,opened_on,due_on,closed_on,status\n"
        for summary in overdue {
            let action = summary.action
            csv += "\(action.id),Đã xong,\(action.unitID),\(action.openedOn),\(action.dueOn),\(asOf),done\n"
        }
        let file = runner.home.appendingPathComponent("actions-late.csv")
        try Data(csv.utf8).write(to: file)
        #expect(try runner.run(["sync", "--db", db, file.path]).status == 0)

        let after = try runner.run(["review", "export", "\(id)", "--db", db]).stdout
        #expect(after == before)
        let again = try runner.run(["review", "close", "\(id)", "--db", db])
        #expect(again.status == 2)
        #expect(again.stderr.contains("is closed"))
    }

    @Test func actionItemsExportAsAnActionsFileThatSyncAccepts() throws {
        let (runner, db, id) = try prepared()
        defer { runner.cleanUp() }
        let out = runner.home.appendingPathComponent("actions-review.csv").path
        let export = try runner.run(["review", "export", "--actions", "--out", out, "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        let csv = try String(contentsOfFile: out, encoding: .utf8)
        #expect(csv.hasPrefix("id,title,unit_id,finding_id,owner,opened_on,due_on,closed_on,status\r\n"))
        #expect(csv.contains("XXLD-\(id)-1,\"Rà soát quy trình \"\"một cửa\"\", cập nhật\",STTTT-VP,,,2026-11-25,2026-12-31,,open"))
        let sync = try runner.run(["sync", "--db", db, out])
        #expect(sync.status == 0, "\(sync.stdout)")
        #expect(sync.stdout.contains("actions: 1 inserted"))
    }

    @Test func listAndUsageErrors() throws {
        let (runner, db, id) = try prepared()
        defer { runner.cleanUp() }
        let list = try runner.run(["review", "list", "--db", db])
        #expect(list.stdout == "\(id)\t2026-11-25\topen\t-\tXem xét quý IV\n")
        #expect(try runner.run(["review", "lsit", "--db", db]).stderr.contains("did you mean 'list'?"))
        #expect(try runner.run(["review", "export", "x", "--db", db]).status == 2)
        #expect(try runner.run(["review", "export", "99", "--db", db]).stderr.contains("there is no review 99"))
    }

    @Test func aSecretaryRecordsTheMeetingLineByLineFromTheCommandLine() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let db = runner.home.appendingPathComponent("store.sqlite").path
        #expect(try runner.run(["demo", "--no-open", "--db", db, "--as-of", asOf]).status == 0)
        let common = ["--db", db, "--as-of", asOf, "--lang", "vi"]
        let start = try runner.run(["review", "start", "--chair", "Nguyễn Văn An", "--title", "Quý IV"] + common)
        #expect(start.status == 0, "\(start.stderr)")
        let id = start.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        // Starting again the same day resumes the same review.
        #expect(try runner.run(["review", "start"] + common).stdout == start.stdout)
        for arguments in [["review", "note", "c4", "Tồn 3 hồ sơ quá hạn"], ["review", "decide", "out", "Bổ sung kinh phí"],
                          ["review", "action", "Rà soát quy trình", "--owner", "STTTT-VP", "--due", "2026-12-31"],
                          ["review", "attendees", "Trần B (Thư ký ISO); Lê C"]] {
            let result = try runner.run(arguments + common)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let minutes = try runner.run(["review", "export"] + common).stdout
        #expect(minutes.contains("- Chủ trì: Nguyễn Văn An"))
        #expect(minutes.contains("- Thành phần tham dự: Trần B (Thư ký ISO), Lê C"))
        #expect(minutes.contains("- Tồn 3 hồ sơ quá hạn"))
        #expect(minutes.contains("| XXLD-\(id)-1 | Rà soát quy trình | STTTT-VP | 31/12/2026 |"))

        let badSection = try runner.run(["review", "note", "z", "x"] + common)
        #expect(badSection.status == 2)
        #expect(badSection.stderr.contains("expected one of a, b, c1"))
        let noOwner = try runner.run(["review", "action", "x"] + common)
        #expect(noOwner.stderr.contains("needs --owner UNIT and --due YYYY-MM-DD"))
        let unknownOwner = try runner.run(["review", "action", "x", "--owner", "NOPE", "--due", "2026-12-31"] + common)
        #expect(unknownOwner.status == 2)
        #expect(unknownOwner.stderr.contains("'NOPE'"))
    }

    @Test func reviewModeWithoutATerminalSaysWhatToUseInstead() throws {
        let (runner, db, _) = try prepared()
        defer { runner.cleanUp() }
        let result = try runner.run(["review", "--db", db])
        #expect(result.status == 2)
        #expect(result.stderr.contains("review mode needs a terminal"))
        #expect(result.stderr.contains("'isodash review export'"))
    }
}
