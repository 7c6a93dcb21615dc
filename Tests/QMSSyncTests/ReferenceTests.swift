import QMSDomain
import Testing
@testable import QMSSync

/// §7 references: to the store or to a file of the same run; forward references in
/// a file; parent cycles; deleting what others still refer to.
struct ReferenceTests {
    @Test func referencesResolveAcrossFilesOfOneRun() throws {
        let box = try SyncSandbox()
        let documents = try box.write("documents.csv", "id,unit_id,direction,date,electronic\nD1,VP,in,2026-01-05,1\n")
        let units = try box.write("units.csv", baseUnits)
        let report = try box.sync(documents, units)
        #expect(report.files.map(\.state) == [.applied, .applied])
        #expect(report.exitStatus == 0)
    }

    @Test func unknownReferenceIsAnError() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let path = try box.write("documents.csv", "id,unit_id,direction,date,electronic\nD1,VP,in,2026-01-05,1\nD2,VP9,in,2026-01-05,1\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):3: column 'unit_id': 'VP9' names no unit in the store or in this sync, "
            + "expected the id of an existing unit"])
        #expect(try box.count("documents") == 0)
    }

    @Test func childMayComeBeforeItsParentInAFile() throws {
        let box = try SyncSandbox()
        let file = try box.syncFile("units.csv", "id,name,parent_id\nXA2,Xã hai,HUYEN\nHUYEN,Huyện,TINH\nTINH,Tỉnh,\n")
        #expect(file.state == .applied, "\(file.messages)")
        #expect(file.counts.inserted == 3)
    }

    @Test func parentNeverDefinedIsReportedAtTheChildsLine() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.csv", "id,name,parent_id\nA,Một,\nB,Hai,NOWHERE\nC,Ba,A\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):3: column 'parent_id': 'NOWHERE' names no unit in the store or in this sync, "
            + "expected the id of an existing unit"])
        #expect(try box.count("units") == 0)
    }

    @Test func parentCycleInAFileNamesTheLineThatClosesIt() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.csv", "id,name,parent_id\nA,Một,B\nB,Hai,C\nC,Ba,A\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):4: column 'parent_id': 'A' is 'C' itself or one of its descendants "
            + "(C → A → B → C), expected a parent outside the unit's own subtree"])
    }

    @Test func parentCycleWithTheStore() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let path = try box.write("units-move.csv", "id,name,parent_id\nORG,Sở,VP\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.state == .rejected)
        #expect(file.errors.kept.map(\.line) == [2])
        #expect(try box.value("SELECT parent_id IS NULL FROM units WHERE id = 'ORG'") == "1")
    }

    @Test func deletingAReferencedRecordIsAnErrorNamingTheReferrers() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        _ = try box.syncFile("documents.csv", "id,unit_id,direction,date,electronic\nD1,VP,in,2026-01-05,1\n")
        let path = try box.write("units-del.csv", "id,name,deleted\nTTr,,1\nVP,,1\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):3: column 'deleted': cannot delete unit 'VP': documents still refer to it, "
            + "expected those deleted or changed first"])
        #expect(try box.count("units") == 3)
    }

    @Test func parentDeletedBeforeItsChildInOneFileIsFine() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let file = try box.syncFile("units-del.csv", "id,name,deleted\nORG,,1\nVP,,1\nTTr,,x\n")
        #expect(file.state == .applied, "\(file.messages)")
        #expect(file.counts.deleted == 3)
        #expect(try box.count("units") == 0)
    }

    @Test func aBundleMayDeleteAUnitTogetherWithItsDocuments() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        _ = try box.syncFile("documents.csv", "id,unit_id,direction,date,electronic\nD1,TTr,in,2026-01-05,1\n")
        let file = try box.syncFile("cleanup.json", """
            {"documents": [{"id": "D1", "deleted": true}], "units": [{"id": "TTr", "deleted": "có"}]}
            """)
        #expect(file.state == .applied, "\(file.messages)")
        #expect(file.counts.deleted == 2)
        #expect(try box.count("document_months") == 0)
    }

    @Test func referenceToARecordDeletedEarlierInTheRunFails() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let delete = try box.write("units-del.csv", "id,name,deleted\nTTr,,1\n")
        let documents = try box.write("documents.csv", "id,unit_id,direction,date,electronic\nD1,TTr,in,2026-01-05,1\n")
        let report = try box.sync(documents, delete)
        #expect(report.files.map(\.state) == [.applied, .rejected])
        #expect(report.exitStatus == 1)
    }
}
