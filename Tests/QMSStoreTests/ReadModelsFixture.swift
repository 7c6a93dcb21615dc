import Foundation
import QMSDomain
@testable import QMSStore

/// Builds small stores for the read-model tests on the `Tree` of TestSupport:
/// ORG ← DEPT-A ← DIV-A1, DIV-A2; ORG ← DEPT-B.
struct ReadModelsFixture {
    let store: Store

    init(_ store: Store, tree: Bool = true) throws {
        self.store = store
        if tree { try Tree.insert(into: store) }
    }

    /// Writes records of one kind in one transaction.
    func put<Record: StoredRecord>(_ records: [Record]) throws {
        let writer = try store.writer(for: Record.self)
        try store.write {
            for record in records { try writer.upsert(record) }
        }
    }

    func put<Record: StoredRecord>(_ records: Record...) throws {
        try put(records)
    }

    // MARK: Record shorthands

    static func objective(_ id: String, unit: String?, indicator: Indicator? = nil, target: Double = 90,
                          measure: String = "%", direction: Direction = .higher, margin: Double? = nil,
                          year: Int = 2026) -> ObjectiveRecord {
        ObjectiveRecord(id: id, title: "Objective \(id)", year: year, unitID: unit, indicator: indicator,
                        target: target, measure: measure, direction: direction, margin: margin)
    }

    static func document(_ id: String, _ unit: String, _ direction: DocumentDirection = .in, _ date: String,
                         electronic: Bool = true, confidential: Bool = false, due: String? = nil,
                         done: String? = nil) -> DocumentRecord {
        DocumentRecord(id: id, unitID: unit, direction: direction, date: day(date), electronic: electronic,
                       confidential: confidential, dueOn: due.map(day), doneOn: done.map(day))
    }

    static func action(_ id: String, _ unit: String, due: String, status: ActionStatus = .open, closed: String? = nil,
                       opened: String = "2025-01-01", owner: String? = nil, finding: String? = nil) -> ActionRecord {
        ActionRecord(id: id, title: "Action \(id)", unitID: unit, findingID: finding, owner: owner,
                     openedOn: day(opened), dueOn: day(due), closedOn: closed.map(day), status: status)
    }

    static func audit(_ id: String, unit: String?, starts: String, status: AuditStatus,
                      kind: AuditKind = .internal) -> AuditRecord {
        AuditRecord(id: id, title: "Audit \(id)", kind: kind, unitID: unit, startsOn: day(starts), status: status)
    }

    static func finding(_ id: String, audit: String, grade: FindingGrade, unit: String? = nil) -> FindingRecord {
        FindingRecord(id: id, auditID: audit, unitID: unit, grade: grade, description: "Finding \(id)")
    }

    static func measurement(_ objective: String, _ period: String, _ value: Double, numerator: Double? = nil,
                            denominator: Double? = nil) -> MeasurementRecord {
        MeasurementRecord(objectiveID: objective, period: QMSStoreTests.period(period), value: value,
                          numerator: numerator, denominator: denominator)
    }
}

extension StatusSnapshot {
    /// The progress of one objective, for assertions.
    func objective(_ id: String) -> ObjectiveProgress? {
        objectives.first { $0.objective.id == id }
    }
}
