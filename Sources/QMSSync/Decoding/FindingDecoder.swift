import QMSDomain

/// A `findings` row → a `FindingRecord`.
enum FindingDecoder {
    typealias C = FindingColumns

    static func record(_ r: inout CellReader) -> FindingRecord? {
        let id = r.id(C.id)
        let auditID = r.id(C.auditID)
        let unitID = r.id(C.unitID)
        let grade = r.choice(C.grade, as: FindingGrade.self)
        let clause = r.text(C.clause)
        let description = r.text(C.description)
        let raisedOn = r.date(C.raisedOn)
        guard r.isValid, let id, let auditID, let grade, let description else { return nil }
        return FindingRecord(id: id, auditID: auditID, unitID: unitID, grade: grade, clause: clause,
                             description: description, raisedOn: raisedOn)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.finding)
    }
}
