/// Every list or scrolling text on any screen, so each keeps its own cursor and scroll
/// position when the user moves away and back.
public enum ListID: String, Hashable, Sendable, CaseIterable {
    case overviewObjectives
    case overviewAudits
    case overviewActions
    case objectives
    /// The detail of one objective (scrolls as text).
    case objectiveDetail
    case audits
    /// The findings of one audit (scrolls as text).
    case findings
    case actions
    case actionUnits
    case units
    case sync
    /// The errors of one sync file.
    case syncErrors
    case unitPicker
    case help

    /// Lists whose rows are selected one at a time; the others only scroll.
    var selects: Bool {
        switch self {
        case .objectiveDetail, .findings, .help, .syncErrors: return false
        default: return true
        }
    }
}
