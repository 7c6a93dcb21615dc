import Foundation
import Testing

/// `isodash sync` and `isodash check` run as the real binary, the way an agency's
/// nightly job or a clerk at a prompt runs them.
@Suite struct SyncCommandTests {
    static let units = "id,name,parent_id\nSO,Sở Nội vụ,\nVP,Văn phòng Sở,SO\n"

    func write(_ runner: BinaryRunner, _ name: String, _ text: String) throws -> String {
        let url = runner.home.appendingPathComponent("exports").appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func syncAppliesAFolderReportsEachFileAndSkipsItTheSecondTime() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let units = try write(runner, "units.csv", Self.units)
        _ = try write(runner, "actions.csv", "id,title,unit_id,opened_on,due_on,status\nA1,Sửa quy trình,VP,2026-10-01,2026-11-01,open\n")
        let folder = (units as NSString).deletingLastPathComponent

        let first = try runner.run(["sync", folder])
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n").map(String.init)
        // Kind order (units before actions) whatever the names' order.
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("applied  \(units)  units: 2 inserted"))
        #expect(lines[1].hasPrefix("applied  \(folder)/actions.csv  actions: 1 inserted"))
        #expect(lines[2] == "2 files: 2 applied. Rows: 3 inserted, 0 updated, 0 deleted, 0 unchanged.")
        let store = runner.home.appendingPathComponent("data/isodash/store.sqlite").path
        #expect(FileManager.default.fileExists(atPath: store))

        let second = try runner.run(["sync", folder])
        #expect(second.status == 0)
        #expect(second.stdout.contains("skipped  \(units)  already applied"))
        #expect(second.stdout.hasSuffix("2 files: 2 skipped. Rows: 0 inserted, 0 updated, 0 deleted, 0 unchanged.\n"))

        let forced = try runner.run(["sync", "--force", units])
        #expect(forced.stdout.hasPrefix("applied  \(units)  units: 0 inserted, 0 updated, 0 deleted, 2 unchanged"))
    }

    @Test func aRejectedFileExitsOneNamesLineAndColumnAndTheOthersStillApply() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let units = try write(runner, "units.csv", Self.units)
        let bad = try write(runner, "actions-bad.csv",
                            "id,title,unit_id,opened_on,due_on,status\nA1,Sửa,VP,2026-10-01,31/02/2026,open\n")
        let result = try runner.run(["sync", units, bad])
        #expect(result.status == 1)
        #expect(result.stdout.contains("applied  \(units)"))
        #expect(result.stdout.contains("rejected \(bad)  actions: 1 error, nothing written"))
        #expect(result.stdout.contains("  \(bad):2: column 'due_on': "))
        #expect(result.stdout.contains("1 rejected"))
    }

    @Test func checkReportsWhatSyncWouldAndWritesNothing() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let units = try write(runner, "units.csv", Self.units)
        let store = runner.home.appendingPathComponent("data/isodash/store.sqlite").path

        let clean = try runner.run(["check", units])
        #expect(clean.status == 0)
        #expect(clean.stdout.hasPrefix("ok       \(units)  units: would be 2 inserted"))
        #expect(clean.stdout.contains("Checked 1 file (nothing written)"))
        #expect(!FileManager.default.fileExists(atPath: store), "check must not create a store")

        _ = try runner.run(["sync", units])
        let actions = try write(runner, "actions.csv", "id,title,unit_id,opened_on,due_on,status\nA1,Sửa,NOPE,2026-10-01,2026-11-01,open\n")
        let dirty = try runner.run(["check", actions])
        #expect(dirty.status == 1)
        #expect(dirty.stdout.contains("\(actions):2: column 'unit_id': 'NOPE' names no unit"))
        let again = try runner.run(["sync", "--dry-run", units])
        #expect(again.stdout.contains("skipped"), "check sees the store's sync log")
    }

    @Test func missingPathsAreAUsageError() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        for command in ["sync", "check"] {
            let result = try runner.run([command])
            #expect(result.status == 2)
            #expect(result.stderr.contains("missing argument; usage: isodash \(command) PATH..."))
        }
    }
}
