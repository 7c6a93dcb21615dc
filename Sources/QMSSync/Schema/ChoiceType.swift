import QMSDomain

/// The closed word lists a column can take, named so a schema stays plain data.
public enum ChoiceType: String, Hashable, Sendable, CaseIterable {
    case direction
    case auditKind
    case auditStatus
    case findingGrade
    case actionStatus
    case procedureStatus
    case serviceLevel
    case documentDirection
    case indicator

    /// Every word accepted, English first, for error messages.
    public var acceptedWords: [String] {
        switch self {
        case .direction: return Direction.acceptedWords
        case .auditKind: return AuditKind.acceptedWords
        case .auditStatus: return AuditStatus.acceptedWords
        case .findingGrade: return FindingGrade.acceptedWords
        case .actionStatus: return ActionStatus.acceptedWords
        case .procedureStatus: return ProcedureStatus.acceptedWords
        case .serviceLevel: return ServiceLevel.acceptedWords
        case .documentDirection: return DocumentDirection.acceptedWords
        case .indicator: return Indicator.acceptedWords
        }
    }
}
