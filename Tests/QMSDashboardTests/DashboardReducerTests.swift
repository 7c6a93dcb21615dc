@testable import QMSDashboard
import TermUI
import Testing

/// What each key does, as a pure function of the state: no store, no terminal.
@Suite struct DashboardReducerTests {
    func reduce(_ state: DashboardState, _ keys: Key...) -> DashboardState {
        keys.reduce(state) { DashboardReducer.reduce($0, $1) }
    }

    /// A state whose `list` last showed `count` rows, `pageSize` at a time, with keys K0, K1, ….
    func showing(_ list: ListID, count: Int, pageSize: Int = 5, in state: DashboardState = DashboardState(),
                 cursor: Int = 0) -> DashboardState {
        var state = state
        var position = ListPosition(cursor: cursor)
        position.settle(count: count, pageSize: pageSize, selects: true)
        position.pageKeys = (position.offset..<min(count, position.offset + pageSize)).map { "K\($0)" }
        state.lists[list] = position
        return state
    }

    @Test func digitsJumpToScreens() {
        #expect(reduce(DashboardState(), .char("3")).screen == .audits)
        #expect(reduce(DashboardState(), .char("6"), .char("1")).screen == .overview)
        #expect(reduce(DashboardState(), .char("7")).screen == .overview, "there is no screen 7")
    }

    @Test func qAndControlCQuit() {
        #expect(reduce(DashboardState(), .char("q")).quit)
        #expect(reduce(DashboardState(), .ctrl("c")).quit)
        #expect(!reduce(DashboardState(), .char("x")).quit)
    }

    @Test func rLeavesForReviewModeKeepingTheScope() {
        let state = reduce(DashboardState(screen: .units, scopeUnitID: "VP"), .char("r"))
        #expect(state.quit && state.opensReview)
        #expect(state.scopeUnitID == "VP")
        #expect(!reduce(DashboardState(), .char("q")).opensReview)
    }

    @Test func movementStaysInsideTheList() {
        var state = showing(.objectives, count: 12, in: DashboardState(screen: .objectives))
        state = reduce(state, .up)
        #expect(state.position(.objectives).cursor == 0)
        state = reduce(state, .down, .char("j"))
        #expect(state.position(.objectives).cursor == 2)
        state = reduce(state, .pageDown)
        #expect(state.position(.objectives).cursor == 7, "a page is the rows last shown")
        state = reduce(state, .end)
        #expect(state.position(.objectives).cursor == 11)
        state = reduce(state, .down)
        #expect(state.position(.objectives).cursor == 11)
        state = reduce(state, .char("g"))
        #expect(state.position(.objectives).cursor == 0)
    }

    @Test func enterOpensTheSelectedRowAndEscapeComesBack() {
        var state = showing(.objectives, count: 12, in: DashboardState(screen: .objectives), cursor: 3)
        state = reduce(state, .enter)
        #expect(state.detail == .objective(id: "K3"))
        #expect(state.activeList == .objectiveDetail)
        state = reduce(state, .escape)
        #expect(state.detail == nil)
        #expect(state.position(.objectives).cursor == 3, "back where the user was")
    }

    @Test func enterOnTheOverviewOpensTheDetailOnItsScreen() {
        var state = showing(.overviewAudits, count: 3)
        state = reduce(state, .tab, .enter)
        #expect(state.screen == .audits)
        #expect(state.detail == .audit(id: "K0"))
    }

    @Test func tabCyclesThroughThePanels() {
        var state = DashboardState()
        #expect(state.activeList == .overviewObjectives)
        state = reduce(state, .tab)
        #expect(state.activeList == .overviewAudits)
        state = reduce(state, .tab, .tab)
        #expect(state.activeList == .overviewObjectives)
        state = reduce(state, .backTab)
        #expect(state.activeList == .overviewActions)
    }

    @Test func filterTakesEveryCharacterUntilEnterAndEscapeClearsIt() {
        var state = showing(.objectives, count: 12, in: DashboardState(screen: .objectives), cursor: 5)
        state = reduce(state, .char("/"), .char("q"), .char("1"), .char(" "), .char("j"))
        #expect(!state.quit, "q is typed, not a quit, while filtering")
        #expect(state.screen == .objectives, "1 is typed, not a jump")
        #expect(state.filter == "q1 j")
        #expect(state.position(.objectives).cursor == 0, "a new filter starts at the top")
        state = reduce(state, .backspace, .enter)
        #expect(state.overlay == nil)
        #expect(state.filter == "q1 ")
        state = reduce(state, .escape)
        #expect(state.filter.isEmpty, "Esc clears the filter")
    }

