import QMSDomain

/// A `services` row → a `ServiceRecord`.
enum ServiceDecoder {
    typealias C = ServiceColumns

    static func record(_ r: inout CellReader) -> ServiceRecord? {
        let id = r.id(C.id)
        let name = r.text(C.name)
        let unitID = r.id(C.unitID)
        let level = r.choice(C.level, as: ServiceLevel.self)
        guard r.isValid, let id, let name, let level else { return nil }
        return ServiceRecord(id: id, name: name, unitID: unitID, level: level)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.service)
    }
}
