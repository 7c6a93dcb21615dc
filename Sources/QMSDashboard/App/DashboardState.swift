/// Everything the dashboard remembers between key presses, as one value.
///
/// Keys change it through `DashboardReducer.reduce` (a pure function), frames are drawn
/// from it, and the renderer settles list positions against what the store holds. Nothing
/// here is a read model: a refresh after a sync keeps the screen, scope, cursors and
/// filters, and only the figures change.
public struct DashboardState: Hashable, Sendable {
    public var screen: DashboardScreen
    /// The unit whose subtree every screen shows; nil for the whole organisation.
    public var scopeUnitID: String?
    /// Cursor and scroll of every list, kept when moving between screens.
    public var lists: [ListID: ListPosition]
    /// The `/` filter text of each screen.
    public var filters: [DashboardScreen: String]
    /// What `Enter` opened on each screen.
    public var details: [DashboardScreen: ScreenDetail]
    /// Which panel of each screen has the focus (index into `DashboardScreen.panels`).
    public var focus: [DashboardScreen: Int]
    public var overlay: Overlay?
    public var objectiveSort: ObjectiveSort
    public var actionOptions: ActionOptions
    /// Scopes left by `Enter` on the Units screen, most recent last: `Esc` there goes
    /// back up one.
    public var scopeHistory: [ScopeStep]
    /// Set by `q` and Ctrl-C: the run loop stops.
    public var quit: Bool
    /// Set by `r`: the run loop stops and review mode opens for `scopeUnitID`.
    public var opensReview: Bool

    public init(screen: DashboardScreen = .overview, scopeUnitID: String? = nil) {
        self.screen = screen
        self.scopeUnitID = scopeUnitID
        lists = [:]
        filters = [:]
        details = [:]
        focus = [:]
        overlay = nil
        objectiveSort = .status
        actionOptions = ActionOptions()
        scopeHistory = []
        quit = false
        opensReview = false
    }

    // MARK: Derived

    /// The current screen's filter text ("" when none).
    public var filter: String {
        get { filters[screen] ?? "" }
        set { filters[screen] = newValue.isEmpty ? nil : newValue }
    }

    /// What is open on the current screen.
    public var detail: ScreenDetail? {
        get { details[screen] }
        set { details[screen] = newValue }
    }

    /// The focused panel of the current screen.
    var focusedPanelIndex: Int {
        let count = screen.panels.count
        return count == 0 ? 0 : ((focus[screen] ?? 0) % count + count) % count
    }

    /// The list the movement keys act on.
    public var activeList: ListID {
        if let overlay {
            switch overlay {
            case .help: return .help
            case .unitPicker: return .unitPicker
            case .filter: break
            }
        }
        switch detail {
        case .objective?: return .objectiveDetail
        case .audit?: return .findings
        case .syncFile?: return .syncErrors
        case nil: return screen.panels[focusedPanelIndex]
        }
    }

    /// The position of `list` (a fresh one when it was never shown).
    public func position(_ list: ListID) -> ListPosition {
        lists[list] ?? ListPosition()
    }

    mutating func updatePosition(_ list: ListID, _ change: (inout ListPosition) -> Void) {
        var position = lists[list] ?? ListPosition()
        change(&position)
        lists[list] = position
    }

    /// Starts `list` again at its first row (after a filter or the scope changed).
    mutating func resetPosition(_ list: ListID) {
        lists[list] = nil
    }
}
