import QMSDomain

/// An `audits` row → an `AuditRecord`; `ends_on` must not be before `starts_on`.
enum AuditDecoder {
    typealias C = AuditColumns

    static func record(_ r: inout CellReader) -> AuditRecord? {
        let id = r.id(C.id)
        let title = r.text(C.title)
        let kind = r.choice(C.kind, as: AuditKind.self)
        let unitID = r.id(C.unitID)
        let startsOn = r.date(C.startsOn)
        let endsOn = r.date(C.endsOn)
        let status = r.choice(C.status, as: AuditStatus.self)
        let lead = r.text(C.lead)
        guard r.isValid, let id, let title, let kind, let startsOn, let status else { return nil }
        if let endsOn, endsOn < startsOn {
            r.report(C.endsOn, "\(endsOn) is before \(r.cells.labels[C.startsOn.index]) \(startsOn), "
                + "expected a date on or after it")
            return nil
        }
        return AuditRecord(id: id, title: title, kind: kind, unitID: unitID, startsOn: startsOn,
                           endsOn: endsOn, status: status, lead: lead)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.audit)
    }
}
