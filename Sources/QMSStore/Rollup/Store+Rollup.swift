import QMSDomain

extension Store {
    /// Everything `unitID` reports upward as of `asOf`, read in one transaction so
    /// the tallies, objectives and actions agree with each other.
    ///
    /// The document register is never scanned: tallies come from the summaries
    /// kept at sync (and from tallies the store itself received from below), with
    /// the on-time counts as the indicators see them on `asOf`, so the level above
    /// computes the same values. Units more than `depth` levels below `unitID` are
    /// folded into their ancestor at that level. Throws `unknownUnit` when the
    /// store does not hold `unitID`.
    public func rollup(unitID: String, asOf: Day, depth: Int) throws(StoreError) -> Rollup {
        try readTransaction { () throws(StoreError) -> Rollup in
            _ = try scopeSummary(UnitScope(rootID: unitID))
            var parameters = NamedParameters()
            parameters.set(":root", unitID)
            parameters.set(":depth", max(0, depth))
            parameters.set(":as_of", asOf)
            parameters.set(":to_month", asOf.monthKey)
            parameters.set(":year_start", asOf.startOfYear)
            parameters.set(":whole", try count(RollupSQL.isWholeOrganisation, parameters))

            var rollup = Rollup(unitID: unitID, asOf: asOf, depth: max(0, depth))
            try forEachRow(RollupSQL.units, parameters, table: "units") { (row) throws(StoreError) in
                rollup.units.append(try UnitRecord(row: row))
            }
            try forEachRow(RollupSQL.tallies, parameters, table: "tallies") { (row) throws(StoreError) in
                rollup.tallies.append(TallyRecord(
                    unitID: try row.string(0), month: try row.period(1), direction: try row.word(2),
                    total: try row.int(3), electronic: try row.int(4), confidential: try row.int(5),
                    withDue: try row.int(6), onTime: try row.int(7), asOf: asOf))
            }
            try readObjectives(into: &rollup, parameters)
            try forEachRow(RollupSQL.measurements, parameters, table: "measurements") { (row) throws(StoreError) in
                rollup.measurements.append(try MeasurementRecord(row: row))
            }
            rollup.audits = try reportedRecords(AuditRecord.self, RollupSQL.audits, parameters) { audit, row in
                audit.unitID = row.optionalString(SQLFragments.columnCount(of: AuditRecord.self))
            }
            rollup.findings = try reportedRecords(FindingRecord.self, RollupSQL.findings, parameters) { finding, row in
                finding.unitID = row.optionalString(SQLFragments.columnCount(of: FindingRecord.self))
            }
            let actionColumns = SQLFragments.columnCount(of: ActionRecord.self)
            rollup.actions = try reportedRecords(ActionRecord.self, RollupSQL.actions, parameters) { action, row in
                action.unitID = row.optionalString(actionColumns) ?? action.unitID
                action.findingID = row.optionalString(actionColumns + 1)
            }
            rollup.procedures = try reportedRecords(ProcedureRecord.self, RollupSQL.procedures, parameters) { p, row in
                p.unitID = row.optionalString(SQLFragments.columnCount(of: ProcedureRecord.self))
            }
            rollup.services = try reportedRecords(ServiceRecord.self, RollupSQL.services, parameters) { service, row in
                service.unitID = row.optionalString(SQLFragments.columnCount(of: ServiceRecord.self))
            }
            return rollup
        }
    }

    /// Objectives with their reported unit. Those to freeze lose their indicator
    /// and gain a measurement for their year holding their value on the as-of day,
    /// computed by the same evaluator the dashboard uses.
    private func readObjectives(into rollup: inout Rollup, _ parameters: NamedParameters) throws(StoreError) {
        let columns = SQLFragments.columnCount(of: ObjectiveRecord.self)
        var frozen: [ObjectiveEvaluator.Row] = []
        try forEachRow(RollupSQL.objectives, parameters, table: "objectives") { (row) throws(StoreError) in
            let original = try ObjectiveRecord(row: row)
            var reported = original
            reported.unitID = row.optionalString(columns)
            if try row.bool(columns + 1) {
                reported.indicator = nil
                frozen.append(ObjectiveEvaluator.Row(objective: original, unitName: nil))
            }
            rollup.objectives.append(reported)
        }
        guard !frozen.isEmpty else { return }
        let evaluator = ObjectiveEvaluator(store: self, asOf: rollup.asOf)
        for progress in try evaluator.progress(of: frozen) {
            guard let value = progress.value, let indicator = progress.objective.indicator else { continue }
            rollup.measurements.append(MeasurementRecord(
                objectiveID: progress.objective.id, period: .year(progress.objective.year), value: value,
                numerator: progress.numerator, denominator: progress.denominator,
                note: "\(indicator.rawValue) of \(progress.objective.unitID ?? rollup.unitID) as of \(rollup.asOf)"))
        }
        rollup.measurements.sort { ($0.objectiveID, $0.period) < ($1.objectiveID, $1.period) }
    }

    /// Records read by `sql` (their columns first), adjusted by `adjust` from the row's extra columns.
    private func reportedRecords<Record: StoredRecord>(
        _ type: Record.Type, _ sql: String, _ parameters: NamedParameters,
        adjust: (inout Record, RowReader) -> Void
    ) throws(StoreError) -> [Record] {
        var records: [Record] = []
        try forEachRow(sql, parameters, table: Record.layout.table) { (row) throws(StoreError) in
            var record = try Record(row: row)
            adjust(&record, row)
            records.append(record)
        }
        return records
    }
}
