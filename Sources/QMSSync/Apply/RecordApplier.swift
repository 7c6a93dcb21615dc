import QMSDomain
import QMSStore

/// Writes the decoded rows of one file into the store, inside the file's transaction,
/// checking what only the store can tell: references (§7), parent cycles, a
/// measurement's objective, and deletions of records still referred to.
///
/// After the first error of a file nothing more is written (the file will be rolled
/// back anyway) but rows are still checked, so the report lists every error.
/// Memory stays small whatever the file's size: only units (a few hundred) are
/// remembered per file, and deletions of referenced kinds until the file ends.
final class RecordApplier {
    private let store: Store
    private let references: ReferenceChecker

    private var unitWriter: RecordWriter<UnitRecord>?
    private var objectiveWriter: RecordWriter<ObjectiveRecord>?
    private var measurementWriter: RecordWriter<MeasurementRecord>?
    private var auditWriter: RecordWriter<AuditRecord>?
    private var findingWriter: RecordWriter<FindingRecord>?
    private var actionWriter: RecordWriter<ActionRecord>?
    private var procedureWriter: RecordWriter<ProcedureRecord>?
    private var serviceWriter: RecordWriter<ServiceRecord>?
    private var documentWriter: RecordWriter<DocumentRecord>?
    private var documentBulkWriter: DocumentBulkWriter?
    private var tallyWriter: RecordWriter<TallyRecord>?

    // Per file.
    private var file = ""
    private(set) var counts = SyncCounts()
    /// False from the file's first error on: rows are still checked, not written.
    private(set) var writing = true
    /// Units known to exist (store or this file): saves a lookup per document row.
    private var knownUnits: Set<String> = []
    /// Units this file defines, so checks after the first error do not report
    /// references to rows that were valid but not written.
    private var definedUnits: Set<String> = []
    /// The units of `knownUnits` by their bytes, with their summary slots, for rows
    /// read by `DocumentRowScanner`.
    private var unitSpans = UnitSpanTable()
    /// Parents not found yet: a child may come before its parent in a file.
    private var pendingParents: [(parent: String, location: SyncIssue.Location, column: String)] = []
    /// Deletions of records others may refer to, checked when the file ends.
    private var pendingDeletes: [(key: RecordKey, location: SyncIssue.Location, column: String)] = []

    init(store: Store) {
        self.store = store
        references = ReferenceChecker(connection: store.connection)
    }

    func beginFile(_ path: String) {
        file = path
        counts = SyncCounts()
        writing = true
        knownUnits.removeAll(keepingCapacity: true)
        unitSpans.removeAll()
        definedUnits.removeAll(keepingCapacity: true)
        pendingParents.removeAll()
        pendingDeletes.removeAll()
        // Counts left by a file that was rolled back.
        store.discardDocumentSummaries()
    }

    /// Stops writing after an error found elsewhere (a bad row, a CSV error).
    func stopWriting() {
        writing = false
    }

    /// Checks and (while the file has no error) writes one row.
    func apply(_ row: DecodedRow, cells: RowCells, issues: inout IssueList) throws(StoreError) {
        let before = issues.count
        let location = cells.location
        func fail(_ column: ColumnSpec?, _ message: String) {
            issues.append(SyncIssue(file: file, location: location, column: column.map { cells.labels[$0.index] },
                                    message: message))
        }
        switch row {
        case .upsert(let record):
            try check(record, fail: fail, location: location, cells: cells)
            if writing, issues.count == before { try write(record, fail: fail) }
        case .delete(let key):
            if writing {
                try delete(key, cells: cells)
            } else if case .unit(let id) = key {
                definedUnits.remove(id)
            }
        }
        if issues.count != before { writing = false }
    }

    /// Checks and (while the file has no error) writes a document row that
    /// `DocumentRowScanner` read, exactly as `apply` would. Returns false, having done
    /// nothing, when the row must go through `apply` after all: its unit is not in the
    /// store, or the stored row differs, or the store refused it.
    func applyScannedDocument(_ row: inout DocumentRowValues) throws(StoreError) -> Bool {
        let bulk: DocumentBulkWriter
        if let writer = documentBulkWriter {
            bulk = writer
        } else {
            bulk = try DocumentBulkWriter(store: store)
            documentBulkWriter = bulk
        }
        if let slot = unitSpans.slot(of: row.unitID) {
            row.unitSlot = slot
        } else {
            let unitID = String(decoding: row.unitID, as: UTF8.self)
            guard try unitExists(unitID) else { return false }
            row.unitSlot = bulk.unitSlot(for: unitID)
            unitSpans.insert(row.unitID, slot: row.unitSlot)
        }
        // After the file's first error rows are only checked.
        guard writing else { return true }
        guard let outcome = try bulk.write(row) else { return false }
        counts.add(outcome)
        return true
    }

