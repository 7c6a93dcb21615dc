/// The orders `s` cycles through on the Objectives screen.
public enum ObjectiveSort: Int, CaseIterable, Hashable, Sendable {
    /// Worst first (off track, at risk, no data, met), then by id: what a meeting reviews.
    case status
    case id
    case title
    case unit

    var label: Phrase.Dashboard {
        switch self {
        case .status: return .sortByStatus
        case .id: return .sortByID
        case .title: return .sortByTitle
        case .unit: return .sortByUnit
        }
    }

    var next: ObjectiveSort { ObjectiveSort(rawValue: (rawValue + 1) % Self.allCases.count) ?? .status }
}
