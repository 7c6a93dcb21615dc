import QMSDomain
import Testing
@testable import QMSSync

/// The rules of §4, kind by kind, as a user syncing a file sees them.
struct KindValidationTests {
    /// A sandbox with the base units, one audit and one finding already synced.
    private func sandbox() throws -> SyncSandbox {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        _ = try box.syncFile("audits.csv", "id,title,kind,starts_on,status\nDG1,Đánh giá,internal,2026-03-01,closed\n")
        _ = try box.syncFile("findings.csv", "id,audit_id,grade,description\nPH1,DG1,minor,Thiếu hồ sơ\n")
        return box
    }

    @Test func unitCannotBeItsOwnParent() throws {
        let box = try sandbox()
        let path = try box.write("units-self.csv", "id,name,parent_id\nX,Tự tham chiếu,X\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):2: column 'parent_id': names the unit itself, expected the id of another unit or nothing"])
    }

    @Test func objectiveRules() throws {
        let box = try sandbox()
        let path = try box.write("objectives.csv", "id,title,year,indicator,target\n"
            + "MT1,Một,2026,docs_in_electronic_pct,90\n"
            + "MT2,Hai,26,,90\n"
            + "MT3,Ba,2026,so_van_ban,90\n"
            + "MT4,Bốn,2026,,\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.state == .rejected)
        #expect(file.messages == [
            "\(path):3: column 'year': '26' is not a year, expected a year such as 2026",
            "\(path):4: column 'indicator': 'so_van_ban' is not an accepted word, expected one of "
                + Indicator.acceptedWords.joined(separator: ", "),
            "\(path):5: column 'target': is empty, expected a number such as 90, 90.5, -3 or 90%",
        ])
    }

    @Test func objectiveDefaults() throws {
        let box = try sandbox()
        #expect(try box.syncFile("objectives.csv", "id,title,year,target\nMT1,Một,2026,90\n").state == .applied)
        #expect(try box.snapshot(tables: ["objectives"]) == ["objectives|MT1|Một|2026|NULL|NULL|90.0|%|higher|NULL|NULL|NULL"])
    }

    @Test func measurementRules() throws {
        let box = try sandbox()
        _ = try box.syncFile("objectives.csv", "id,title,year,indicator,target,measure\n"
            + "AUTO,Tự động,2026,docs_on_time_pct,90,%\nPCT,Phần trăm,2026,,90,%\nDAYS,Số ngày,2026,,5,ngày\n")
        let path = try box.write("measurements.csv", "objective_id,period,value,numerator,denominator\n"
            + "AUTO,2026-Q1,90,,\n"          // 2: the objective has an indicator
            + "PCT,2026-Q1,80,9,10\n"        // 3: 90% is not 80
            + "PCT,2026-Q2,90.4,9,10\n"      // 4: within 0.5
            + "PCT,2026-Q3,90,9,0\n"         // 5: denominator 0
            + "DAYS,2026-Q1,4.5,9,2\n"       // 6: not a percentage: not compared
            + "NOPE,2026-Q1,1,,\n")          // 7: no such objective
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == [
            "\(path):2: column 'objective_id': objective 'AUTO' takes its values from the indicator docs_on_time_pct, "
                + "expected an objective without an indicator",
            "\(path):3: column 'value': gives 9 ÷ 10 = 90% but value is 80%, expected them to agree within 0.5",
            "\(path):5: column 'denominator': is 0, so value cannot be numerator ÷ denominator, expected a denominator other than 0",
            "\(path):7: column 'objective_id': 'NOPE' names no objective in the store or in this sync, expected the id of an existing objective",
        ])
        let fine = try box.syncFile("measurements-ok.csv", "objective_id,period,value,numerator,denominator\n"
            + "PCT,2026-Q2,90.4,9,10\nDAYS,2026-Q1,4.5,9,2\n")
        #expect(fine.state == .applied)
    }

    @Test func auditRules() throws {
        let box = try sandbox()
        let path = try box.write("audits-2.csv", "id,title,kind,starts_on,ends_on,status\n"
            + "DG2,Hai,giám sát,2026-05-10,2026-05-09,huỷ\n"
            + "DG3,Ba,dạo chơi,2026-05-10,,planned\n")
        let file = try #require(try box.sync([path]).files.first)
        try #require(file.messages.count == 2)
        #expect(file.messages[0] == "\(path):2: column 'ends_on': 2026-05-09 is before starts_on 2026-05-10, expected a date on or after it")
        #expect(file.messages[1].hasPrefix("\(path):3: column 'kind': 'dạo chơi' is not an accepted word, expected one of "
            + "internal, surveillance, certification, inspection, external"))
        #expect(try box.syncFile("audits-3.csv", "id,title,kind,starts_on,ends_on,status\nDG2,Hai,giám sát,2026-05-10,10/05/2026,Hủy\n").state == .applied)
        #expect(try box.value("SELECT kind || ' ' || status FROM audits WHERE id = 'DG2'") == "surveillance cancelled")
    }

    @Test func findingNeedsItsAudit() throws {
        let box = try sandbox()
        let path = try box.write("findings-2.csv", "id,audit_id,grade,description\nPH2,DG9,major,Mô tả\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):2: column 'audit_id': 'DG9' names no audit in the store or in this sync, expected the id of an existing audit"])
    }

    @Test func actionRules() throws {
        let box = try sandbox()
        let path = try box.write("actions.csv", "id,title,unit_id,finding_id,opened_on,due_on,closed_on,status\n"
            + "HD1,Một,VP,PH1,2026-04-01,2026-03-31,,open\n"
            + "HD2,Hai,VP,,2026-04-01,2026-04-30,,đã hoàn thành\n"
            + "HD3,Ba,VP,PH9,2026-04-01,2026-04-30,2026-04-20,verified\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == [
            "\(path):2: column 'due_on': 2026-03-31 is before opened_on 2026-04-01, expected a date on or after it",
            "\(path):3: column 'closed_on': is empty while the status is 'done', expected the date the action was completed",
            "\(path):4: column 'finding_id': 'PH9' names no finding in the store or in this sync, expected the id of an existing finding",
        ])
        let fine = try box.syncFile("actions-ok.csv", "id,title,unit_id,finding_id,opened_on,due_on,closed_on,status\n"
            + "HD3,Ba,VP,PH1,2026-04-01,2026-04-30,2026-04-20,đã xác nhận hiệu lực\n")
        #expect(fine.state == .applied)
        #expect(try box.value("SELECT status FROM actions") == "verified")
    }

    @Test func procedureStatusDefaultsToActive() throws {
        let box = try sandbox()
        #expect(try box.syncFile("procedures.csv", "id,title,status\nQT1,Một,\nQT2,Hai,hết hiệu lực\n").state == .applied)
        #expect(try box.value("SELECT group_concat(status, ' ') FROM (SELECT status FROM procedures ORDER BY id)") == "active retired")
    }

    @Test func serviceLevels() throws {
        let box = try sandbox()
        #expect(try box.syncFile("services.csv", "id,name,level\nS1,Một,toàn trình\nS2,Hai,3\nS3,Ba,một phần\n").state == .applied)
        let path = try box.write("services-bad.csv", "id,name,level\nS4,Bốn,5\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages.first?.hasPrefix("\(path):2: column 'level': '5' is not an accepted word, expected one of 1, 2, 3, 4, partial, full") == true)
    }

    @Test func documentElectronicMayBeLeftEmptyForNo() throws {
        let box = try sandbox()
        let file = try box.syncFile("documents.csv", "id,unit_id,direction,date,electronic\nD1,VP,đến,2026-01-05,\nD2,VP,đi,2026-01-05,x\n")
        #expect(file.state == .applied, "\(file.messages)")
        #expect(try box.snapshot(tables: ["documents"]) == ["documents|D1|VP|in|2026-01-05|0|0|NULL|NULL",
                                                            "documents|D2|VP|out|2026-01-05|1|0|NULL|NULL"])
    }

    @Test func tallyRules() throws {
        let box = try sandbox()
        let path = try box.write("tallies.csv", "unit_id,month,direction,total,electronic,confidential,with_due,on_time\n"
            + "VP,2026-Q1,in,10,5,0,,\n"     // 2: not a month
            + "VP,2026-01,in,10,8,3,,\n"     // 3: 8 + 3 > 10
            + "VP,2026-02,in,10,5,0,11,\n"   // 4: with_due > total
            + "VP,2026-03,in,10,5,0,4,5\n"   // 5: on_time > with_due
            + "VP,2026-04,in,10,5.5,0,,\n"   // 6: not whole
            + "VP,2026-05,in,-1,0,0,,\n")    // 7: negative
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == [
            "\(path):2: column 'month': '2026-Q1' is a quarter, not a month, expected a month as YYYY-MM or MM/YYYY",
            "\(path):3: column 'electronic': electronic 8 + confidential 3 is more than total 10, expected electronic + confidential ≤ total",
            "\(path):4: column 'with_due': 11 is more than total 10, expected with_due ≤ total",
            "\(path):5: column 'on_time': 5 is more than with_due 4, expected on_time ≤ with_due",
            "\(path):6: column 'electronic': '5.5' is not a whole number, expected a whole number ≥ 0",
            "\(path):7: column 'total': '-1' is negative, expected a whole number ≥ 0",
        ])
        let fine = try box.syncFile("tallies-ok.csv", "unit_id,month,direction,total,electronic,confidential\nVP,05/2026,in,10,8,2\n")
        #expect(fine.state == .applied)
        #expect(try box.snapshot(tables: ["tallies"]) == ["tallies|VP|2026-05|in|10|8|2|0|0|NULL"])
    }

    @Test func deletedRowIsATombstoneNeedingOnlyTheKey() throws {
        let box = try sandbox()
        _ = try box.syncFile("documents.csv", "id,unit_id,direction,date,electronic\nD1,VP,in,2026-01-05,1\nD2,VP,in,2026-01-05,1\n")
        let file = try box.syncFile("documents-del.csv", "id,unit_id,direction,date,electronic,deleted\nD1,,,,,có\nD9,,,,,1\n")
        #expect(file.state == .applied, "\(file.messages)")
        #expect(file.counts.deleted == 1)
        #expect(file.counts.unchanged == 1)
        #expect(try box.snapshot(tables: ["documents", "document_months"]) == [
            "documents|D2|VP|in|2026-01-05|1|0|NULL|NULL", "document_months|VP|2026-01|in|1|1|1|0"])
    }

    @Test func badDeletedValueIsAnError() throws {
        let box = try sandbox()
        let path = try box.write("units-del.csv", "id,name,đã xoá\nVP,,chắc chắn\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages.first?.hasPrefix("\(path):2: column 'đã xoá': 'chắc chắn' is not a yes/no value") == true)
    }

    @Test func everyProblemOfARowIsReported() throws {
        let box = try sandbox()
        let path = try box.write("documents.csv", "id,unit_id,direction,date,electronic\n,VP,sideways,31/02/2026,maybe\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.errors.kept.compactMap(\.column) == ["id", "direction", "date", "electronic"])
    }
}
