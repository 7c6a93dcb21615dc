import QMSDomain
import Testing
@testable import QMSStore

/// `Store.actionList`, `actionTotals` and `actionRows`: the actions list read page by
/// page next to a key (keyset paging) or from either end gives the same rows, in the
/// same order, as the list read whole, whichever way it is walked.
@Suite struct ReadModelsActionPagingTests {
    typealias F = ReadModelsFixture
    let asOf = day("2026-05-15")

    /// 61 actions on six due days (many share one, so the id breaks the ties), ids
    /// not in due order, every status, four units, two owners.
    func populate(_ store: Store) throws -> [ActionRecord] {
        let fixture = try F(store)
        let dues = ["2026-01-10", "2026-04-30", "2026-05-14", "2026-05-15", "2026-05-20", "2026-08-01"]
        let units = ["DEPT-A", "DIV-A1", "DIV-A2", "DEPT-B", "ORG"]
        let statuses: [ActionStatus] = [.open, .inProgress, .open, .done, .cancelled, .verified, .open]
        let actions = (0..<61).map { n in
            let status = statuses[n % statuses.count]
            return F.action(String(format: "A-%02d", (n * 37) % 61), units[n % units.count], due: dues[(n * 5) % dues.count],
                            status: status, closed: status.isClosed ? "2026-03-01" : nil,
                            owner: n % 3 == 0 ? "Nguyễn Văn An" : "Trần Thị Bình")
        }
        try fixture.put(actions)
        return actions
    }

    /// The list as the screen documents it, computed here: the filter's actions,
    /// overdue first with the most days late first, then by due day, then by id.
    func expected(_ actions: [ActionRecord], _ filter: ActionFilter, units: Set<String>? = nil) -> [String] {
        actions.filter { action in
            (units?.contains(action.unitID) ?? true)
                && (filter.status.map { action.status == $0 } ?? action.status.isPending)
                && (!filter.overdueOnly || action.isOverdue(on: asOf))
                && (filter.owner.map { _ in action.owner == "Nguyễn Văn An" } ?? true)  // the only owner filter: "nguyen"
                && (filter.unitID.map { action.unitID == $0 } ?? true)
        }.sorted { a, b in
            let lateA = a.isOverdue(on: asOf), lateB = b.isOverdue(on: asOf)
            if lateA != lateB { return lateA }
            return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.id < b.id
        }.map(\.id)
    }

    static let filters = [
        ActionFilter.open, ActionFilter(status: .open), ActionFilter(status: .done), ActionFilter(overdueOnly: true),
        ActionFilter(owner: "nguyen"), ActionFilter(unitID: "DIV-A1"),
    ]

    @Test(arguments: filters)
    func keysetPagesWalkTheWholeListBothWaysInTheListsOrder(filter: ActionFilter) throws {
        try withStore { store throws in
            let actions = try populate(store)
            for (scope, units) in [(UnitScope.organisation, nil), (UnitScope(rootID: "DEPT-A"), ["DEPT-A", "DIV-A1", "DIV-A2"])] {
                let expected = expected(actions, filter, units: units.map(Set.init))
                let list = try store.actionList(scope: scope, asOf: asOf, filter: filter)
                #expect(try store.actionTotals(of: list).totalCount == expected.count)
                for limit in [1, 4, 7] {
                    // Down from the first page, each page after the last row read.
                    var forward = try store.actionRows(of: list, from: .start(skipping: 0), limit: limit)
                    while let last = forward.last, forward.count < expected.count + 1 {
                        let next = try store.actionRows(of: list, from: .after(ActionListKey(last)), limit: limit)
                        if next.isEmpty { break }
                        forward += next
                    }
                    #expect(forward.map(\.action.id) == expected, "\(filter), \(scope), pages of \(limit) down")
                    // Up from the last page, each page before the first row read.
                    var backward = try store.actionRows(of: list, from: .end(skipping: 0), limit: limit)
                    while let first = backward.first, backward.count < expected.count + 1 {
                        let previous = try store.actionRows(of: list, from: .before(ActionListKey(first)), limit: limit)
                        if previous.isEmpty { break }
                        backward = previous + backward
                    }
                    #expect(backward.map(\.action.id) == expected, "\(filter), \(scope), pages of \(limit) up")
                }
                // Pages counted from either end, and the offset pages of `actionsPage`.
                for skip in [0, 3, expected.count - 2, expected.count + 5] where skip >= 0 {
                    let fromStart = try store.actionRows(of: list, from: .start(skipping: skip), limit: 5)
                    #expect(fromStart.map(\.action.id) == Array(expected.dropFirst(skip).prefix(5)))
                    let fromEnd = try store.actionRows(of: list, from: .end(skipping: skip), limit: 5)
                    #expect(fromEnd.map(\.action.id) == Array(expected.dropLast(skip).suffix(5)))
                    let page = try store.actionsPage(scope: scope, asOf: asOf, filter: filter, offset: skip, limit: 5)
                    #expect(page.rows.map(\.action.id) == Array(expected.dropFirst(skip).prefix(5)))
                    #expect(page.totalCount == expected.count)
                }
            }
        }
    }