    @Test func filtersArePerScreenAndOnlyWhereTheyWork() {
        var state = reduce(DashboardState(screen: .objectives), .char("/"), .char("a"), .enter)
        state = reduce(state, .char("4"))
        #expect(state.filter.isEmpty)
        state = reduce(state, .char("2"))
        #expect(state.filter == "a")
        #expect(reduce(DashboardState(screen: .sync), .char("/")).overlay == nil, "the sync log has no filter")
    }

    @Test func unitPickerSetsTheScopeForEveryScreen() {
        var state = showing(.objectives, count: 12, in: DashboardState(screen: .objectives), cursor: 4)
        state.detail = .objective(id: "K4")
        state = reduce(state, .char("u"), .char("v"), .char("p"))
        #expect(state.overlay == .unitPicker(query: "vp"))
        state = showing(.unitPicker, count: 2, in: state, cursor: 1)
        state = reduce(state, .enter)
        #expect(state.overlay == nil)
        #expect(state.scopeUnitID == "K1")
        #expect(state.detail == nil, "a detail from the old scope is closed")
        #expect(state.position(.objectives).cursor == 0)
    }

    @Test func unitPickerTypesLettersThatAreKeysElsewhere() {
        let state = reduce(DashboardState(), .char("u"), .char("j"), .char("k"), .char(" "), .char("g"))
        #expect(state.overlay == .unitPicker(query: "jk g"))
    }

    @Test func enterOnUnitsSetsTheScope() {
        let state = reduce(showing(.units, count: 4, in: DashboardState(screen: .units), cursor: 2), .enter)
        #expect(state.scopeUnitID == "K2")
        #expect(state.screen == .units)
    }

    @Test func helpOpensScrollsAndClosesOnAnyOtherKey() {
        var state = reduce(DashboardState(), .char("?"))
        #expect(state.overlay == .help)
        state = showing(.help, count: 30, pageSize: 10, in: state)
        state = reduce(state, .down)
        #expect(state.overlay == .help)
        state = reduce(state, .char("x"))
        #expect(state.overlay == nil)
        #expect(!state.quit)
        #expect(reduce(DashboardState(), .char("?"), .char("q")).quit == false, "q closes the help first")
    }

    @Test func sortCyclesOnObjectivesAndStatusOnActions() {
        var state = reduce(DashboardState(screen: .objectives), .char("s"))
        #expect(state.objectiveSort == .id)
        state = reduce(state, .char("s"), .char("s"), .char("s"))
        #expect(state.objectiveSort == .status)
        state = reduce(DashboardState(screen: .actions), .char("s"))
        #expect(state.actionOptions.status == .open)
        state = reduce(state, .char("s"), .char("s"))
        #expect(state.actionOptions.status == nil)
        state = reduce(state, .char("o"))
        #expect(state.actionOptions.overdueOnly)
    }

    @Test func perUnitPanelFiltersActionsAndEscapeClearsIt() {
        var state = showing(.actionUnits, count: 3, in: DashboardState(screen: .actions), cursor: 1)
        state = reduce(state, .tab, .enter)
        #expect(state.actionOptions.unitID == "K1")
        #expect(state.activeList == .actions)
        state = reduce(state, .escape)
        #expect(state.actionOptions.unitID == nil)
    }

    @Test func settlingKeepsTheCursorInAListThatShrank() {
        var position = ListPosition(cursor: 40, offset: 30)
        position.settle(count: 12, pageSize: 10, selects: true)
        #expect(position.cursor == 11)
        #expect(position.offset == 2)
        var scroll = ListPosition(cursor: 25)
        scroll.settle(count: 30, pageSize: 10, selects: false)
        #expect(scroll.cursor == 20, "text scrolls no further than its last page")
        #expect(scroll.offset == 20)
    }
}

extension DashboardReducerTests {
    @Test func escapeOnUnitsGoesBackUpToTheScopeBefore() {
        var state = showing(.units, count: 9, in: DashboardState(screen: .units), cursor: 4)
        state = reduce(state, .enter)
        #expect(state.scopeUnitID == "K4")
        state = showing(.units, count: 3, in: state, cursor: 1)
        state = reduce(state, .enter)
        #expect(state.scopeUnitID == "K1")
        state = reduce(state, .escape)
        #expect(state.scopeUnitID == "K4")
        state = reduce(state, .escape)
        #expect(state.scopeUnitID == nil)
        #expect(state.position(.units).cursor == 4, "the unit left is selected again")
        state = reduce(state, .escape)
        #expect(state.scopeUnitID == nil, "nothing further up")
    }
}
