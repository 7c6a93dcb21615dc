import QMSDomain

/// What identifies a record of a kind (EXPORT-FORMAT §4 "Key"): what a tombstone names.
public enum RecordKey: Hashable, Sendable, CustomStringConvertible {
    case unit(String)
    case objective(String)
    case measurement(objectiveID: String, period: Period)
    case audit(String)
    case finding(String)
    case action(String)
    case procedure(String)
    case service(String)
    case document(String)
    case tally(unitID: String, month: Period, direction: DocumentDirection)

    public var kind: RecordKind {
        switch self {
        case .unit: return .units
        case .objective: return .objectives
        case .measurement: return .measurements
        case .audit: return .audits
        case .finding: return .findings
        case .action: return .actions
        case .procedure: return .procedures
        case .service: return .services
        case .document: return .documents
        case .tally: return .tallies
        }
    }

    /// The key as a message shows it: `'U1'`, `'OBJ-1' 2026-Q1`, `'U1' 2026-05 in`.
    public var description: String {
        switch self {
        case .unit(let id), .objective(let id), .audit(let id), .finding(let id), .action(let id),
             .procedure(let id), .service(let id), .document(let id):
            return QuotedValue.show(id)
        case .measurement(let objectiveID, let period):
            return "\(QuotedValue.show(objectiveID)) \(period)"
        case .tally(let unitID, let month, let direction):
            return "\(QuotedValue.show(unitID)) \(month) \(direction.rawValue)"
        }
    }
}
