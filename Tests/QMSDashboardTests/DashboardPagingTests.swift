import Foundation
@testable import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import Testing

/// Paging a long list the way the keys do (PgDn, End, PgUp, Home, jumps): the rows
/// come out as the list read whole would give them, the reads stay next to the rows
/// held, and the counts follow the store when it changes.
@Suite struct DashboardPagingTests {
    /// A store of `count` open actions on few due days (so the id breaks most ties),
    /// some already closed, over two units.
    func actionStore(count: Int) throws -> DashboardFixture.StoreFile {
        let fixture = try DashboardFixture.StoreFile(populated: false)
        let writer = try Store.open(path: fixture.path, mode: .readWrite)
        defer { writer.close() }
        try writer.write {
            let units = try RecordWriter<UnitRecord>(store: writer)
            try units.upsert(UnitRecord(id: "U", name: "Đơn vị thử"))
            try units.upsert(UnitRecord(id: "V", name: "Đơn vị con", parentID: "U"))
            let actions = try RecordWriter<ActionRecord>(store: writer)
            for index in 0..<count {
                let due = DashboardFixture.asOf.adding(days: (index * 7) % 11 - 5)
                try actions.upsert(ActionRecord(id: String(format: "A-%04d", (index * 389) % count),
                                                title: "Hành động \(index)", unitID: index % 3 == 0 ? "V" : "U",
                                                openedOn: due.adding(days: -30), dueOn: due,
                                                closedOn: index % 10 == 0 ? due : nil,
                                                status: index % 10 == 0 ? .done : (index % 2 == 0 ? .inProgress : .open)))
            }
        }
        return fixture
    }

    /// Positions of pages the keys would ask for, and jumps no key makes.
    static func walk(total: Int, page: Int) -> [Int] {
        var offsets: [Int] = []
        var offset = 0
        for _ in 0..<12 { offsets.append(offset); offset = min(offset + page, total - page) }
        offsets.append(total - page)                                   // End
        offset = total - page
        for _ in 0..<12 { offset = max(0, offset - page); offsets.append(offset) }
        offsets += [0, total / 2, total / 2 + 3, total / 2 - page, total - 1, 1, total + 10]
        return offsets
    }

