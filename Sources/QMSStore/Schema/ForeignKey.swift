import QMSDomain

/// A reference from one record table to another, as the schema declares it.
/// Used to say which kinds are in the way when a delete is refused.
struct ForeignKey: Sendable {
    /// The referring kind (its table has the kind's name).
    let kind: RecordKind
    /// The referring column.
    let column: String
    /// The kind referred to (by its `id`).
    let target: RecordKind

    static let all: [ForeignKey] = [
        ForeignKey(kind: .units, column: "parent_id", target: .units),
        ForeignKey(kind: .objectives, column: "unit_id", target: .units),
        ForeignKey(kind: .measurements, column: "objective_id", target: .objectives),
        ForeignKey(kind: .audits, column: "unit_id", target: .units),
        ForeignKey(kind: .findings, column: "audit_id", target: .audits),
        ForeignKey(kind: .findings, column: "unit_id", target: .units),
        ForeignKey(kind: .actions, column: "unit_id", target: .units),
        ForeignKey(kind: .actions, column: "finding_id", target: .findings),
        ForeignKey(kind: .procedures, column: "unit_id", target: .units),
        ForeignKey(kind: .services, column: "unit_id", target: .units),
        ForeignKey(kind: .documents, column: "unit_id", target: .units),
        ForeignKey(kind: .tallies, column: "unit_id", target: .units),
    ]
}
