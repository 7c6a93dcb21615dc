import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// Issue 8, SQL injection: values reach SQLite only as bound parameters. Quotes,
/// `'; DROP TABLE …` and friends in every text column (ids included) of every kind
/// come back byte for byte, and every table is still there.
@Suite struct BoundParametersTests {
    /// A text that ends an SQL string literal and runs statements, if ever pasted into SQL.
    static let text = #"O'Brien said "hi"; '); DROP TABLE units; -- Phòng 'A'"#
    static let other = #"Nguyễn "Văn" A'; DELETE FROM documents WHERE '1'='1"#

    // Ids, one per kind, each a different attempt (at most 64 characters, no controls).
    static let unit = "U1'; DROP TABLE units; --"
    static let childUnit = #"U2" OR "1"="1"#
    static let objective = "MT'); DROP TABLE objectives;--"
    static let audit = #"DG" OR 1=1 --"#
    static let finding = "PH'||(SELECT group_concat(name) FROM sqlite_schema)||'"
    static let action = "HD'; UPDATE actions SET status='done'; --"
    static let procedure = "QT' OR ''='"
    static let service = #"DV\'; --"#
    static let document = "VB'; ATTACH DATABASE '/tmp/isodash-pwned.db' AS x; --"

    /// One CSV field, quoted as RFC 4180 asks.
    static func field(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func csv(_ header: String, _ rows: [[String]]) -> String {
        header + "\n" + rows.map { $0.map(field).joined(separator: ",") + "\n" }.joined()
    }

    @Test func hostileTextInEveryColumnOfEveryKindRoundTrips() throws {
        let box = try SyncSandbox()
        let tablesBefore = try box.value("SELECT count(*) FROM sqlite_schema")
        let files: [(String, String)] = [
            ("units.csv", Self.csv("id,name,parent_id,kind,standard", [
                [Self.unit, Self.text, "", Self.other, Self.text],
                [Self.childUnit, Self.other, Self.unit, Self.text, ""]])),
            ("objectives.csv", Self.csv("id,title,year,unit_id,target,measure,owner", [
                [Self.objective, Self.text, "2026", Self.unit, "5", Self.other, Self.text]])),
            ("measurements.csv", Self.csv("objective_id,period,value,note", [[Self.objective, "2026-Q1", "4", Self.text]])),
            ("audits.csv", Self.csv("id,title,kind,unit_id,starts_on,status,lead", [
                [Self.audit, Self.text, "internal", Self.childUnit, "2026-03-01", "planned", Self.other]])),
            ("findings.csv", Self.csv("id,audit_id,unit_id,grade,clause,description", [
                [Self.finding, Self.audit, Self.unit, "minor", Self.other, Self.text]])),
            ("actions.csv", Self.csv("id,title,unit_id,finding_id,owner,opened_on,due_on,status", [
                [Self.action, Self.text, Self.unit, Self.finding, Self.other, "2026-03-02", "2026-04-01", "open"]])),
            ("procedures.csv", Self.csv("id,title,unit_id,version", [[Self.procedure, Self.text, Self.unit, Self.other]])),
            ("services.csv", Self.csv("id,name,unit_id,level", [[Self.service, Self.text, Self.childUnit, "full"]])),
            ("documents.csv", Self.csv("id,unit_id,direction,date,electronic", [[Self.document, Self.unit, "in", "2026-01-05", "1"]])),
            ("tallies.csv", Self.csv("unit_id,month,direction,total,electronic,confidential", [
                [Self.childUnit, "2026-02", "out", "10", "5", "1"]])),
        ]
        for (name, text) in files { try box.write("hostile-sql/\(name)", text) }
        let report = try box.sync([box.path("hostile-sql")])
        #expect(report.files.map(\.state) == Array(repeating: .applied, count: 10), "\(report.files.map(\.messages))")

        let store = box.store
        let day = { (text: String) in Day.parse(text)! }
        #expect(try store.fetch(UnitRecord.self, key: Self.unit)
            == UnitRecord(id: Self.unit, name: Self.text, kind: Self.other, standard: Self.text))
        #expect(try store.fetch(UnitRecord.self, key: Self.childUnit)
            == UnitRecord(id: Self.childUnit, name: Self.other, parentID: Self.unit, kind: Self.text))
        #expect(try store.fetch(ObjectiveRecord.self, key: Self.objective)
            == ObjectiveRecord(id: Self.objective, title: Self.text, year: 2026, unitID: Self.unit, target: 5,
                               measure: Self.other, owner: Self.text))
        #expect(try store.fetch(MeasurementRecord.self, key: MeasurementKey(objectiveID: Self.objective, period: Period.parse("2026-Q1")!))
            == MeasurementRecord(objectiveID: Self.objective, period: Period.parse("2026-Q1")!, value: 4, note: Self.text))
        #expect(try store.fetch(AuditRecord.self, key: Self.audit)
            == AuditRecord(id: Self.audit, title: Self.text, kind: .internal, unitID: Self.childUnit,
                           startsOn: day("2026-03-01"), status: .planned, lead: Self.other))
        #expect(try store.fetch(FindingRecord.self, key: Self.finding)
            == FindingRecord(id: Self.finding, auditID: Self.audit, unitID: Self.unit, grade: .minor, clause: Self.other,
                             description: Self.text))
        #expect(try store.fetch(ActionRecord.self, key: Self.action)
            == ActionRecord(id: Self.action, title: Self.text, unitID: Self.unit, findingID: Self.finding, owner: Self.other,
                            openedOn: day("2026-03-02"), dueOn: day("2026-04-01"), status: .open))
        #expect(try store.fetch(ProcedureRecord.self, key: Self.procedure)
            == ProcedureRecord(id: Self.procedure, title: Self.text, unitID: Self.unit, version: Self.other))
        #expect(try store.fetch(ServiceRecord.self, key: Self.service)
            == ServiceRecord(id: Self.service, name: Self.text, unitID: Self.childUnit, level: .full))
        #expect(try store.fetch(DocumentRecord.self, key: Self.document)
            == DocumentRecord(id: Self.document, unitID: Self.unit, direction: .in, date: day("2026-01-05"), electronic: true))
        let tallyKey = TallyKey(unitID: Self.childUnit, month: Period.parse("2026-02")!, direction: .out)
        #expect(try store.fetch(TallyRecord.self, key: tallyKey)
            == TallyRecord(unitID: Self.childUnit, month: Period.parse("2026-02")!, direction: .out, total: 10,
                           electronic: 5, confidential: 1))

        // The read models take hostile ids as scopes and filters.
        let asOf = day("2026-12-31")
        let snapshot = try store.statusSnapshot(scope: UnitScope(rootID: Self.unit), asOf: asOf)
        #expect(snapshot.objectives.map(\.objective.title) == [Self.text])
        #expect(snapshot.overdueActions.map(\.action.title) == [Self.text])
        #expect(snapshot.openAudits.map(\.audit.id) == [Self.audit])
        #expect(snapshot.openAudits.first?.unitName == Self.other)
        #expect(try store.findings(auditID: Self.audit).map(\.finding.id) == [Self.finding])
        #expect(try store.objectiveTrend(objectiveID: Self.objective, asOf: asOf).current.value == 4)
        #expect(try store.unitScorecard(scope: UnitScope(rootID: Self.childUnit), asOf: asOf).rows.map(\.unit.id) == [Self.childUnit])
        let widened = storeError { _ = try store.statusSnapshot(scope: UnitScope(rootID: "x' OR '1'='1"), asOf: asOf) }
        if case .unknownUnit? = widened {} else {
            Issue.record("a scope naming no unit must be refused, not widened: \(String(describing: widened))")
        }

        // Review texts are bound too.
        let review = try store.openReview(on: asOf, scopeUnitID: Self.unit, title: Self.text, chair: Self.other, now: SyncSandbox.clock())
        try store.addReviewEntry(reviewID: review.id, section: .objectives, kind: .decision, text: Self.text, now: SyncSandbox.clock())
        try store.addReviewActionItem(reviewID: review.id, text: Self.other, unitID: Self.unit, dueOn: asOf, now: SyncSandbox.clock())
        try store.setReviewAttendees(reviewID: review.id, [ReviewAttendee(name: Self.other, role: Self.text)])
        try store.closeReview(id: review.id, snapshot: Self.text, now: SyncSandbox.clock())
        let found = try store.review(id: review.id)
        let stored = try #require(found)
        #expect(stored.title == Self.text && stored.chair == Self.other && stored.scopeUnitID == Self.unit)
        #expect(stored.frozenSnapshot == Self.text)
        #expect(try store.reviewEntries(reviewID: review.id).map(\.text) == [Self.text])
        #expect(try store.reviewActionItems(reviewID: review.id).map(\.unitID) == [Self.unit])
        #expect(try store.reviewAttendees(reviewID: review.id) == [ReviewAttendee(name: Self.other, role: Self.text)])

        // Nothing was dropped, attached or rewritten on the way.
        #expect(try box.value("SELECT count(*) FROM sqlite_schema") == tablesBefore)
        #expect(try box.value("SELECT count(*) FROM pragma_database_list") == "1")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/isodash-pwned.db"))
        #expect(try SyncSandbox.dataTables.dropLast().map { try box.count($0) } == [2, 1, 1, 1, 1, 1, 1, 1, 1, 1])
    }
}

/// The error `body` throws as a `StoreError`, or nil.
private func storeError(_ body: () throws -> Void) -> StoreError? {
    do {
        try body()
        return nil
    } catch let error as StoreError {
        return error
    } catch {
        return nil
    }
}
