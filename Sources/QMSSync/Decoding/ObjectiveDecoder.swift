import QMSDomain

/// An `objectives` row → an `ObjectiveRecord`, with the contract's defaults
/// (`measure` `%`, `direction` higher; margin and due date stay nil and are derived).
enum ObjectiveDecoder {
    typealias C = ObjectiveColumns

    static func record(_ r: inout CellReader) -> ObjectiveRecord? {
        let id = r.id(C.id)
        let title = r.text(C.title)
        let year = r.year(C.year)
        let unitID = r.id(C.unitID)
        let indicator = r.choice(C.indicator, as: Indicator.self)
        let target = r.number(C.target)
        let measure = r.text(C.measure)
        let direction = r.choice(C.direction, as: Direction.self)
        let margin = r.number(C.margin)
        let owner = r.text(C.owner)
        let dueOn = r.date(C.dueOn)
        guard r.isValid, let id, let title, let year, let target else { return nil }
        return ObjectiveRecord(id: id, title: title, year: year, unitID: unitID, indicator: indicator,
                               target: target, measure: measure ?? "%", direction: direction ?? .higher,
                               margin: margin, owner: owner, dueOn: dueOn)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.objective)
    }
}
