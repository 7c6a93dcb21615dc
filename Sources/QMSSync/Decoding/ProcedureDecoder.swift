import QMSDomain

/// A `procedures` row → a `ProcedureRecord` (status defaults to active).
enum ProcedureDecoder {
    typealias C = ProcedureColumns

    static func record(_ r: inout CellReader) -> ProcedureRecord? {
        let id = r.id(C.id)
        let title = r.text(C.title)
        let unitID = r.id(C.unitID)
        let version = r.text(C.version)
        let issuedOn = r.date(C.issuedOn)
        let reviewedOn = r.date(C.reviewedOn)
        let status = r.choice(C.status, as: ProcedureStatus.self)
        guard r.isValid, let id, let title else { return nil }
        return ProcedureRecord(id: id, title: title, unitID: unitID, version: version, issuedOn: issuedOn,
                               reviewedOn: reviewedOn, status: status ?? .active)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.procedure)
    }
}
