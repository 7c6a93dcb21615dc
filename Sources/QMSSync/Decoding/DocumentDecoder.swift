import QMSDomain

/// A `documents` row → a `DocumentRecord` (the hot path: millions of rows a year).
enum DocumentDecoder {
    typealias C = DocumentColumns

    static func record(_ r: inout CellReader) -> DocumentRecord? {
        let id = r.id(C.id)
        let unitID = r.id(C.unitID)
        let direction = r.choice(C.direction, as: DocumentDirection.self)
        let date = r.date(C.date)
        let electronic = r.bool(C.electronic)
        let confidential = r.bool(C.confidential)
        let dueOn = r.date(C.dueOn)
        let doneOn = r.date(C.doneOn)
        guard r.isValid, let id, let unitID, let direction, let date, let electronic, let confidential else {
            return nil
        }
        return DocumentRecord(id: id, unitID: unitID, direction: direction, date: date, electronic: electronic,
                              confidential: confidential, dueOn: dueOn, doneOn: doneOn)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.document)
    }
}
