import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// Issue 10: a report sent up again after changes below updates the level above in
/// place, and what was deleted below is deleted above (given the last report).
@Suite struct RollupUpdateTests {
    static let asOf = Day(year: 2026, month: 11, day: 20)!

    static let units = """
        id,name,parent_id
        ORG,Sở Xây dựng,
        VP,Văn phòng Sở,ORG
        TTKD,Trung tâm Kiểm định,VP

        """
    static let documents = """
        id,unit_id,direction,date,electronic,confidential,due_on,done_on
        D1,ORG,in,2026-10-02,1,0,2026-10-10,2026-10-09
        D2,VP,in,2026-10-03,0,0,2026-10-10,2026-10-12
        D3,TTKD,out,2026-11-04,1,0,,
        D4,TTKD,in,2026-11-05,1,1,2026-11-25,

        """
    static let actions = """
        id,title,unit_id,opened_on,due_on,closed_on,status
        A1,Sửa quy trình,VP,2026-09-01,2026-10-01,,open
        A2,Cập nhật sổ,TTKD,2026-09-01,2026-10-15,,in_progress
        A3,Đã xong,ORG,2026-01-05,2026-02-01,2026-01-20,done
        A9,Việc cũ,ORG,2024-01-05,2024-02-01,2024-01-20,done

        """

    /// A store below with the files above, and a store above holding only `PROV`.
    static func stores() throws -> (below: SyncSandbox, above: SyncSandbox) {
        let below = try SyncSandbox()
        for (name, text) in [("units.csv", units), ("documents.csv", documents), ("actions.csv", actions)] {
            let file = try below.syncFile(name, text)
            #expect(file.state == .applied, "\(file.messages)")
        }
        let above = try SyncSandbox()
        _ = try above.syncFile("units.csv", "id,name\nPROV,Tỉnh\n")
        return (below, above)
    }

    static func report(_ below: SyncSandbox, depth: Int = 0,
                       previous: RollupPreviousReport? = nil) throws -> (RollupBundle, String) {
        let rollup = try below.store.rollup(unitID: "ORG", asOf: asOf, depth: depth)
        var bundle = try RollupBundle(rollup: rollup, parentID: "PROV", prefix: "ORG")
        if let previous {
            let tombstones = try previous.tombstones(for: bundle) { kind, ids in
                try below.store.existingIDs(of: kind, among: ids)
            }
            bundle = try RollupBundle(rollup: rollup, parentID: "PROV", prefix: "ORG", tombstones: tombstones)
        }
        return (bundle, try bundle.json())
    }

    @Test func foldsUnitsAndCountsTalliesAsOfTheDay() throws {
        let (below, _) = try Self.stores()
        let (bundle, _) = try Self.report(below)
        #expect(bundle.rollup.units.map(\.id) == ["ORG"])
        let october = bundle.rollup.tallies.filter { $0.month == Period.parse("2026-10")! }
        #expect(october.map(\.direction) == [.in])
        #expect(october.first.map { [$0.total, $0.electronic, $0.withDue, $0.onTime] } == [2, 1, 2, 1])
        let november = bundle.rollup.tallies.filter { $0.month == Period.parse("2026-11")! }
        // D4 is confidential and not due yet on 2026-11-20.
        #expect(november.map { "\($0.direction.rawValue) \($0.total) \($0.electronic) \($0.confidential) \($0.withDue)" }
                == ["in 1 0 1 0", "out 1 1 0 0"])
        #expect(Set(bundle.rollup.actions.map(\.id)) == ["A1", "A2", "A3"], "A9 closed in 2024 is not reported")
        #expect(bundle.rollup.actions.allSatisfy { $0.unitID == "ORG" })

