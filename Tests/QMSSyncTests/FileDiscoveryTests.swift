import Foundation
import QMSDomain
import Testing
@testable import QMSSync

/// §1: which files a PATH names, and what becomes of everything else.
struct FileDiscoveryTests {
    @Test func aFolderIsReadOneLevelDeep() throws {
        let box = try SyncSandbox()
        try box.write("in/units.csv", baseUnits)
        try box.write("in/Documents_2026Q3.CSV", "id,unit_id,direction,date,electronic\nD1,VP,in,2026-07-01,1\n")
        try box.write("in/notes.txt", "ghi chú")
        try box.write("in/.units-draft.csv", "id,name\nHIDDEN,Ẩn\n")
        try box.write("in/report.csv", "id,name\nR,Báo cáo\n")
        try box.write("in/units/units.csv", "id,name\nDEEP,Sâu\n")
        try box.write("in/old/units.csv", "id,name\nOLD,Cũ\n")
        let report = try box.sync([box.path("in")])
        let byName = Dictionary(uniqueKeysWithValues: report.files.map { (FileDiscovery.baseName($0.path), $0) })
        #expect(Set(byName.keys) == ["units.csv", "Documents_2026Q3.CSV", "notes.txt", "report.csv", "units", "old"])
        #expect(byName["units.csv"]?.state == .applied)
        #expect(byName["Documents_2026Q3.CSV"]?.state == .applied)
        #expect(byName["notes.txt"]?.state == .skipped)
        #expect(byName["notes.txt"]?.reason == "not a .csv or .json file")
        #expect(byName["units"]?.state == .skipped)
        #expect(byName["units"]?.reason?.hasPrefix("a folder named like a kind (units)") == true)
        #expect(byName["old"]?.state == .skipped)
        #expect(byName["report.csv"]?.state == .rejected)
        #expect(byName["report.csv"]?.reason?.hasPrefix("the name does not say which kind of record the file holds") == true)
        #expect(try box.value("SELECT group_concat(id) FROM units WHERE id IN ('HIDDEN', 'DEEP', 'OLD', 'R')") == nil)
        #expect(report.exitStatus == 1)
    }

    @Test func theKindComesFromTheStartOfTheName() throws {
        let box = try SyncSandbox()
        let names: [String: RecordKind?] = [
            "actions-2026-11.csv": .actions, "Documents_2026Q3.CSV": .documents, "tally.csv": .tallies,
            "Units2026.csv": .units, "measurement.2026.csv": .measurements, "export-2026.json": nil,
        ]
        for name in names.keys { try box.write("in/\(name)", "") }
        let result = FileDiscovery.discover([box.path("in")])
        #expect(result.notes.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.namedKind) }) == names)
        #expect(result.files.first { $0.name == "export-2026.json" }?.format == .json)
    }

    @Test func oddEntriesAreReportedNotFatal() throws {
        let box = try SyncSandbox()
        try box.write("in/units.csv", baseUnits)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: box.path("in/loop-a.csv"), withDestinationPath: box.path("in/loop-b.csv"))
        try fm.createSymbolicLink(atPath: box.path("in/loop-b.csv"), withDestinationPath: box.path("in/loop-a.csv"))
        try fm.createSymbolicLink(atPath: box.path("in/gone.csv"), withDestinationPath: box.path("nowhere.csv"))
        try fm.createSymbolicLink(atPath: box.path("in/zz-units-link.csv"), withDestinationPath: box.path("in/units.csv"))
        let result = FileDiscovery.discover([box.path("in"), box.path("missing"), box.path("in/units.csv")])
        #expect(result.files.map(\.name) == ["units.csv"])
        let notes = Dictionary(uniqueKeysWithValues: result.notes.map { (FileDiscovery.baseName($0.path), $0) })
        #expect(notes["loop-a.csv"]?.verdict == .rejected)
        #expect(notes["loop-a.csv"]?.reason == "a loop of symbolic links, which cannot be followed")
        #expect(notes["gone.csv"]?.reason == "a symbolic link to something that does not exist")
        #expect(notes["missing"]?.reason == "does not exist")
        #expect(notes["zz-units-link.csv"]?.verdict == .skipped)
        #expect(notes["zz-units-link.csv"]?.reason.hasPrefix("the same file as") == true)
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func anUnreadableFileIsRejectedAlone() throws {
        let box = try SyncSandbox()
        let units = try box.write("in/units.csv", baseUnits)
        let locked = try box.write("in/documents.csv", "id,unit_id,direction,date,electronic\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
        let report = try box.sync([box.path("in")])
        #expect(report.files.first { $0.path == units }?.state == .applied)
        let rejected = try #require(report.files.first { $0.path == locked })
        #expect(rejected.state == .rejected)
        #expect(rejected.reason == "cannot be read: Permission denied")
    }

    @Test func aSingleFileArgumentWithAnotherExtensionIsSkipped() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.xlsx", "PK")
        let report = try box.sync([path])
        #expect(report.files.map(\.state) == [.skipped])
        #expect(report.exitStatus == 0)
    }
}
