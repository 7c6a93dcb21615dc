import QMSDomain
import Testing
@testable import QMSStore

/// `Store.actionsPage`: the actions screen — order, paging, filters, ageing.
@Suite struct ReadModelsActionsTests {
    typealias F = ReadModelsFixture
    let asOf = day("2026-05-15")

    /// Actions overdue by 1, 30, 31, 60, 61, 90 and 91 days, two not yet due, and closed ones.
    func populate(_ store: Store) throws {
        let fixture = try F(store)
        let late = [1, 30, 31, 60, 61, 90, 91]
        let units = ["DEPT-A", "DIV-A1", "DIV-A1", "DEPT-B", "DIV-A2", "DIV-A1", "ORG"]
        try fixture.put(zip(late, units).map { days, unit in
            F.action("LATE-\(days)", unit, due: asOf.adding(days: -days).description,
                     status: days.isMultiple(of: 2) ? .inProgress : .open,
                     owner: days < 60 ? "Nguyễn Văn An" : "Trần Thị Bình")
        })
        try fixture.put(
            F.action("SOON", "DEPT-A", due: "2026-05-20", owner: "Nguyen Van Anh"),
            F.action("TODAY", "DIV-A2", due: "2026-05-15", status: .inProgress),
            F.action("DONE", "DEPT-A", due: "2026-01-10", status: .done, closed: "2026-02-01"),
            F.action("CANCELLED", "DEPT-A", due: "2026-01-10", status: .cancelled))
    }

    @Test func overdueComeFirstMostDaysFirstThenByDueDateAcrossPages() throws {
        try withStore { store throws in
            try populate(store)
            var seen: [String] = []
            for offset in stride(from: 0, to: 12, by: 4) {
                let page = try store.actionsPage(scope: .organisation, asOf: asOf, offset: offset, limit: 4)
                #expect(page.totalCount == 9)
                #expect(page.offset == offset)
                seen += page.rows.map(\.action.id)
            }
            #expect(seen == ["LATE-91", "LATE-90", "LATE-61", "LATE-60", "LATE-31", "LATE-30", "LATE-1", "TODAY", "SOON"])
            let first = try store.actionsPage(scope: .organisation, asOf: asOf, limit: 2)
            #expect(first.rows.map(\.daysOverdue) == [91, 90])
            #expect(first.rows.map(\.unitName) == ["Sở Thông tin và Truyền thông", "Tổ một cửa"])
            let beyond = try store.actionsPage(scope: .organisation, asOf: asOf, offset: 40, limit: 10)
            #expect(beyond.rows.isEmpty && beyond.totalCount == 9)
        }
    }

    @Test func ageingBucketsAndUnitsCoverTheWholeFilteredList() throws {
        try withStore { store throws in
            try populate(store)
            let page = try store.actionsPage(scope: .organisation, asOf: asOf, limit: 1, topUnits: 2)
            #expect(page.ageing == OverdueAgeing(days1to30: 2, days31to60: 2, days61to90: 2, over90: 1))
            #expect(page.overdueCount == 7)
            #expect(page.overdueByUnit == [UnitOverdueCount(unitID: "DIV-A1", unitName: "Tổ một cửa", count: 3),
                                           UnitOverdueCount(unitID: "DEPT-A", unitName: "Văn phòng Sở", count: 1)])
            let a = try store.actionsPage(scope: UnitScope(rootID: "DEPT-A"), asOf: asOf)
            #expect(a.totalCount == 7)   // DEPT-A, DIV-A1, DIV-A2; not DEPT-B nor ORG
            #expect(a.ageing == OverdueAgeing(days1to30: 2, days31to60: 1, days61to90: 2, over90: 0))
        }
    }

    @Test func filtersNarrowTheListAndItsTotals() throws {
        try withStore { store throws in
            try populate(store)
            func ids(_ filter: ActionFilter, scope: UnitScope = .organisation) throws -> [String] {
                let page = try store.actionsPage(scope: scope, asOf: asOf, filter: filter, limit: 100)
                #expect(page.totalCount == page.rows.count)
                return page.rows.map(\.action.id)
            }
            #expect(try ids(ActionFilter(status: .inProgress)) == ["LATE-90", "LATE-60", "LATE-30", "TODAY"])
            #expect(try ids(ActionFilter(status: .done)) == ["DONE"])
            #expect(try ids(ActionFilter(overdueOnly: true)).count == 7)
            #expect(try ids(ActionFilter(unitID: "DEPT-A")) == ["LATE-1", "SOON"])
            #expect(try ids(ActionFilter(unitID: "DEPT-A", includeDescendants: true))
                == ["LATE-90", "LATE-61", "LATE-31", "LATE-30", "LATE-1", "TODAY", "SOON"])
            // The filter's unit stays inside the scope.
            #expect(try ids(ActionFilter(unitID: "DEPT-B"), scope: UnitScope(rootID: "DEPT-A")) == [])
            // Owners match ignoring case and diacritics, as typed or decomposed.
            #expect(try ids(ActionFilter(owner: "nguyen van an")) == ["LATE-31", "LATE-30", "LATE-1", "SOON"])
            #expect(try ids(ActionFilter(owner: "TRẦN")) == ["LATE-91", "LATE-90", "LATE-61", "LATE-60"])
            #expect(try ids(ActionFilter(owner: "Tra\u{0300}n thi\u{0323}")) == ["LATE-91", "LATE-90", "LATE-61", "LATE-60"])
            #expect(try ids(ActionFilter(owner: "Lê")) == [])
            #expect(try ids(ActionFilter(owner: "  ")).count == 9)
            // Filters combine.
            #expect(try ids(ActionFilter(status: .open, owner: "văn", overdueOnly: true)) == ["LATE-31", "LATE-1"])
            let page = try store.actionsPage(scope: .organisation, asOf: asOf, filter: ActionFilter(owner: "tran"))
            #expect(page.ageing == OverdueAgeing(days31to60: 1, days61to90: 2, over90: 1))
        }
    }

    @Test func anUnknownScopeUnitIsAnError() throws {
        try withStore { store throws in
            try populate(store)
            let error = storeError { _ = try store.actionsPage(scope: UnitScope(rootID: "GONE"), asOf: asOf) }
            guard case .unknownUnit("GONE") = error else {
                Issue.record("expected unknownUnit, got \(String(describing: error))")
                return
            }
        }
    }
}
