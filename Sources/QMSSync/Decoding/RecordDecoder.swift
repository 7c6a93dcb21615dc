import QMSDomain

/// Decodes one row of any kind into what it asks of the store: a record to write, or,
/// when `deleted` is true, the key of a record to delete (only the key columns of a
/// deletion row are read).
public enum RecordDecoder {
    /// nil when the row has problems; they are in `reader.problems`.
    public static func decode(_ kind: RecordKind, _ reader: inout CellReader) -> DecodedRow? {
        let schema = ContractSchema.schema(for: kind)
        guard let deleted = reader.bool(schema.deleted) else { return nil }
        if deleted {
            return key(kind, &reader).map(DecodedRow.delete)
        }
        return record(kind, &reader).map(DecodedRow.upsert)
    }

    static func record(_ kind: RecordKind, _ r: inout CellReader) -> DecodedRecord? {
        switch kind {
        case .units: return UnitDecoder.record(&r).map(DecodedRecord.unit)
        case .objectives: return ObjectiveDecoder.record(&r).map(DecodedRecord.objective)
        case .measurements: return MeasurementDecoder.record(&r).map(DecodedRecord.measurement)
        case .audits: return AuditDecoder.record(&r).map(DecodedRecord.audit)
        case .findings: return FindingDecoder.record(&r).map(DecodedRecord.finding)
        case .actions: return ActionDecoder.record(&r).map(DecodedRecord.action)
        case .procedures: return ProcedureDecoder.record(&r).map(DecodedRecord.procedure)
        case .services: return ServiceDecoder.record(&r).map(DecodedRecord.service)
        case .documents: return DocumentDecoder.record(&r).map(DecodedRecord.document)
        case .tallies: return TallyDecoder.record(&r).map(DecodedRecord.tally)
        }
    }

    static func key(_ kind: RecordKind, _ r: inout CellReader) -> RecordKey? {
        switch kind {
        case .units: return UnitDecoder.key(&r)
        case .objectives: return ObjectiveDecoder.key(&r)
        case .measurements: return MeasurementDecoder.key(&r)
        case .audits: return AuditDecoder.key(&r)
        case .findings: return FindingDecoder.key(&r)
        case .actions: return ActionDecoder.key(&r)
        case .procedures: return ProcedureDecoder.key(&r)
        case .services: return ServiceDecoder.key(&r)
        case .documents: return DocumentDecoder.key(&r)
        case .tallies: return TallyDecoder.key(&r)
        }
    }
}
