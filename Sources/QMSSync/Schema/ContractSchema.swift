import QMSDomain

/// The export contract's columns for every kind, in the order of EXPORT-FORMAT §4.
public enum ContractSchema {
    public static func schema(for kind: RecordKind) -> KindSchema {
        switch kind {
        case .units: return UnitColumns.schema
        case .objectives: return ObjectiveColumns.schema
        case .measurements: return MeasurementColumns.schema
        case .audits: return AuditColumns.schema
        case .findings: return FindingColumns.schema
        case .actions: return ActionColumns.schema
        case .procedures: return ProcedureColumns.schema
        case .services: return ServiceColumns.schema
        case .documents: return DocumentColumns.schema
        case .tallies: return TallyColumns.schema
        }
    }
}
