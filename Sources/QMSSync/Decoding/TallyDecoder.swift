import QMSDomain

/// A `tallies` row → a `TallyRecord`: a month, whole counts ≥ 0,
/// `electronic` + `confidential` ≤ `total` and `on_time` ≤ `with_due` ≤ `total`.
enum TallyDecoder {
    typealias C = TallyColumns

    static func record(_ r: inout CellReader) -> TallyRecord? {
        let unitID = r.id(C.unitID)
        let month = r.month(C.month)
        let direction = r.choice(C.direction, as: DocumentDirection.self)
        let total = r.count(C.total)
        let electronic = r.count(C.electronic)
        let confidential = r.count(C.confidential)
        let withDue = r.count(C.withDue) ?? 0
        let onTime = r.count(C.onTime) ?? 0
        let asOf = r.date(C.asOf)
        guard r.isValid, let unitID, let month, let direction, let total, let electronic, let confidential else {
            return nil
        }
        let labels = r.cells.labels
        let label = { (column: ColumnSpec) in labels[column.index] }
        if electronic + confidential > total {
            r.report(C.electronic, "\(label(C.electronic)) \(electronic) + \(label(C.confidential)) \(confidential) "
                + "is more than \(label(C.total)) \(total), expected electronic + confidential ≤ total")
        }
        if withDue > total {
            r.report(C.withDue, "\(withDue) is more than \(label(C.total)) \(total), expected with_due ≤ total")
        }
        if onTime > withDue {
            r.report(C.onTime, "\(onTime) is more than \(label(C.withDue)) \(withDue), expected on_time ≤ with_due")
        }
        guard r.isValid else { return nil }
        return TallyRecord(unitID: unitID, month: month, direction: direction, total: total,
                           electronic: electronic, confidential: confidential, withDue: withDue,
                           onTime: onTime, asOf: asOf)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        let unitID = r.id(C.unitID)
        let month = r.month(C.month)
        let direction = r.choice(C.direction, as: DocumentDirection.self)
        guard let unitID, let month, let direction else { return nil }
        return .tally(unitID: unitID, month: month, direction: direction)
    }
}
