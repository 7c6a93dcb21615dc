import Foundation
@testable import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import Testing

/// Lists longer than the screen: paged from the store, scrolled to the end and back.
@Suite struct DashboardLongListTests {
    @Test func windowsAreAlignedAndCoverTheRequest() {
        #expect(DashboardData.window(offset: 0, limit: 20) == (0, 200))
        #expect(DashboardData.window(offset: 95, limit: 20) == (0, 300))
        #expect(DashboardData.window(offset: 250, limit: 30) == (200, 200))
        #expect(DashboardData.slice(Array(200..<400), from: 200, offset: 250, limit: 3) == [250, 251, 252])
    }

    @Test func aLongActionListScrollsToItsLastRow() throws {
        let fixture = try DashboardFixture.StoreFile(populated: false)
        defer { fixture.remove() }
        let writer = try Store.open(path: fixture.path, mode: .readWrite)
        try writer.write {
            try RecordWriter<UnitRecord>(store: writer).upsert(UnitRecord(id: "U", name: "Đơn vị thử"))
            let actions = try RecordWriter<ActionRecord>(store: writer)
            for index in 0..<450 {
                let due = DashboardFixture.asOf.adding(days: index - 300)
                try actions.upsert(ActionRecord(id: String(format: "A-%03d", index), title: "Hành động số \(index)",
                                                unitID: "U", openedOn: due.adding(days: -400), dueOn: due, status: .open))
            }
        }
        writer.close()
        let view = fixture.view()
        var state = DashboardState(screen: .actions)
        var screen = TextBackend.render(view.render(&state, width: 80, height: 24))
        #expect(screen.contains("1/450"))
        #expect(screen.contains("Hành động số 0 "), "the most overdue first")
        state = DashboardReducer.reduce(state, .end)
        screen = TextBackend.render(view.render(&state, width: 80, height: 24))
        #expect(screen.contains("450/450"))
        #expect(screen.contains("Hành động số 449"), "the last row is drawn")
        for _ in 0..<3 { state = DashboardReducer.reduce(state, .pageUp) }
        screen = TextBackend.render(view.render(&state, width: 80, height: 24))
        #expect(state.position(.actions).cursor == 449 - 3 * state.position(.actions).pageSize)
        #expect(screen.contains("Hành động số \(state.position(.actions).cursor)"))
    }
}