    /// Checks what could only be checked once the whole file was read: parents
    /// that came later, and deletions of records that are still referred to.
    func finishFile(issues: inout IssueList) throws(StoreError) {
        for pending in pendingParents {
            if definedUnits.contains(pending.parent) { continue }
            if try references.exists(.units, id: pending.parent) { continue }
            issues.append(SyncIssue(file: file, location: pending.location, column: pending.column,
                                    message: Self.missing(.units, pending.parent)))
        }
        guard writing else { return }
        for pending in pendingDeletes {
            guard let id = Self.id(of: pending.key) else { continue }
            let kind = pending.key.kind
            if try references.exists(kind, id: id) { continue }  // written again later in the file
            let referrers = try references.referrers(of: kind, id: id)
            guard !referrers.isEmpty else { continue }
            issues.append(SyncIssue(file: file, location: pending.location, column: pending.column,
                message: "cannot delete \(kind.singular) \(QuotedValue.show(id)): "
                    + referrers.map(\.rawValue).joined(separator: ", ")
                    + " still refer to it, expected those deleted or changed first"))
        }
        // Before the file's transaction commits, with its rows.
        try store.flushDocumentSummaries()
    }

    // MARK: References

    private func check(_ record: DecodedRecord, fail: (ColumnSpec?, String) -> Void, location: SyncIssue.Location,
                       cells: RowCells) throws(StoreError) {
        switch record {
        case .unit(let unit):
            definedUnits.insert(unit.id)
            if let parent = unit.parentID, !definedUnits.contains(parent), !(try unitExists(parent)) {
                pendingParents.append((parent, location, cells.labels[UnitColumns.parentID.index]))
            }
        case .objective(let objective):
            try requireUnit(objective.unitID, ObjectiveColumns.unitID, fail)
        case .measurement(let measurement):
            try check(measurement, fail: fail)
        case .audit(let audit):
            try requireUnit(audit.unitID, AuditColumns.unitID, fail)
        case .finding(let finding):
            if !(try references.exists(.audits, id: finding.auditID)) {
                fail(FindingColumns.auditID, Self.missing(.audits, finding.auditID))
            }
            try requireUnit(finding.unitID, FindingColumns.unitID, fail)
        case .action(let action):
            try requireUnit(action.unitID, ActionColumns.unitID, fail)
            if let findingID = action.findingID, !(try references.exists(.findings, id: findingID)) {
                fail(ActionColumns.findingID, Self.missing(.findings, findingID))
            }
        case .procedure(let procedure):
            try requireUnit(procedure.unitID, ProcedureColumns.unitID, fail)
        case .service(let service):
            try requireUnit(service.unitID, ServiceColumns.unitID, fail)
        case .document(let document):
            try requireUnit(document.unitID, DocumentColumns.unitID, fail)
        case .tally(let tally):
            try requireUnit(tally.unitID, TallyColumns.unitID, fail)
        }
    }

    private func requireUnit(_ id: String?, _ column: ColumnSpec, _ fail: (ColumnSpec?, String) -> Void) throws(StoreError) {
        guard let id, !(try unitExists(id)) else { return }
        fail(column, Self.missing(.units, id))
    }

    private func unitExists(_ id: String) throws(StoreError) -> Bool {
        if knownUnits.contains(id) { return true }
        guard try references.exists(.units, id: id) else { return false }
        knownUnits.insert(id)
        return true
    }

    /// §4: the objective must exist and have no indicator; numerator and denominator
    /// must agree with a percentage value.
    private func check(_ measurement: MeasurementRecord, fail: (ColumnSpec?, String) -> Void) throws(StoreError) {
        guard let objective = try writer(&objectiveWriter).fetch(measurement.objectiveID) else {
            fail(MeasurementColumns.objectiveID, Self.missing(.objectives, measurement.objectiveID))
            return
        }
        if let indicator = objective.indicator {
            fail(MeasurementColumns.objectiveID, "objective \(QuotedValue.show(objective.id)) takes its values from "
                + "the indicator \(indicator.rawValue), expected an objective without an indicator")
            return
        }
        if let problem = MeasurementDecoder.ratioProblem(measurement, isPercentage: objective.isPercentage) {
            fail(measurement.denominator == 0 ? MeasurementColumns.denominator : MeasurementColumns.value, problem)
        }
    }

