import TermUI

/// What each key does: a pure function from (state, key) to the next state.
///
/// Nothing here asks the store. Keys that act on a row (`Enter`) use the keys of the
/// rows the last frame showed (`ListPosition.pageKeys`), and movement is clamped to the
/// row count the last frame found; the renderer settles both against fresh data.
public enum DashboardReducer {
    public static func reduce(_ state: DashboardState, _ key: Key) -> DashboardState {
        var state = state
        if key == .ctrl("c") {
            state.quit = true
            return state
        }
        if key == .resize || key == .ctrl("l") { return state }
        if let overlay = state.overlay {
            reduceOverlay(overlay, key: key, state: &state)
            return state
        }
        if move(key, list: state.activeList, state: &state) { return state }
        switch key {
        case .char("q"), .char("Q"):
            state.quit = true
        case .char("r"), .char("R"):
            state.opensReview = true
            state.quit = true
        case .char("?"), .function(1):
            state.overlay = .help
            state.resetPosition(.help)
        case .char("/"):
            if state.screen.isFilterable && state.detail == nil {
                state.overlay = .filter
                state.focus[state.screen] = 0
            }
        case .char("u"), .char("U"):
            state.overlay = .unitPicker(query: "")
            state.resetPosition(.unitPicker)
        case .char(let character) where ("1"..."6").contains(character):
            if let number = character.wholeNumberValue, let screen = DashboardScreen(rawValue: number) {
                state.screen = screen
            }
        case .tab, .backTab:
            guard state.detail == nil else { break }
            let count = state.screen.panels.count
            let step = key == .tab ? 1 : count - 1
            state.focus[state.screen] = (state.focusedPanelIndex + step) % max(1, count)
        case .enter, .right, .char("l"):
            open(&state)
        case .escape, .backspace, .left, .char("h"):
            back(&state)
        case .char("s"):
            if state.screen == .objectives && state.detail == nil {
                state.objectiveSort = state.objectiveSort.next
                state.resetPosition(.objectives)
            } else if state.screen == .actions {
                state.actionOptions.status = state.actionOptions.nextStatus
                state.resetPosition(.actions)
            }
        case .char("o"):
            if state.screen == .actions {
                state.actionOptions.overdueOnly.toggle()
                state.resetPosition(.actions)
            }
        default:
            break
        }
        return state
    }

    // MARK: Movement

    /// Applies a movement key to `list`; false when `key` is not one.
    static func move(_ key: Key, list: ListID, state: inout DashboardState) -> Bool {
        let page = max(1, state.position(list).pageSize)
        let change: (inout ListPosition) -> Void
        switch key {
        case .up, .char("k"): change = { $0.move(by: -1) }
        case .down, .char("j"): change = { $0.move(by: 1) }
        case .pageUp, .ctrl("b"): change = { $0.move(by: -page) }
        case .pageDown, .ctrl("f"), .char(" "): change = { $0.move(by: page) }
        case .home, .char("g"): change = { $0.moveToStart() }
        case .end, .char("G"): change = { $0.moveToEnd() }
        default: return false
        }
        state.updatePosition(list, change)
        return true
    }

    // MARK: Drilling in and out

    static func open(_ state: inout DashboardState) {
        let list = state.activeList
        guard let key = state.position(list).selectedKey else { return }
        switch list {
        case .overviewObjectives:
            state.screen = .objectives
            state.details[.objectives] = .objective(id: key)
            state.resetPosition(.objectiveDetail)
        case .overviewAudits:
            state.screen = .audits
            state.details[.audits] = .audit(id: key)
            state.resetPosition(.findings)
        case .overviewActions:
            state.screen = .actions
            state.focus[.actions] = 0
        case .objectives:
            state.details[.objectives] = .objective(id: key)
            state.resetPosition(.objectiveDetail)
        case .audits:
            state.details[.audits] = .audit(id: key)
            state.resetPosition(.findings)
        case .actionUnits:
            state.actionOptions.unitID = key
            state.focus[.actions] = 0
            state.resetPosition(.actions)
        case .units:
            guard key != state.scopeUnitID else { return }
            let step = ScopeStep(unitID: state.scopeUnitID, units: state.position(.units))
            setScope(key, state: &state)
            state.scopeHistory.append(step)
        case .sync:
            if let id = Int64(key) {
                state.details[.sync] = .syncFile(id: id)
                state.resetPosition(.syncErrors)
            }
        case .actions, .objectiveDetail, .findings, .syncErrors, .unitPicker, .help:
            break
        }
    }

    static func back(_ state: inout DashboardState) {
        if state.detail != nil {
            state.detail = nil
        } else if !state.filter.isEmpty {
            state.filter = ""
            state.resetPosition(state.screen.panels[0])
        } else if state.screen == .actions && state.actionOptions.unitID != nil {
            state.actionOptions.unitID = nil
            state.resetPosition(.actions)
        } else if state.screen == .units, let step = state.scopeHistory.popLast() {
            setScope(step.unitID, state: &state)
            state.lists[.units] = step.units
        }
    }

    /// Makes `unitID` (nil: the whole organisation) the scope of every screen. Lists
    /// and details that depend on the scope start again; the sync log does not.
    static func setScope(_ unitID: String?, state: inout DashboardState) {
        guard state.scopeUnitID != unitID else { return }
        state.scopeUnitID = unitID
        state.details = state.details.filter { $0.key == .sync }
        state.actionOptions.unitID = nil
        for list in ListID.allCases where ![.sync, .syncErrors, .help].contains(list) {
            state.resetPosition(list)
        }
    }

    // MARK: Overlays

    static func reduceOverlay(_ overlay: Overlay, key: Key, state: inout DashboardState) {
        switch overlay {
        case .help:
            if [.up, .down, .pageUp, .pageDown, .home, .end, .char("j"), .char("k"), .char(" ")].contains(key) {
                _ = move(key, list: .help, state: &state)
            } else {
                state.overlay = nil
            }
        case .filter:
            let list = state.screen.panels[0]
            switch key {
            case .enter, .tab, .down, .up:
                state.overlay = nil
            case .escape:
                state.filter = ""
                state.overlay = nil
                state.resetPosition(list)
            case .backspace, .delete:
                if !state.filter.isEmpty {
                    state.filter.removeLast()
                    state.resetPosition(list)
                }
            case .char(let character):
                if state.filter.count < 60 {
                    state.filter.append(character)
                    state.resetPosition(list)
                }
            default:
                break
            }
        case .unitPicker(let query):
            // Letters (j, k, g, space…) are typed into the query here, not movement.
            if case .char = key {} else if move(key, list: .unitPicker, state: &state) {
                return
            }
            switch key {
            case .escape:
                state.overlay = nil
            case .enter:
                guard let chosen = state.position(.unitPicker).selectedKey else { return }
                state.overlay = nil
                setScope(chosen.isEmpty ? nil : chosen, state: &state)
                state.scopeHistory = []
            case .backspace, .delete:
                state.overlay = .unitPicker(query: String(query.dropLast()))
                state.resetPosition(.unitPicker)
            case .char(let character):
                if query.count < 60 {
                    state.overlay = .unitPicker(query: query + String(character))
                    state.resetPosition(.unitPicker)
                }
            default:
                break
            }
        }
    }
}
