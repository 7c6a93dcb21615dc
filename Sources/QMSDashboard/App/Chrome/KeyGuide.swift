import TermUI

/// Which keys work where, for the footer and the help overlay: one place, so the footer
/// never advertises a key the reducer ignores.
enum KeyGuide {
    /// The footer's hints for `state`, most useful first (those that do not fit are left out).
    static func footerHints(for state: DashboardState, context: RenderContext) -> [KeyHints.Hint] {
        let arrows = context.isUnicode ? "↑↓" : "j/k"
        func hint(_ key: String, _ label: Phrase.Dashboard) -> KeyHints.Hint {
            KeyHints.Hint(key, context.text(label))
        }
        switch state.overlay {
        case .help?:
            return [hint(arrows, .move), hint("Esc/q", .closeHelp)]
        case .filter?:
            return [hint("Enter", .apply), hint("Esc", .cancel), hint("Backspace", .deleteCharacter)]
        case .unitPicker?:
            return [hint(arrows, .move), hint("Enter", .choose), hint("Esc", .cancel), hint("Backspace", .deleteCharacter)]
        case nil:
            break
        }
        var hints = [hint("q", .quit), hint("?", .help), hint(arrows, .move)]
        let list = state.activeList
        if canOpen(list) && state.position(list).count > 0 { hints.append(hint("Enter", list == .units ? .setScope : .open)) }
        if state.detail != nil || !state.filter.isEmpty || (state.screen == .actions && state.actionOptions.unitID != nil)
            || (state.screen == .units && !state.scopeHistory.isEmpty) {
            hints.append(hint("Esc", .back))
        }
        if state.screen.isFilterable && state.detail == nil { hints.append(hint("/", .filter)) }
        if state.detail == nil && state.screen.panels.count > 1 { hints.append(hint("Tab", .panel)) }
        if state.screen == .objectives && state.detail == nil { hints.append(hint("s", .sort)) }
        if state.screen == .actions {
            hints.append(hint("s", .status))
            hints.append(hint("o", .overdueOnly))
        }
        hints.append(hint("u", .unit))
        hints.append(hint("1-6", .screens))
        return hints
    }

    /// Whether `Enter` does something on `list`.
    static func canOpen(_ list: ListID) -> Bool {
        switch list {
        case .overviewObjectives, .overviewAudits, .overviewActions, .objectives, .audits, .actionUnits, .units, .sync:
            return true
        case .actions, .objectiveDetail, .findings, .syncErrors, .unitPicker, .help:
            return false
        }
    }

    /// Every key, for the help overlay: the keys as typed, and what they do.
    static func helpEntries(context: RenderContext) -> [(keys: String, phrase: Phrase.Dashboard)] {
        let unicode = context.isUnicode
        return [
            ("1 … 6", .helpScreens),
            (unicode ? "↑ ↓  k j" : "Up Down  k j", .helpMove),
            ("PgUp PgDn  Space", .helpPage),
            ("Home End  g G", .helpFirstLast),
            (unicode ? "Enter  →  l" : "Enter  Right  l", .helpOpen),
            (unicode ? "Esc  ←  h  Backspace" : "Esc  Left  h  Backspace", .helpBack),
            ("Tab  Shift-Tab", .helpPanel),
            ("/", .helpFilter),
            ("u", .helpUnit),
            ("s", .helpSortObjectives),
            ("s", .helpActionStatus),
            ("o", .helpOverdueOnly),
            ("r", .helpReview),
            ("Ctrl-L", .helpRedraw),
            ("?  F1", .helpHelp),
            ("q  Ctrl-C", .helpQuit),
        ]
    }
}
