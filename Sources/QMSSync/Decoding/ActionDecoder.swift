import QMSDomain

/// An `actions` row → an `ActionRecord`; `due_on` not before `opened_on`, and
/// `closed_on` required once the action is `done` or `verified`.
enum ActionDecoder {
    typealias C = ActionColumns

    static func record(_ r: inout CellReader) -> ActionRecord? {
        let id = r.id(C.id)
        let title = r.text(C.title)
        let unitID = r.id(C.unitID)
        let findingID = r.id(C.findingID)
        let owner = r.text(C.owner)
        let openedOn = r.date(C.openedOn)
        let dueOn = r.date(C.dueOn)
        let closedOn = r.date(C.closedOn)
        let status = r.choice(C.status, as: ActionStatus.self)
        guard r.isValid, let id, let title, let unitID, let openedOn, let dueOn, let status else { return nil }
        if dueOn < openedOn {
            r.report(C.dueOn, "\(dueOn) is before \(r.cells.labels[C.openedOn.index]) \(openedOn), "
                + "expected a date on or after it")
        }
        if closedOn == nil, status == .done || status == .verified {
            r.report(C.closedOn, "is empty while the status is '\(status.rawValue)', "
                + "expected the date the action was completed")
        }
        guard r.isValid else { return nil }
        return ActionRecord(id: id, title: title, unitID: unitID, findingID: findingID, owner: owner,
                            openedOn: openedOn, dueOn: dueOn, closedOn: closedOn, status: status)
    }

    static func key(_ r: inout CellReader) -> RecordKey? {
        r.id(C.id).map(RecordKey.action)
    }
}
