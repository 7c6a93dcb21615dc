import QMSDomain

extension Store {
    /// The findings of an audit, most serious first (major, minor, observation,
    /// improvement; then by id), each with its actions. With `asOf`, the actions
    /// say how many days they are overdue. An audit the store does not hold
    /// (deleted by a sync since the list was drawn) has no findings.
    public func findings(auditID: String, asOf: Day? = nil) throws(StoreError) -> [FindingDetail] {
        try readTransaction { () throws(StoreError) in
            let parameters = NamedParameters().with(":audit", auditID)
            let severity = "CASE f.grade "
                + FindingGrade.allCases.enumerated().map { "WHEN '\($0.element.rawValue)' THEN \($0.offset) " }.joined()
                + "END"
            var details: [FindingDetail] = []
            let nameColumn = SQLFragments.columnCount(of: FindingRecord.self)
            try forEachRow("""
                SELECT \(SQLFragments.columns(of: FindingRecord.self, as: "f")), u.name
                FROM findings AS f LEFT JOIN units AS u ON u.id = f.unit_id
                WHERE f.audit_id = :audit
                ORDER BY \(severity), f.id
                """, parameters, table: "findings") { (row) throws(StoreError) in
                details.append(FindingDetail(finding: try FindingRecord(row: row),
                                             unitName: row.optionalString(nameColumn), actions: []))
            }
            guard !details.isEmpty else { return [] }
            var position: [String: Int] = [:]
            for (index, detail) in details.enumerated() { position[detail.finding.id] = index }
            try forEachRow("""
                \(ActionSummaryQuery.select)
                WHERE ac.finding_id IN (SELECT id FROM findings WHERE audit_id = :audit)
                ORDER BY ac.due_on, ac.id
                """, parameters, table: "actions") { (row) throws(StoreError) in
                let summary = try ActionSummaryQuery.read(row, asOf: asOf)
                if let findingID = summary.action.findingID, let index = position[findingID] {
                    details[index].actions.append(summary)
                }
            }
            return details
        }
    }
}
