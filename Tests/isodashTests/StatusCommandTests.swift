import Foundation
import Testing
@testable import isodash
import QMSDomain
import QMSStore

/// `isodash status` run in-process against a small store, as a script or cron job would.
///
/// The store: ORG ← DEPT-A ← DIV-A1, and ORG ← DEPT-B. DEPT-A's subtree is healthy on
/// 2026-11-25; DEPT-B has an objective off track and an action 55 days overdue.
@Suite struct StatusCommandTests {
    static let asOf = "2026-11-25"

    /// A fresh fixture store in its own folder; `remove()` deletes it.
    struct Fixture {
        let folder: URL
        var path: String { folder.appendingPathComponent("store.sqlite").path }

        init() throws {
            folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("isodash-status-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let store = try Store.open(path: path, mode: .readWrite)
            defer { store.close() }
            try Self.fill(store)
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }

        static func day(_ text: String) -> Day { Day.parse(text)! }
        static func june() -> Period { Period.parse("2026-06")! }

        static func fill(_ store: Store) throws {
            let units = try store.writer(for: UnitRecord.self)
            let objectives = try store.writer(for: ObjectiveRecord.self)
            let measurements = try store.writer(for: MeasurementRecord.self)
            let audits = try store.writer(for: AuditRecord.self)
            let findings = try store.writer(for: FindingRecord.self)
            let actions = try store.writer(for: ActionRecord.self)
            try store.write {
                try units.upsert(UnitRecord(id: "ORG", name: "Sở Thông tin và Truyền thông"))
                try units.upsert(UnitRecord(id: "DEPT-A", name: "Văn phòng Sở", parentID: "ORG"))
                try units.upsert(UnitRecord(id: "DIV-A1", name: "Tổ một cửa", parentID: "DEPT-A"))
                try units.upsert(UnitRecord(id: "DEPT-B", name: "Phòng Bưu chính", parentID: "ORG"))

                try objectives.upsert(ObjectiveRecord(id: "MT-A", title: "Tỷ lệ hồ sơ đúng hạn", year: 2026,
                                                      unitID: "DEPT-A", target: 90))
                try objectives.upsert(ObjectiveRecord(id: "MT-A1", title: "Thời gian giải quyết hồ sơ", year: 2026,
                                                      unitID: "DIV-A1", target: 5, measure: "ngày", direction: .lower))
                try objectives.upsert(ObjectiveRecord(id: "MT-B", title: "Tỷ lệ bưu gửi đúng hạn", year: 2026,
                                                      unitID: "DEPT-B", target: 90))
                try objectives.upsert(ObjectiveRecord(id: "MT-OLD", title: "Mục tiêu năm trước", year: 2025,
                                                      unitID: "DEPT-B", target: 90))
                try measurements.upsert(MeasurementRecord(objectiveID: "MT-A", period: june(), value: 95.255))
                try measurements.upsert(MeasurementRecord(objectiveID: "MT-A1", period: june(), value: 4))
                try measurements.upsert(MeasurementRecord(objectiveID: "MT-B", period: june(), value: 60))
                try measurements.upsert(MeasurementRecord(objectiveID: "MT-OLD", period: Period.parse("2025-06")!, value: 10))

                try audits.upsert(AuditRecord(id: "AUD-A", title: "Đánh giá nội bộ Văn phòng", kind: .internal,
                                              unitID: "DEPT-A", startsOn: day("2026-11-10"), status: .inProgress))
                try audits.upsert(AuditRecord(id: "AUD-DONE", title: "Đánh giá đã đóng", kind: .surveillance,
                                              unitID: "DEPT-A", startsOn: day("2026-03-01"),
                                              endsOn: day("2026-03-02"), status: .closed))
                try findings.upsert(FindingRecord(id: "F-A1", auditID: "AUD-A", unitID: "DIV-A1", grade: .major,
                                                  description: "Hồ sơ không được lưu đầy đủ"))

                try actions.upsert(ActionRecord(id: "ACT-A1", title: "Bổ sung hồ sơ", unitID: "DIV-A1",
                                                findingID: "F-A1", owner: "Trần Thị Bình",
                                                openedOn: day("2026-11-12"), dueOn: day("2026-12-31"), status: .open))
                try actions.upsert(ActionRecord(id: "ACT-A-DONE", title: "Đã xong", unitID: "DEPT-A",
                                                openedOn: day("2026-01-01"), dueOn: day("2026-02-01"),
                                                closedOn: day("2026-01-20"), status: .done))
                try actions.upsert(ActionRecord(id: "ACT-B1", title: "Rà soát quy trình bưu gửi", unitID: "DEPT-B",
                                                owner: "Lê Văn Cường", openedOn: day("2026-09-01"),
                                                dueOn: day("2026-10-01"), status: .inProgress))
            }
            let log = store.syncLog
            let synced = Date(timeIntervalSince1970: 1_795_505_400)  // 2026-11-24T07:30:00Z
            try log.record(SyncFileEntry(runID: 1, name: "units.csv", path: "/data/units.csv", sha256: "aa",
                                         kind: "units", state: .applied, startedAt: synced, finishedAt: synced))
        }
    }

