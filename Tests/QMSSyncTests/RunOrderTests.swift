import QMSDomain
import Testing
@testable import QMSSync

/// §7: files apply kind by kind in the order of §4, by name within a kind, whatever
/// the order of the arguments; a bundle takes the place of the first kind it holds.
struct RunOrderTests {
    @Test func kindOrderRegardlessOfArgumentOrder() throws {
        let box = try SyncSandbox()
        var paths: [String] = []
        for kind in RecordKind.allCases.reversed() {
            paths.append(try box.copyFixture("base/\(kind.rawValue).csv", as: "\(kind.rawValue).csv"))
        }
        let report = try box.sync(paths)
        #expect(report.files.map(\.state) == Array(repeating: .applied, count: 10), "\(SyncReportFormatter.format(report))")
        #expect(report.files.map { $0.kinds } == RecordKind.allCases.map { [$0] })
        #expect(report.exitStatus == 0)
    }

    @Test func byNameWithinAKindAndTheLaterFileWins() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let october = try box.write("in/documents-2026-10.csv", "id,unit_id,direction,date,electronic\nD1,VP,in,2026-10-01,1\n")
        let february = try box.write("in/documents-2026-02.csv", "id,unit_id,direction,date,electronic\nD1,VP,in,2026-02-01,1\n")
        let report = try box.sync(october, february)
        #expect(report.files.map(\.path) == [february, october])
        #expect(try box.value("SELECT date FROM documents WHERE id = 'D1'") == "2026-10-01")
    }

    @Test func aBundleTakesThePlaceOfItsFirstKind() throws {
        let box = try SyncSandbox()
        let bundle = try box.copyFixture("json/bundle.json", as: "bundle.json")
        let objectives = try box.write("objectives.csv", "id,title,year,unit_id,target\nMT,Mục tiêu,2026,JU,90\n")
        let report = try box.sync(objectives, bundle)
        #expect(report.files.map(\.path) == [bundle, objectives])
        #expect(report.files.map(\.state) == [.applied, .applied], "\(SyncReportFormatter.format(report))")
        let first = try #require(report.files.first)
        #expect(first.isBundle)
        #expect(first.kinds == [.units, .services])
        #expect(first.counts.inserted == 2)
        #expect(try box.value("SELECT level FROM services WHERE id = 'DV-1'") == "4")
    }

    @Test func aFolderIsAppliedInKindOrderToo() throws {
        let box = try SyncSandbox()
        for kind in RecordKind.allCases { try box.copyFixture("base/\(kind.rawValue).csv", as: "exports/\(kind.rawValue).csv") }
        let report = try box.sync([box.path("exports")])
        #expect(report.files.map { $0.kinds.first } == RecordKind.allCases)
        #expect(try box.count("documents") == 5)
        #expect(try box.count("tallies") == 2)
    }
}
