import Foundation
import Testing
@testable import isodash
import QMSDomain
import QMSStore

/// `isodash rollup` run in-process: the file it writes, how it refuses to overwrite,
/// and its one-line errors with exit status 2. The store is the status fixture:
/// ORG ← DEPT-A ← DIV-A1, and ORG ← DEPT-B.
@Suite struct RollupCommandTests {
    static let asOf = "2026-11-25"

    static func run(_ fixture: StatusCommandTests.Fixture, _ arguments: [String]) -> InProcessCommand.Result {
        InProcessCommand.run(RollupCommand.self, arguments + ["--db", fixture.path, "--as-of", asOf])
    }

    static func bundle(_ text: String) throws -> [String: [[String: Any]]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [[String: Any]]])
    }

    @Test func writesTheRootsReportToStandardOutput() throws {
        let fixture = try StatusCommandTests.Fixture()
        defer { fixture.remove() }
        let result = Self.run(fixture, ["--out", "-"])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.err.isEmpty)
        let top = try Self.bundle(result.out)
        #expect(top["units"]?.map { $0["id"] as? String } == ["ORG"])
        #expect(top["units"]?.first?["parent_id"] == nil)
        let objectives = top["objectives"] ?? []
        #expect(objectives.compactMap { $0["id"] as? String }.allSatisfy { $0.hasPrefix("ORG/") })
        #expect(objectives.allSatisfy { $0["unit_id"] as? String == "ORG" }, "depth 0 folds every unit into ORG")
        #expect(result.out.hasPrefix("{\n  \"units\": ["))
    }

    @Test func writesTheDefaultNameAndRefusesToOverwriteWithoutForce() throws {
        let fixture = try StatusCommandTests.Fixture()
        defer { fixture.remove() }
        let path = fixture.folder.appendingPathComponent("report.json").path
        let first = Self.run(fixture, ["--unit", "DEPT-A", "--parent", "PROV", "--depth", "1", "--out", path])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.hasPrefix("Wrote \(path) ("))
        #expect(first.out.contains("2 units"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        let top = try Self.bundle(written)
        #expect(top["units"]?.map { "\($0["id"] ?? "")<\($0["parent_id"] ?? "")" } == ["DEPT-A<PROV", "DIV-A1<DEPT-A"])

        let refused = Self.run(fixture, ["--unit", "DEPT-B", "--out", path])
        #expect(refused.status == 2)
        #expect(refused.err == "isodash: '\(path)' already exists; pass --force to replace it\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)

        let forced = Self.run(fixture, ["--unit", "DEPT-B", "--out", path, "--force"])
        #expect(forced.status == 0, "\(forced.err)")
        #expect(try Self.bundle(String(contentsOfFile: path, encoding: .utf8))["units"]?.first?["id"] as? String == "DEPT-B")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
        #expect(RollupCommand.defaultName(unitID: "A/B C", asOf: Day(year: 2026, month: 11, day: 25)!)
                == "rollup-A_B_C-2026-11-25.json")
    }

    @Test func checkAcceptsTheBundle() throws {
        let fixture = try StatusCommandTests.Fixture()
        defer { fixture.remove() }
        let path = fixture.folder.appendingPathComponent("rollup-ORG.json").path
        #expect(Self.run(fixture, ["--depth", "2", "--prefix", "", "--out", path]).status == 0)
        let emptyStore = fixture.folder.appendingPathComponent("above.sqlite").path
        let check = InProcessCommand.run(CheckCommand.self, [path, "--db", emptyStore])
        #expect(check.status == 0, "\(check.out)\(check.err)")
        #expect(check.out.contains("1 would apply"))
        #expect(!FileManager.default.fileExists(atPath: emptyStore), "check creates no store")
    }

    @Test(arguments: [
        (["--unit", "NOPE"], "unit"),
        (["--depth", "-1"], "'--depth -1' is not a depth"),
        (["--depth", "one"], "'--depth one' is not a depth"),
        (["--depth", "21"], "'--depth 21' is not a depth"),
        (["--prefix", " X"], "'--prefix  X' starts or ends with a space"),
        (["--prefix", "X\u{1B}"], "holds a control character"),
        (["--prefix", String(repeating: "P", count: 33)], "is 33 characters long"),
        (["--parent", "DEPT-A", "--unit", "DEPT-A"], "'--parent DEPT-A' is a unit of the report itself"),
        (["--unit", ""], "'--unit' needs a unit id"),
        (["--previous", "/nonexistent/rollup.json"], "the previous report /nonexistent/rollup.json cannot be read"),
    ])
    func usageMistakesAreOneLineWithExitTwo(arguments: [String], says: String) throws {
        let fixture = try StatusCommandTests.Fixture()
        defer { fixture.remove() }
        let result = Self.run(fixture, arguments + ["--out", "-"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("isodash: "))
        #expect(result.err.contains(says), "\(result.err)")
        #expect(result.err.filter { $0 == "\n" }.count == 1, "\(result.err)")
    }

    @Test func thePreviousReportMustBeThisUnits() throws {
        let fixture = try StatusCommandTests.Fixture()
        defer { fixture.remove() }
        let other = fixture.folder.appendingPathComponent("rollup-DEPT-B.json").path
        #expect(Self.run(fixture, ["--unit", "DEPT-B", "--out", other]).status == 0)
        let result = Self.run(fixture, ["--unit", "DEPT-A", "--previous", other, "--out", "-"])
        #expect(result.status == 2)
        #expect(result.err.contains("is the report of DEPT-B, not of DEPT-A"), "\(result.err)")
        let same = Self.run(fixture, ["--unit", "DEPT-B", "--previous", other, "--out", "-"])
        #expect(same.status == 0, "\(same.err)")
    }

    @Test func badDateAndMissingStore() throws {
        let fixture = try StatusCommandTests.Fixture()
        defer { fixture.remove() }
        let date = InProcessCommand.run(RollupCommand.self, ["--db", fixture.path, "--as-of", "2026-02-30"])
        #expect(date.status == 2)
        #expect(date.err.contains("'--as-of 2026-02-30' is not a date"))
        let missing = InProcessCommand.run(RollupCommand.self, ["--db", fixture.folder.path + "/none.sqlite"])
        #expect(missing.status == 2)
        #expect(missing.err.hasPrefix("isodash: no isodash store at"))
    }

    @Test func severalRootsNeedAUnit() throws {
        let fixture = try StatusCommandTests.Fixture()
        defer { fixture.remove() }
        let store = try Store.open(path: fixture.path, mode: .readWrite)
        _ = try store.write { try store.upsert(UnitRecord(id: "OTHER", name: "Sở khác")) }
        store.close()
        let result = Self.run(fixture, ["--out", "-"])
        #expect(result.status == 2)
        #expect(result.err == "isodash: the store has 2 top units (ORG, OTHER); choose the one to report with --unit ID\n")
    }

    @Test func listedWithHelp() {
        #expect(CommandLineTool.command(named: "rollup") != nil)
        let help = HelpText.forCommand(RollupCommand.self)
        for option in ["--unit", "--parent", "--depth", "--prefix", "--out", "--force", "--previous"] {
            #expect(help.contains(option))
        }
    }
}