    // MARK: Writing

    private func write(_ record: DecodedRecord, fail: (ColumnSpec?, String) -> Void) throws(StoreError) {
        do {
            switch record {
            case .unit(let r):
                counts.add(try writer(&unitWriter).upsert(r))
                knownUnits.insert(r.id)
                if let parent = r.parentID, let cycle = try cycle(from: r.id, parent: parent) {
                    fail(UnitColumns.parentID, "\(QuotedValue.show(parent)) is \(QuotedValue.show(r.id)) itself or one "
                        + "of its descendants (\(cycle.joined(separator: " → "))), expected a parent outside the unit's "
                        + "own subtree")
                }
            case .objective(let r): counts.add(try writer(&objectiveWriter).upsert(r))
            case .measurement(let r): counts.add(try writer(&measurementWriter).upsert(r))
            case .audit(let r): counts.add(try writer(&auditWriter).upsert(r))
            case .finding(let r): counts.add(try writer(&findingWriter).upsert(r))
            case .action(let r): counts.add(try writer(&actionWriter).upsert(r))
            case .procedure(let r): counts.add(try writer(&procedureWriter).upsert(r))
            case .service(let r): counts.add(try writer(&serviceWriter).upsert(r))
            case .document(let r): counts.add(try writer(&documentWriter).upsert(r))
            case .tally(let r): counts.add(try writer(&tallyWriter).upsert(r))
            }
        } catch {
            switch error {
            case .invalidRecord, .missingReference, .stillReferenced:
                fail(nil, "the store refused the row: \(error)")
            default:
                throw error
            }
        }
    }

    private func delete(_ key: RecordKey, cells: RowCells) throws(StoreError) {
        let deleted: Bool
        switch key {
            case .unit(let id):
                deleted = try writer(&unitWriter).delete(id)
                knownUnits.remove(id)
                definedUnits.remove(id)
            case .objective(let id): deleted = try writer(&objectiveWriter).delete(id)
            case .measurement(let objectiveID, let period):
                deleted = try writer(&measurementWriter).delete(MeasurementKey(objectiveID: objectiveID, period: period))
            case .audit(let id): deleted = try writer(&auditWriter).delete(id)
            case .finding(let id): deleted = try writer(&findingWriter).delete(id)
            case .action(let id): deleted = try writer(&actionWriter).delete(id)
            case .procedure(let id): deleted = try writer(&procedureWriter).delete(id)
            case .service(let id): deleted = try writer(&serviceWriter).delete(id)
            case .document(let id): deleted = try writer(&documentWriter).delete(id)
            case .tally(let unitID, let month, let direction):
                deleted = try writer(&tallyWriter).delete(TallyKey(unitID: unitID, month: month, direction: direction))
        }
        if deleted {
            counts.deleted += 1
            if ReferenceChecker.referencedKinds.contains(key.kind) {
                let schema = ContractSchema.schema(for: key.kind)
                pendingDeletes.append((key, cells.location, cells.labels[schema.deleted.index]))
            }
        } else {
            counts.unchanged += 1
        }
    }

    /// The chain `child → parent → … → child` when giving `child` this parent closes
    /// a loop; nil otherwise. Walks up the stored parents, a few hundred at most.
    private func cycle(from child: String, parent: String) throws(StoreError) -> [String]? {
        var chain = [child, parent]
        var current = parent
        var seen: Set<String> = [child]
        while current != child {
            guard seen.insert(current).inserted else { return nil }  // an older loop, not through child
            guard case let next?? = try references.parent(ofUnit: current) else { return nil }
            chain.append(next)
            current = next
        }
        return chain
    }

    private func writer<Record: StoredRecord>(_ slot: inout RecordWriter<Record>?) throws(StoreError) -> RecordWriter<Record> {
        if let writer = slot { return writer }
        let writer = try RecordWriter<Record>(store: store)
        slot = writer
        return writer
    }

    // MARK: Messages and errors

    static func missing(_ kind: RecordKind, _ id: String) -> String {
        "\(QuotedValue.show(id)) names no \(kind.singular) in the store or in this sync, expected the id of an existing \(kind.singular)"
    }

    static func id(of key: RecordKey) -> String? {
        switch key {
        case .unit(let id), .objective(let id), .audit(let id), .finding(let id), .action(let id),
             .procedure(let id), .service(let id), .document(let id):
            return id
        case .measurement, .tally:
            return nil
        }
    }
}
