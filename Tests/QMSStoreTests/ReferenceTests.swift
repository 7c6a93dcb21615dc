import QMSDomain
import Testing
@testable import QMSStore

/// References must resolve, and a record others refer to cannot be deleted:
/// the contract's rules, enforced by the store's foreign keys.
@Suite struct ReferenceTests {
    @Test func aFindingForAMissingAuditIsRejected() throws {
        try withStore { store throws in
            let finding = FindingRecord(id: "F1", auditID: "NO-SUCH-AUDIT", grade: .minor, description: "x")
            let error = storeError { try store.upsert(finding) }
            guard case .missingReference(let kind, let key, let columns) = error else {
                Issue.record("expected missingReference, got \(String(describing: error))")
                return
            }
            #expect(kind == .findings && key == "F1")
            #expect(columns == ["audit_id", "unit_id"])
            #expect(error?.description == "findings 'F1' refers to a record that is not in the store (check audit_id, unit_id)")
            #expect(try store.fetch(FindingRecord.self, key: "F1") == nil)
        }
    }

    @Test func anUpdateToAMissingReferenceIsRejectedAndKeepsTheOldRow() throws {
        try withStore { store throws in
            try store.upsert(UnitRecord(id: "U1", name: "one"))
            let action = ActionRecord(id: "ACT", title: "x", unitID: "U1", openedOn: day("2026-01-01"),
                                      dueOn: day("2026-02-01"), status: .open)
            try store.upsert(action)
            var moved = action
            moved.unitID = "GONE"
            guard case .missingReference(.actions, "ACT", _) = storeError({ try store.upsert(moved) }) else {
                Issue.record("moving an action to a missing unit must be refused")
                return
            }
            #expect(try store.fetch(ActionRecord.self, key: "ACT") == action)
        }
    }

    @Test func deletingAReferencedUnitNamesWhoRefersToIt() throws {
        try withStore { store throws in
            try Tree.insert(into: store)
            try store.upsert(ActionRecord(id: "ACT", title: "x", unitID: "DIV-A1", openedOn: day("2026-01-01"),
                                          dueOn: day("2026-02-01"), status: .open))
            try store.upsert(DocumentRecord(id: "D1", unitID: "DIV-A1", direction: .in, date: day("2026-01-05"),
                                            electronic: true))
            let error = storeError { try store.delete(UnitRecord.self, key: "DIV-A1") }
            guard case .stillReferenced(let kind, let key, let referencedBy) = error else {
                Issue.record("expected stillReferenced, got \(String(describing: error))")
                return
            }
            #expect(kind == .units && key == "DIV-A1")
            #expect(referencedBy == [.actions, .documents])
            #expect(error?.description
                == "cannot delete units 'DIV-A1': actions, documents still refer to it; delete or change those first")
            #expect(try store.fetch(UnitRecord.self, key: "DIV-A1") != nil)

            // A parent with children is referenced by units.
            guard case .stillReferenced(.units, "DEPT-A", [.units]) = storeError({ try store.delete(UnitRecord.self, key: "DEPT-A") }) else {
                Issue.record("a unit with children must not be deleted")
                return
            }

            // Once nothing refers to it, it goes.
            try store.delete(ActionRecord.self, key: "ACT")
            try store.delete(DocumentRecord.self, key: "D1")
            #expect(try store.delete(UnitRecord.self, key: "DIV-A1"))
        }
    }

    @Test func deletingAReferencedAuditFindingOrObjectiveIsRefused() throws {
        try withStore { store throws in
            try RecordRoundTripTests.seedParents(store)
            try store.upsert(ActionRecord(id: "ACT", title: "x", unitID: "U1", findingID: "F1",
                                          openedOn: day("2026-01-01"), dueOn: day("2026-02-01"), status: .open))
            try store.upsert(MeasurementRecord(objectiveID: "O1", period: period("2026-05"), value: 3))
            guard case .stillReferenced(.audits, "A1", [.findings]) = storeError({ try store.delete(AuditRecord.self, key: "A1") }),
                  case .stillReferenced(.findings, "F1", [.actions]) = storeError({ try store.delete(FindingRecord.self, key: "F1") }),
                  case .stillReferenced(.objectives, "O1", [.measurements]) = storeError({ try store.delete(ObjectiveRecord.self, key: "O1") })
            else {
                Issue.record("referenced audits, findings and objectives must not be deleted")
                return
            }
        }
    }
}
