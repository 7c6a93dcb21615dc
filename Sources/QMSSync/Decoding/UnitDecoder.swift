import QMSDomain

/// A `units` row → a `UnitRecord`. Parent cycles need the store and are checked on apply.
enum UnitDecoder {
    typealias C = UnitColumns

    static func record(_ r: inout CellReader) -> UnitRecord? {
        let id = r.id(C.id)
        let name = r.text(C.name)
        let parentID = r.id(C.parentID)
        let kind = r.text(C.kind)
        let standard = r.text(C.standard)
        let announcedOn = r.date(C.announcedOn)
        let mandatory = r.bool(C.mandatory)
        guard r.isValid, let id, let name, let mandatory else { return nil }
        if parentID == id {
            r.report(C.parentID, "names the unit itself, expected the id of another unit or nothing")
            return nil
        }
        return UnitRecord(id: id, name: name, parentID: parentID, kind: kind, standard: standard,
                          announcedOn: announcedOn, mandatory: mandatory)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.unit)
    }
}