    struct Outcome {
        var status: Int32
        var out: String
        var err: String
    }

    func run(_ arguments: [String], environment: [String: String] = ["LANG": "C.UTF-8"],
             terminal: Bool = false) -> Outcome {
        let out = TextOutput(), err = TextOutput()
        let context = CommandContext(environment: environment, today: Day(year: 2026, month: 11, day: 25)!,
                                     standardOutput: out, standardError: err,
                                     stdoutIsTerminal: terminal, stdinIsTerminal: false)
        let status = CommandLineTool.run(arguments: arguments, context: context)
        return Outcome(status: status, out: out.captured, err: err.captured)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func statusIsACommand() {
        #expect(CommandLineTool.command(named: "status") != nil, "register StatusCommand in CommandLineTool.commands")
    }

    // MARK: Exit status

    @Test func healthyScopeExitsZero() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = run(["status", "--db", fixture.path, "--unit", "DEPT-A", "--as-of", Self.asOf])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.isEmpty)
        #expect(result.out.hasSuffix("Nothing needs attention: no objective off track, no action overdue\n"))
    }

    @Test func offTrackAndOverdueExitOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let whole = run(["status", "--db", fixture.path, "--as-of", Self.asOf])
        #expect(whole.status == 1, "\(whole.err)")
        #expect(whole.err.isEmpty, "attention is a result, not an error")
        #expect(whole.out.hasSuffix("Needs attention: 1 objective off track, 1 action overdue\n"))
        #expect(whole.out.contains("ACT-B1  55 days  Phòng Bưu chính  Rà soát quy trình bưu gửi"))
        #expect(whole.out.contains("✗ MT-B  Tỷ lệ bưu gửi đúng hạn"))
    }

    @Test func anOverdueActionAloneExitsOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // In 2027 DIV-A1 has no objectives, and ACT-A1 (due 2026-12-31) is 5 days late.
        let result = run(["status", "--db", fixture.path, "--unit", "DIV-A1", "--as-of", "2027-01-05", "--json"])
        #expect(result.status == 1)
        let counts = try #require(try json(result.out)["counts"] as? [String: Int])
        #expect(counts["off_track"] == 0 && counts["overdue_actions"] == 1)
    }

    @Test func anOffTrackObjectiveAloneExitsOne() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // On 2026-09-30 ACT-B1 is not yet due; MT-B is off track.
        let result = run(["status", "--db", fixture.path, "--unit", "DEPT-B", "--as-of", "2026-09-30", "--json"])
        #expect(result.status == 1)
        let counts = try #require(try json(result.out)["counts"] as? [String: Int])
        #expect(counts["off_track"] == 1 && counts["overdue_actions"] == 0)
    }

    @Test func missingStoreExitsTwoWithOneLine() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let missing = fixture.folder.appendingPathComponent("nope.sqlite").path
        for arguments in [["status", "--db", missing], ["status", "--db", missing, "--json"]] {
            let result = run(arguments)
            #expect(result.status == 2)
            #expect(result.out.isEmpty)
            #expect(result.err.hasPrefix("isodash: no isodash store at \(missing)"))
            #expect(result.err.filter { $0 == "\n" }.count == 1, "one line: \(result.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: missing), "status never creates a store")
    }

    @Test func unreadableStoreExitsTwo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let garbage = fixture.folder.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: garbage)
        let result = run(["status", "--db", garbage.path])
        #expect(result.status == 2)
        #expect(result.err.contains("not an SQLite database"))
        #expect(result.err.filter { $0 == "\n" }.count == 1)
    }

    @Test func unknownUnitExitsTwo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = run(["status", "--db", fixture.path, "--unit", "dept-a"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.contains("'dept-a'"))
        #expect(result.err.filter { $0 == "\n" }.count == 1)
    }

    @Test func usageErrorsExitTwo() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        for arguments in [["status", "--db", fixture.path, "--unit", ""],
                          ["status", "--db", fixture.path, "--unit"],
                          ["status", "--db", fixture.path, "--jsn"],
                          ["status", "--db", fixture.path, "extra"]] {
            let result = run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.out.isEmpty)
            #expect(result.err.hasPrefix("isodash: status: "), "\(result.err)")
        }
    }

    // MARK: Scope

    @Test func unitScopeIncludesDescendantsAndNothingElse() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = run(["status", "--db", fixture.path, "--unit", "DEPT-A", "--as-of", Self.asOf, "--json"])
        let root = try json(result.out)
        let scope = try #require(root["scope"] as? [String: Any])
        #expect(scope["unit_id"] as? String == "DEPT-A")
        #expect(scope["name"] as? String == "Văn phòng Sở")
        let objectives = try #require(root["objectives"] as? [[String: Any]])
        #expect(Set(objectives.compactMap { $0["id"] as? String }) == ["MT-A", "MT-A1"],
                "DIV-A1's objective is in, DEPT-B's and last year's are out")
        let audits = try #require(root["open_audits"] as? [[String: Any]])
        #expect(audits.compactMap { $0["id"] as? String } == ["AUD-A"], "closed audits are not listed")
        #expect((root["overdue_actions"] as? [Any])?.isEmpty == true)
        let counts = try #require(root["counts"] as? [String: Int])
        #expect(counts == ["met": 2, "at_risk": 0, "off_track": 0, "no_data": 0, "open_audits": 1,
                           "open_actions": 1, "overdue_actions": 0, "due_soon": 0, "unreachable": 0,
                           "off_pace": 0])
    }

    // MARK: JSON

    @Test func jsonOfTheFixtureStoreFieldByField() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = run(["status", "--db", fixture.path, "--as-of", Self.asOf, "--json"])
        #expect(result.status == 1)
        let root = try json(result.out)
        #expect(root["as_of"] as? String == "2026-11-25")
        let scope = try #require(root["scope"] as? [String: Any])
        #expect(scope["unit_id"] is NSNull)
        #expect(scope["name"] as? String == "Sở Thông tin và Truyền thông", "the single root unit names the organisation")
        let store = try #require(root["store"] as? [String: Any])
        #expect(store["path"] as? String == fixture.path)
        #expect(store["last_sync"] as? String == "2026-11-24T07:30:00Z")
        #expect(store["rejected_files"] as? Int == 0)

        let objectives = try #require(root["objectives"] as? [[String: Any]])
        #expect(objectives.compactMap { $0["id"] as? String } == ["MT-B", "MT-A", "MT-A1"], "worst first, then by id")
        let offTrack = objectives[0]
        #expect(offTrack["title"] as? String == "Tỷ lệ bưu gửi đúng hạn")
        #expect(offTrack["unit_id"] as? String == "DEPT-B")
        #expect(offTrack["year"] as? Int == 2026)
        #expect(offTrack["indicator"] is NSNull)
        #expect(offTrack["value"] as? Double == 60)
        #expect(offTrack["target"] as? Double == 90)
        #expect(offTrack["measure"] as? String == "%")
        #expect(offTrack["direction"] as? String == "higher")
        #expect(offTrack["margin"] as? Double == 5)
        #expect(offTrack["status"] as? String == "off_track")
        #expect(objectives[1]["value"] as? Double == 95.26, "rounded to 2 decimals")
        #expect(objectives[2]["direction"] as? String == "lower")
        #expect(objectives[2]["measure"] as? String == "ngày")
        #expect(objectives[2]["margin"] as? Double == 0.5)

        let audits = try #require(root["open_audits"] as? [[String: Any]])
        #expect(audits.count == 1)
        #expect(audits[0]["id"] as? String == "AUD-A")
        #expect(audits[0]["kind"] as? String == "internal")
        #expect(audits[0]["unit_id"] as? String == "DEPT-A")
        #expect(audits[0]["starts_on"] as? String == "2026-11-10")
        #expect(audits[0]["ends_on"] is NSNull)
        #expect(audits[0]["status"] as? String == "in_progress")
        #expect(audits[0]["findings"] as? [String: Int] == ["major": 1, "minor": 0, "observation": 0, "improvement": 0])

        let actions = try #require(root["overdue_actions"] as? [[String: Any]])
        #expect(actions.count == 1)
        let action = actions[0]
        #expect(action["id"] as? String == "ACT-B1")
        #expect(action["title"] as? String == "Rà soát quy trình bưu gửi")
        #expect(action["unit_id"] as? String == "DEPT-B")
        #expect(action["owner"] as? String == "Lê Văn Cường")
        #expect(action["finding_id"] is NSNull)
        #expect(action["due_on"] as? String == "2026-10-01")
        #expect(action["days_overdue"] as? Int == 55)

        #expect(offTrack["pace"] as? [String: NSNull] == ["required": NSNull(), "recent": NSNull(),
                                                           "reachable": NSNull(), "on_pace": NSNull()],
                "measured objectives have no pace")
        #expect(root["due_within"] as? Int == 14)
        #expect((root["due_soon_actions"] as? [Any])?.isEmpty == true, "ACT-A1 is due in 36 days")
        let closing = try #require(root["closing"] as? [String: Any])
        #expect(closing["median_days"] as? Double == 19, "ACT-A-DONE: opened 1 January, closed the 20th")
        #expect(closing["p90_days"] as? Double == 19)
        #expect(closing["closed"] as? Int == 1)

        #expect(root["counts"] as? [String: Int] == ["met": 2, "at_risk": 0, "off_track": 1, "no_data": 0,
                                                     "open_audits": 1, "open_actions": 2, "overdue_actions": 1,
                                                     "due_soon": 0, "unreachable": 0, "off_pace": 0])
    }

    // MARK: Due soon

    @Test func dueWithinSetsTheWindowAndNeverTheExitStatus() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let base = ["status", "--db", fixture.path, "--unit", "DEPT-A", "--as-of", Self.asOf, "--json"]
        // ACT-A1 is due on 31 December: 36 days after the as-of day.
        let edge = run(base + ["--due-within", "36"])
        #expect(edge.status == 0, "due soon alone needs no attention: \(edge.err)")
        let root = try json(edge.out)
        #expect(root["due_within"] as? Int == 36)
        let soon = try #require(root["due_soon_actions"] as? [[String: Any]])
        #expect(soon.count == 1)
        #expect(soon.first?["id"] as? String == "ACT-A1")
        #expect(soon.first?["title"] as? String == "Bổ sung hồ sơ")
        #expect(soon.first?["unit_id"] as? String == "DIV-A1")
        #expect(soon.first?["owner"] as? String == "Trần Thị Bình")
        #expect(soon.first?["due_on"] as? String == "2026-12-31")
        #expect(soon.first?["days_left"] as? Int == 36)
        #expect((root["counts"] as? [String: Int])?["due_soon"] == 1)
        let short = try json(run(base + ["--due-within", "35"]).out)
        #expect((short["due_soon_actions"] as? [Any])?.isEmpty == true, "D + N + 1 is not due soon")

        let text = run(["status", "--db", fixture.path, "--unit", "DEPT-A", "--as-of", Self.asOf,
                        "--due-within=36"])
        #expect(text.out.contains("\nActions due within 36 days: 1\n"))
        #expect(text.out.contains("  ACT-A1  in 36 days  Tổ một cửa  Bổ sung hồ sơ\n"))
    }

    @Test func dueWithinComesFromTheConfigFileUnlessGiven() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let configFolder = fixture.folder.appendingPathComponent("isodash", isDirectory: true)
        try FileManager.default.createDirectory(at: configFolder, withIntermediateDirectories: true)
        try Data("due_within = \"40\"\n".utf8).write(to: configFolder.appendingPathComponent("config"))
        let environment = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": fixture.folder.path]
        let base = ["status", "--db", fixture.path, "--as-of", Self.asOf, "--json"]
        let configured = try json(run(base, environment: environment).out)
        #expect(configured["due_within"] as? Int == 40)
        #expect((configured["due_soon_actions"] as? [Any])?.count == 1)
        let overridden = try json(run(base + ["--due-within", "0"], environment: environment).out)
        #expect(overridden["due_within"] as? Int == 0, "the option wins over the config file")

        try Data("due_within = \"two weeks\"\n".utf8).write(to: configFolder.appendingPathComponent("config"))
        let bad = run(base, environment: environment)
        #expect(bad.status == 1, "a bad setting is a warning, not a failure")
        #expect(try json(bad.out)["due_within"] as? Int == 14)
        #expect(bad.err.contains("due_within"), "\(bad.err)")
    }

    @Test(arguments: ["366", "-1", "1.5", "abc", "", "14d"])
    func dueWithinMustBeAWholeNumberOfDays(value: String) throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = run(["status", "--db", fixture.path, "--due-within", value])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("isodash: status: "), "\(result.err)")
    }

    // MARK: Text

    @Test func textFitsAndFollowsLanguageColourAndLocale() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let base = ["status", "--db", fixture.path, "--as-of", Self.asOf]

        let plain = run(base, environment: ["LANG": "C.UTF-8", "TERM": "xterm"], terminal: false)
        #expect(!plain.out.contains("\u{1B}"), "no colour into a pipe")
        let lines = plain.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 24)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.first == "Status of Sở Thông tin và Truyền thông as of 2026-11-25")

        let coloured = run(base, environment: ["LANG": "C.UTF-8", "TERM": "xterm"], terminal: true)
        #expect(coloured.out.contains("\u{1B}[1;31mNeeds attention"))
        let noColor = run(base, environment: ["LANG": "C.UTF-8", "TERM": "xterm", "NO_COLOR": "1"], terminal: true)
        #expect(noColor.out == plain.out, "NO_COLOR turns colour off on a terminal")

        let vietnamese = run(base + ["--lang", "vi"])
        #expect(vietnamese.out.hasPrefix("Tình hình Sở Thông tin và Truyền thông tính đến 25/11/2026\n"))
        #expect(vietnamese.status == 1)

        let ascii = run(base + ["--lang", "vi"], environment: ["LANG": "C"])
        #expect(ascii.out.utf8.allSatisfy { $0 == 0x0A || (0x20...0x7E).contains($0) }, "ASCII only without UTF-8")
        #expect(ascii.out.hasPrefix("Tinh hinh So Thong tin va Truyen thong tinh den 25/11/2026\n"))
    }

    @Test func syncTimeIsShownInTheReadersZone() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = run(["status", "--db", fixture.path, "--as-of", Self.asOf],
                         environment: ["LANG": "C.UTF-8", "TZ": "Asia/Ho_Chi_Minh"])
        #expect(result.out.contains("\nLast sync 2026-11-24 14:30 (1 day ago)\n"))
    }
}
