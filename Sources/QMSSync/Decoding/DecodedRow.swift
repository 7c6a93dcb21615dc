/// What one valid row asks of the store: write a record, or delete one (`deleted` = true).
public enum DecodedRow: Hashable, Sendable {
    case upsert(DecodedRecord)
    case delete(RecordKey)

    public var key: RecordKey {
        switch self {
        case .upsert(let record): return record.key
        case .delete(let key): return key
        }
    }
}
