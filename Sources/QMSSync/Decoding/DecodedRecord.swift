import QMSDomain

/// A record of any kind, as one valid row describes it.
public enum DecodedRecord: Hashable, Sendable {
    case unit(UnitRecord)
    case objective(ObjectiveRecord)
    case measurement(MeasurementRecord)
    case audit(AuditRecord)
    case finding(FindingRecord)
    case action(ActionRecord)
    case procedure(ProcedureRecord)
    case service(ServiceRecord)
    case document(DocumentRecord)
    case tally(TallyRecord)

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

    /// The key a later row of the same kind replaces this record by.
    public var key: RecordKey {
        switch self {
        case .unit(let r): return .unit(r.id)
        case .objective(let r): return .objective(r.id)
        case .measurement(let r): return .measurement(objectiveID: r.objectiveID, period: r.period)
        case .audit(let r): return .audit(r.id)
        case .finding(let r): return .finding(r.id)
        case .action(let r): return .action(r.id)
        case .procedure(let r): return .procedure(r.id)
        case .service(let r): return .service(r.id)
        case .document(let r): return .document(r.id)
        case .tally(let r): return .tally(unitID: r.unitID, month: r.month, direction: r.direction)
        }
    }
}
