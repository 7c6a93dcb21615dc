import QMSDomain
import Testing
@testable import QMSStore

/// The look-ahead figures of the units scorecard and the actions screen: the same
/// numbers as `dueSoonCounts` / `closingTimes` and the status snapshot, so no two
/// screens disagree about a unit.
extension ReadModelsLookAheadTests {
    @Test func scorecardRowsCarryTheUnitsDueSoonCountAndDaysToClose() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fillActions(fixture)
            let units = ["ORG", "DEPT-A", "DIV-A1", "DEPT-B"]
            for within in [14, 15, 0] {
                let page = try store.unitScorecard(scope: .organisation, asOf: asOf, offset: 0, limit: 100,
                                                   dueWithin: within)
                let rows = Dictionary(uniqueKeysWithValues: page.rows.map { ($0.unit.id, $0) })
                let dueSoon = try store.dueSoonCounts(unitIDs: units, asOf: asOf, within: within)
                let closing = try store.closingTimes(unitIDs: units, asOf: asOf)
                for unit in units {
                    let row = try #require(rows[unit], "\(unit) is on the scorecard")
                    #expect(row.dueSoon == dueSoon[unit], "\(unit) within \(within)")
                    #expect(row.closing == closing[unit], "\(unit)")
                }
            }
            let page = try store.unitScorecard(scope: .organisation, asOf: asOf, offset: 0, limit: 100)
            let rows = Dictionary(uniqueKeysWithValues: page.rows.map { ($0.unit.id, $0) })
            #expect(rows["DEPT-A"]?.dueSoon == 2, "TODAY and EDGE; not LATER (D + 15) nor LATE")
            #expect(rows["DEPT-B"]?.closing == ClosingTimes.none, "nothing closed this year: no figures")
            #expect(rows["DIV-A1"]?.closing == ClosingTimes(days: [10]))
        }
    }

    @Test func actionTotalsCarryTheScopesDueSoonCountAndDaysToCloseWhateverTheFilter() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fillActions(fixture)
            let snapshot = try store.statusSnapshot(scope: .organisation, asOf: asOf)
            let all = try store.actionTotals(of: store.actionList(scope: .organisation, asOf: asOf))
            #expect(all.dueSoon == snapshot.counts.dueSoon)
            #expect(all.closing == snapshot.closing)

            let deptA = UnitScope(rootID: "DEPT-A")
            let overdueOnly = try store.actionList(scope: deptA, asOf: asOf, filter: ActionFilter(overdueOnly: true))
            let totals = try store.actionTotals(of: overdueOnly, dueWithin: 15)
            #expect(totals.dueSoon == 3, "the scope's due-soon actions, not the overdue-only list's")
            #expect(totals.closing == ClosingTimes(days: [10, 31]))
        }
    }
}