    @Test func rowsFollowAKeyThatIsNoLongerInTheList() throws {
        try withStore { store throws in
            let actions = try populate(store)
            let expected = expected(actions, .open)
            let list = try store.actionList(scope: .organisation, asOf: asOf)
            // A key between two rows (its action closed by a sync since it was read).
            let gone = ActionListKey(dueOn: day("2026-05-15"), id: "A-30½")
            let after = try store.actionRows(of: list, from: .after(gone), limit: 100).map(\.action.id)
            let before = try store.actionRows(of: list, from: .before(gone), limit: 100).map(\.action.id)
            #expect(before + after == expected)
            #expect(!after.isEmpty && !before.isEmpty)
        }
    }

    @Test func totalsAreThoseOfTheWholePagedList() throws {
        try withStore { store throws in
            _ = try populate(store)
            for filter in Self.filters {
                let list = try store.actionList(scope: .organisation, asOf: asOf, filter: filter)
                let totals = try store.actionTotals(of: list, topUnits: 3)
                let page = try store.actionsPage(scope: .organisation, asOf: asOf, filter: filter, offset: 2, limit: 3,
                                                 topUnits: 3)
                #expect(ActionPage(rows: page.rows, offset: 2, totals: totals) == page)
            }
        }
    }

    @Test func aListOfOneUnitOrAFewIsReadUnitByUnit() throws {
        try withStore { store throws in
            _ = try populate(store)
            // The fixture's tree has five units: no subtree is 1/32 of it, one unit picked is.
            #expect(try !store.actionList(scope: .organisation, asOf: asOf).isNarrow)
            #expect(try !store.actionList(scope: UnitScope(rootID: "DIV-A1"), asOf: asOf).isNarrow)
            #expect(try store.actionList(scope: .organisation, asOf: asOf, filter: ActionFilter(unitID: "DEPT-B")).isNarrow)
        }
    }

    @Test func anOwnerFilterIsResolvedToTheOwnerNamesOnce() throws {
        try withStore { store throws in
            _ = try populate(store)
            #expect(try store.actionList(scope: .organisation, asOf: asOf, filter: ActionFilter(owner: "NGUYEN"))
                .ownerNames == ["Nguyễn Văn An"])
            #expect(try store.actionList(scope: .organisation, asOf: asOf, filter: ActionFilter(owner: "Lê"))
                .ownerNames == [])
            #expect(try store.actionList(scope: .organisation, asOf: asOf, filter: ActionFilter(owner: " ")).ownerNames == nil)
            let error = storeError { _ = try store.actionList(scope: UnitScope(rootID: "GONE"), asOf: asOf) }
            guard case .unknownUnit("GONE") = error else {
                Issue.record("expected unknownUnit, got \(String(describing: error))")
                return
            }
        }
    }
}