        let (deeper, _) = try Self.report(below, depth: 1)
        #expect(deeper.rollup.units.map(\.id) == ["ORG", "VP"])
        #expect(Set(deeper.rollup.tallies.map(\.unitID)) == ["ORG", "VP"])
        #expect(deeper.rollup.actions.first { $0.id == "A2" }?.unitID == "VP", "TTKD folds into VP")
    }

    @Test func rerollingUpdatesInPlaceAndDeletionsFollow() throws {
        let (below, above) = try Self.stores()
        let (_, first) = try Self.report(below)
        let firstPath = try above.write("rollup-ORG-1.json", first)
        let applied = try #require(try above.sync([firstPath]).files.first)
        #expect(applied.state == .applied, "\(applied.messages)")
        #expect(try above.value("SELECT parent_id FROM units WHERE id = 'ORG'") == "PROV")
        let talliesBefore = try above.count("tallies")
        let overdueBefore = try above.store.statusSnapshot(scope: UnitScope(rootID: "ORG"), asOf: Self.asOf)
            .overdueActions.map(\.action.id)
        #expect(overdueBefore == ["ORG/A1", "ORG/A2"])

        // Below: more documents in October, A2 deleted, A1 done.
        _ = try below.syncFile("documents-2.csv", "id,unit_id,direction,date,electronic\nD5,VP,in,2026-10-20,1\n")
        _ = try below.syncFile("actions-2.csv", "id,title,unit_id,opened_on,due_on,closed_on,status,deleted\n"
            + "A2,,,,,,,1\nA1,Sửa quy trình,VP,2026-09-01,2026-10-01,2026-11-02,done,\n")
        #expect(try below.count("actions") == 3)

        let previous = try RollupPreviousReport.read(path: firstPath)
        #expect(previous.ids[.actions] == ["ORG/A1", "ORG/A2", "ORG/A3"])
        let (second, text) = try Self.report(below, previous: previous)
        #expect(second.tombstones.ids[.actions] == ["ORG/A2"])
        let again = try #require(try above.sync([try above.write("rollup-ORG-2.json", text)]).files.first)
        #expect(again.state == .applied, "\(again.messages)")
        #expect(again.counts.inserted == 0)
        #expect(again.counts.updated >= 2, "the October tally and A1")
        #expect(again.counts.deleted == 1)
        #expect(try above.count("tallies") == talliesBefore)
        #expect(try above.value("SELECT total FROM tallies WHERE unit_id = 'ORG' AND month = '2026-10' AND direction = 'in'")
                == "3")
        let after = try above.store.statusSnapshot(scope: UnitScope(rootID: "ORG"), asOf: Self.asOf)
        #expect(after.overdueActions.isEmpty)
        #expect(after.counts.openActions == 0)
        #expect(try above.value("SELECT count(*) FROM actions WHERE id = 'ORG/A2'") == "0")
    }

    @Test func foldingAUnitAwayDeletesItsTalliesAbove() throws {
        let (below, above) = try Self.stores()
        let (_, deep) = try Self.report(below, depth: 1)
        let deepPath = try above.write("rollup-deep.json", deep)
        _ = try above.sync([deepPath])
        #expect(try above.value("SELECT count(*) FROM tallies WHERE unit_id = 'VP'") != "0")
        let (shallow, text) = try Self.report(below, depth: 0, previous: RollupPreviousReport.read(path: deepPath))
        #expect(shallow.tombstones.tallies.allSatisfy { $0.unitID == "VP" } && !shallow.tombstones.tallies.isEmpty)
        let file = try #require(try above.sync([try above.write("rollup-shallow.json", text)]).files.first)
        #expect(file.state == .applied, "\(file.messages)")
        #expect(try above.value("SELECT count(*) FROM tallies WHERE unit_id = 'VP'") == "0")
        #expect(try above.value("SELECT sum(total) FROM tallies") == "4", "each document counted once")
    }

    @Test func withoutThePreviousReportNothingIsDeletedAbove() throws {
        let (below, above) = try Self.stores()
        _ = try above.sync([try above.write("rollup-1.json", Self.report(below).1)])
        _ = try below.syncFile("actions-2.csv", "id,title,unit_id,opened_on,due_on,status,deleted\nA2,,,,,,1\n")
        let (bundle, text) = try Self.report(below)
        #expect(bundle.tombstones.isEmpty)
        _ = try above.sync([try above.write("rollup-2.json", text)])
        #expect(try above.value("SELECT status FROM actions WHERE id = 'ORG/A2'") == "in_progress")
    }

    @Test func anActionLeavingTheWindowIsNotDeletedAbove() throws {
        let (below, _) = try Self.stores()
        let previous = RollupPreviousReport(ids: [.actions: ["ORG/A9", "ORG/A1", "OTHER/A2"]])
        let (bundle, _) = try Self.report(below, previous: previous)
        #expect(bundle.tombstones.isEmpty, "A9 still exists below; OTHER/ is another unit's report")
    }

    @Test func idsArePrefixedWithTheirReferences() throws {
        let box = try SyncSandbox()
        for kind in RecordKind.allCases {
            try box.copyFixture("base/\(kind.rawValue).csv", as: "base/\(kind.rawValue).csv")
        }
        _ = try box.sync([box.path("base")])
        let root = try #require(try box.store.rootUnitIDs().first)
        let rollup = try box.store.rollup(unitID: root, asOf: Self.asOf, depth: 5)
        let json = try RollupBundle(rollup: rollup, parentID: nil, prefix: "X").json()
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [[String: Any]]])
        #expect(Array(top.keys).sorted() == RecordKind.allCases.filter { $0 != .documents }.map(\.rawValue).sorted())
        for finding in top["findings"] ?? [] {
            #expect((finding["id"] as? String)?.hasPrefix("X/") == true)
            #expect((finding["audit_id"] as? String)?.hasPrefix("X/") == true)
        }
        for action in top["actions"] ?? [] {
            #expect((action["id"] as? String)?.hasPrefix("X/") == true)
            if let finding = action["finding_id"] as? String { #expect(finding.hasPrefix("X/")) }
        }
        for unit in top["units"] ?? [] {
            #expect((unit["id"] as? String)?.contains("/") == false)
        }
        // And the level above accepts it as it is.
        let above = try SyncSandbox()
        let file = try above.syncFile("rollup.json", json)
        #expect(file.state == .applied, "\(file.messages)")
    }

    @Test func prefixesAndParentsThatCannotWork() throws {
        let rollup = Rollup(unitID: "ORG", asOf: Self.asOf, depth: 0,
                            units: [UnitRecord(id: "ORG", name: "Sở")],
                            actions: [ActionRecord(id: String(repeating: "a", count: 61), title: "t", unitID: "ORG",
                                                   openedOn: Self.asOf, dueOn: Self.asOf, status: .open)])
        #expect(throws: RollupBundleError.parentInsideReport("ORG")) {
            try RollupBundle(rollup: rollup, parentID: "ORG", prefix: "")
        }
        #expect(RollupBundle.prefixProblem(" X") != nil)
        #expect(RollupBundle.prefixProblem("X\u{7}") != nil)
        #expect(RollupBundle.prefixProblem(String(repeating: "p", count: 33)) != nil)
        #expect(RollupBundle.prefixProblem("SXD") == nil)
        #expect(throws: RollupBundleError.prefixedIDTooLong("ORG/" + String(repeating: "a", count: 61))) {
            try RollupBundle(rollup: rollup, parentID: nil, prefix: "ORG").json()
        }
        #expect(throws: Never.self) { try RollupBundle(rollup: rollup, parentID: nil, prefix: "OR").json() }
        #expect(try RollupBundle(rollup: rollup, parentID: nil, prefix: "").json().contains("\"id\": \"aaaa"))
    }
}