    @Test func pagedRowsAreTheListsRowsWhereverThePageIs() throws {
        let fixture = try actionStore(count: 700)
        defer { fixture.remove() }
        let data = DashboardData(store: fixture.store, asOf: DashboardFixture.asOf)
        for filter in [ActionFilter.open, ActionFilter(status: .inProgress), ActionFilter(unitID: "V")] {
            let whole = try fixture.store.actionsPage(scope: .organisation, asOf: DashboardFixture.asOf, filter: filter,
                                                      limit: 10_000, topUnits: 3)
            #expect(whole.totalCount > 200)
            for offset in Self.walk(total: whole.totalCount, page: 17) {
                let page = try data.actions(scopeUnitID: nil, filter: filter, offset: offset, limit: 17, topUnits: 3)
                #expect(page.offset == offset)
                #expect(page.totalCount == whole.totalCount && page.ageing == whole.ageing
                    && page.overdueByUnit == whole.overdueByUnit)
                let expected = whole.rows.dropFirst(max(0, offset)).prefix(17).map(\.action.id)
                #expect(page.rows.map(\.action.id) == Array(expected), "\(filter) at \(offset)")
            }
        }
    }

    /// The overview's actions panel is paged from the store like the actions screen,
    /// not read whole into the snapshot: its rows are the status snapshot's overdue
    /// then due-soon lists, wherever the page is, and its length their count.
    @Test func theOverviewsActionsArePagedAsTheStatusListsWouldShowThem() throws {
        let fixture = try actionStore(count: 700)
        defer { fixture.remove() }
        let data = DashboardData(store: fixture.store, asOf: DashboardFixture.asOf, dueWithin: 3)
        for scope in [nil, "V"] as [String?] {
            let full = try fixture.store.statusSnapshot(scope: UnitScope(rootID: scope), asOf: DashboardFixture.asOf,
                                                        dueWithin: 3)
            let whole = (full.overdueActions + full.dueSoonActions).map(\.action.id)
            #expect(!full.overdueActions.isEmpty && !full.dueSoonActions.isEmpty)

            let lean = try data.snapshot(scopeUnitID: scope)
            #expect(lean.overdueActions.isEmpty && lean.dueSoonActions.isEmpty)
            #expect(lean.counts == full.counts)
            // The review's agenda asks for the first few of each list.
            let capped = try fixture.store.statusSnapshot(scope: UnitScope(rootID: scope), asOf: DashboardFixture.asOf,
                                                          dueWithin: 3, listedActions: 5)
            #expect(capped.overdueActions == Array(full.overdueActions.prefix(5)))
            #expect(capped.dueSoonActions == Array(full.dueSoonActions.prefix(5)))
            #expect(capped.counts == full.counts)
            for offset in Self.walk(total: whole.count, page: 13) {
                let page = try data.overviewActions(scopeUnitID: scope, offset: offset, limit: 13)
                #expect(page.total == whole.count)
                #expect(page.rows.map(\.action.id) == Array(whole.dropFirst(max(0, offset)).prefix(13)),
                        "\(scope ?? "all") at \(offset)")
                #expect(page.rows.allSatisfy { ($0.daysOverdue != nil) == ($0.action.dueOn < DashboardFixture.asOf) })
            }
        }
    }

    /// `isodash status` reads only the actions its lines can show: the report is the
    /// same as from every action, "more" rows included.
    @Test func theTextStatusReadsOnlyWhatItShows() throws {
        let fixture = try actionStore(count: 700)
        defer { fixture.remove() }
        let report = StatusTextReport(language: .en)
        let full = try fixture.store.statusSnapshot(scope: .organisation, asOf: DashboardFixture.asOf, dueWithin: 3)
        let capped = try fixture.store.statusSnapshot(scope: .organisation, asOf: DashboardFixture.asOf, dueWithin: 3,
                                                      listedActions: report.listedActions)
        #expect(full.overdueActions.count > report.listedActions)
        #expect(capped.overdueActions.count == report.listedActions)
        #expect(report.render(capped) == report.render(full))
        #expect(report.render(full).contains("more"))
    }

    @Test func keysReadOnlyRowsNextToThoseHeldOrAtAnEnd() {
        // The list is 0..<1000; a read is answered from it as the store would.
        let list = Array(0..<1000)
        var window = ListWindow<Int>(margin: 100, capacity: 400)
        var skipped = 0
        var read = 0
        for offset in Self.walk(total: list.count, page: 20).prefix(26) {   // the keys' part of the walk
            if window.page(offset: offset, limit: 20, total: list.count) == nil {
                let plan = window.read(offset: offset, limit: 20, total: list.count)
                let rows: [Int]
                switch plan {
                case let .after(row, count): rows = Array(list[(row + 1)...].prefix(count))
                case let .before(row, count): rows = Array(list[..<row].suffix(count))
                case let .fromStart(skipping, count):
                    skipped += skipping
                    rows = Array(list.dropFirst(skipping).prefix(count))
                case let .fromEnd(skipping, count):
                    skipped += skipping
                    rows = Array(list.dropLast(skipping).suffix(count))
                }
                read += rows.count
                window.absorb(rows, from: plan, total: list.count, offset: offset, limit: 20)
            }
            #expect(window.page(offset: offset, limit: 20, total: list.count) == Array(list[offset..<offset + 20]))
            #expect(window.rows.count <= 400 + 20)
        }
        #expect(skipped == 0, "PgDn, End, PgUp and Home never skip rows")
        #expect(read < 3 * (12 * 20 + 12 * 20 + 40), "rows read are about the rows shown")
    }

    @Test func countsFollowTheStoreWhenItChanges() throws {
        let fixture = try actionStore(count: 300)
        defer { fixture.remove() }
        let data = DashboardData(store: fixture.store, asOf: DashboardFixture.asOf)
        let before = try data.actions(scopeUnitID: nil, filter: .open, offset: 0, limit: 20, topUnits: 3)
        let writer = try Store.open(path: fixture.path, mode: .readWrite)
        try RecordWriter<ActionRecord>(store: writer).upsert(
            ActionRecord(id: "A-NEW", title: "Mới sau đồng bộ", unitID: "U", openedOn: DashboardFixture.asOf.adding(days: -500),
                         dueOn: DashboardFixture.asOf.adding(days: -400), status: .open))
        writer.close()
        // A page read from the store after the change counts the new action too…
        let end = try data.actions(scopeUnitID: nil, filter: .open, offset: before.totalCount - 19, limit: 20, topUnits: 3)
        #expect(end.totalCount == before.totalCount + 1)
        #expect(end.ageing.over90 == before.ageing.over90 + 1)
        // … and once the dashboard's poll sees the change, so does the first page, now first.
        #expect(data.refreshIfChanged())
        let first = try data.actions(scopeUnitID: nil, filter: .open, offset: 0, limit: 20, topUnits: 3)
        #expect(first.totalCount == before.totalCount + 1)
        #expect(first.rows.first?.action.id == "A-NEW")
    }

    @Test func scorecardPagesAreTheStoresPagesAndFollowTheStore() throws {
        let fixture = try DashboardFixture.StoreFile()
        defer { fixture.remove() }
        let data = DashboardData(store: fixture.store, asOf: DashboardFixture.asOf)
        for scope in [nil, "SO", "VP"] as [String?] {
            let whole = try fixture.store.unitScorecard(scope: UnitScope(rootID: scope), asOf: DashboardFixture.asOf)
            for offset in 0...whole.totalCount + 1 {
                let page = try data.scorecard(scopeUnitID: scope, offset: offset, limit: 2)
                let stored = try fixture.store.unitScorecard(scope: UnitScope(rootID: scope), asOf: DashboardFixture.asOf,
                                                             offset: offset, limit: 2)
                #expect(page.rows == stored.rows && page.totalCount == stored.totalCount)
                #expect(page.offset == offset)
            }
        }
        let before = try data.scorecard(scopeUnitID: nil, offset: 0, limit: 10)
        let writer = try Store.open(path: fixture.path, mode: .readWrite)
        try RecordWriter<ActionRecord>(store: writer).upsert(
            ActionRecord(id: "A-LATE", title: "Trễ hạn", unitID: "MC", openedOn: DashboardFixture.asOf.adding(days: -90),
                         dueOn: DashboardFixture.asOf.adding(days: -60), status: .open))
        writer.close()
        #expect(data.refreshIfChanged())
        let after = try data.scorecard(scopeUnitID: nil, offset: 0, limit: 10)
        #expect(after.rows.first?.overdueActions == (before.rows.first?.overdueActions ?? 0) + 1)
    }
}
