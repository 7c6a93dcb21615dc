import QMSDomain

/// The six screens, numbered as the digits that jump to them.
public enum DashboardScreen: Int, CaseIterable, Sendable, Hashable {
    case overview = 1
    case objectives
    case audits
    case actions
    case units
    case sync

    /// The tab label.
    public var title: Phrase {
        switch self {
        case .overview: return Phrase.Dashboard.overview.phrase
        case .objectives: return Phrase.Dashboard.objectives.phrase
        case .audits: return Phrase.Dashboard.audits.phrase
        case .actions: return Phrase.Dashboard.actions.phrase
        case .units: return Phrase.Dashboard.units.phrase
        case .sync: return Phrase.Dashboard.sync.phrase
        }
    }

    /// The key that jumps here.
    public var digit: Character { Character(String(rawValue)) }

    /// The name `isodash dump` takes: the English word, the Vietnamese one (with or
    /// without diacritics) or the digit.
    public static func named(_ text: String) -> DashboardScreen? {
        let folded = TextMatching.fold(text)
        if let number = Int(folded), let screen = DashboardScreen(rawValue: number) { return screen }
        return allCases.first { screen in
            TextMatching.fold(screen.title.english) == folded || TextMatching.fold(screen.title.vietnamese) == folded
                || screen.commandName == folded
        }
    }

    /// The lower-case English name, as `isodash dump` lists them.
    public var commandName: String { title.english.lowercased() }

    /// Whether `/` filters this screen's list.
    public var isFilterable: Bool {
        switch self {
        case .objectives, .actions: return true
        case .overview, .audits, .units, .sync: return false
        }
    }

    /// The panels `Tab` moves between, in order; the first has the focus at first.
    var panels: [ListID] {
        switch self {
        case .overview: return [.overviewObjectives, .overviewAudits, .overviewActions]
        case .objectives: return [.objectives]
        case .audits: return [.audits]
        case .actions: return [.actions, .actionUnits]
        case .units: return [.units]
        case .sync: return [.sync]
        }
    }
}
