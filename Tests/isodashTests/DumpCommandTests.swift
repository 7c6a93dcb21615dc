import Foundation
@testable import isodash
import QMSDomain
import QMSStore
import Testing

/// `isodash dump SCREEN`: a screen as plain text, without a terminal.
@Suite struct DumpCommandTests {
    final class Sandbox {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isodash-dump-\(UUID().uuidString)")
        var store: String { folder.appendingPathComponent("store.sqlite").path }

        init() throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try DashboardStoreFixture.create(at: store)
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        func dump(_ arguments: [String], language: String = "en") -> InProcessCommand.Result {
            InProcessCommand.run(DumpCommand.self, arguments + ["--db", store, "--as-of", DashboardStoreFixture.asOf,
                                                                "--lang", language],
                                 environment: ["LANG": "C.UTF-8"])
        }
    }

    @Test func printsTheScreenAtTheAskedSize() throws {
        let sandbox = try Sandbox()
        let result = sandbox.dump(["overview"])
        #expect(result.status == 0)
        #expect(result.err.isEmpty)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(result.out.contains("Quality objectives 2026"))
        #expect(!result.out.contains("\u{1B}"), "plain text, no escape sequences")
        let wide = sandbox.dump(["2", "--size", "132x40"])
        #expect(wide.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count == 40)
        #expect(wide.out.contains("Objectives 2026"))
    }

    @Test func opensDetailsFiltersAndScopes() throws {
        let sandbox = try Sandbox()
        #expect(sandbox.dump(["objectives", "--open", "MT-01"]).out.contains("misses the target 95%"))
        #expect(sandbox.dump(["sync", "--open", "2"]).out.contains("'31/02/2026' is not a date"))
        #expect(sandbox.dump(["audits", "--open", "DG-01"]).out.contains("Sổ tiếp nhận không ghi thời hạn"))
        let filtered = sandbox.dump(["mục tiêu", "--filter", "hai long"], language: "vi")
        #expect(filtered.out.contains("Mức độ hài lòng"))
        #expect(!filtered.out.contains("Tỷ lệ hồ sơ"))
        let scoped = sandbox.dump(["overview", "--unit", "BCVT"])
        #expect(scoped.out.contains("Phòng Bưu chính"))
        #expect(!scoped.out.contains("Mức độ hài lòng"), "an organisation-wide objective is outside a unit's scope")
        #expect(sandbox.dump(["help"]).out.contains("Keys"))
    }

    @Test func asciiFoldsVietnamese() throws {
        let sandbox = try Sandbox()
        let result = sandbox.dump(["overview", "--ascii"], language: "vi")
        #expect(result.status == 0)
        #expect(result.out.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(result.out.contains("Muc tieu chat luong 2026"))
    }

    @Test func mistakesAreUsageErrors() throws {
        let sandbox = try Sandbox()
        for arguments in [["nosuch"], ["overview", "--size", "80"], ["overview", "--size", "0x5"],
                          ["overview", "--unit", "NOPE"], ["units", "--open", "X"], ["sync", "--open", "abc"],
                          ["sync", "--filter", "x"], ["overview", "--due-within", "366"]] {
            let result = sandbox.dump(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.out.isEmpty)
            #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err)")
        }
    }

    /// The due-soon window is the dashboard's: `--due-within`, else the config file's
    /// `due_within`, else 14 days.
    @Test func theDueSoonWindowIsTheDashboards() throws {
        let sandbox = try Sandbox()
        // An open action due 30 days after the as-of day: due soon only in a wide window.
        let writer = try Store.open(path: sandbox.store, mode: .readWrite)
        try writer.write {
            try RecordWriter<ActionRecord>(store: writer).upsert(ActionRecord(
                id: "HD-SOON", title: "Cập nhật quy trình", unitID: "VP", openedOn: try #require(Day(year: 2026, month: 11, day: 1)),
                dueOn: try #require(Day(year: 2026, month: 12, day: 25)), status: .open))
        }
        writer.close()
        let none = sandbox.dump(["overview", "--due-within", "0", "--size", "132x40"])
        let wide = sandbox.dump(["overview", "--due-within", "365", "--size", "132x40"])
        #expect(none.status == 0 && wide.status == 0)
        #expect(!none.out.contains("due soon"), "\(none.out)")
        #expect(wide.out.contains("due soon"), "\(wide.out)")

        let config = sandbox.folder.appendingPathComponent("config/isodash")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("due_within = \"365\"\n".utf8).write(to: config.appendingPathComponent("config"))
        let configured = InProcessCommand.run(DumpCommand.self, ["overview", "--size", "132x40", "--db", sandbox.store,
                                                                 "--as-of", DashboardStoreFixture.asOf, "--lang", "en"],
                                              environment: ["LANG": "C.UTF-8",
                                                            "XDG_CONFIG_HOME": sandbox.folder.appendingPathComponent("config").path])
        #expect(configured.out == wide.out, "the config file's due_within, as the dashboard reads it")
    }

    @Test func aMissingStoreSaysHowToMakeOne() {
        let result = InProcessCommand.run(DumpCommand.self, ["overview", "--db", "/nonexistent/store.sqlite"])
        #expect(result.status == 1)
        #expect(result.err.contains("isodash sync"))
    }
}
