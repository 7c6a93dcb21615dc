import QMSDomain

extension Store {
    /// A page of the audits of `scope` (for the whole organisation, also those
    /// with no unit): open first, then the most recent. `asOf` decides which of
    /// their actions are overdue. Throws `unknownUnit` when the scope names no unit.
    public func auditsPage(scope: UnitScope, asOf: Day, offset: Int = 0,
                           limit: Int = 50) throws(StoreError) -> AuditPage {
        try readTransaction { () throws(StoreError) in
            _ = try scopeSummary(scope)
            let parameters = NamedParameters().with(":as_of", asOf)
                .with(":limit", max(0, limit)).with(":offset", max(0, offset))
            let open = SQLFragments.openAudit("a.status")
            var rows: [AuditSummary] = []
            try forEachRow(AuditSummaryQuery.sql(where: scope.condition(on: "a.unit_id"),
                                                 orderBy: "\(open) DESC, a.starts_on DESC, a.id",
                                                 limit: "LIMIT :limit OFFSET :offset"),
                           parameters, scope: scope, table: "audits") { (row) throws(StoreError) in
                rows.append(try AuditSummaryQuery.read(row))
            }
            var totalCount = 0
            var openCount = 0
            try forEachRow("SELECT count(*), total(\(open)) FROM audits AS a WHERE \(scope.condition(on: "a.unit_id"))",
                           scope: scope, table: "audits") { (row) throws(StoreError) in
                totalCount = try row.int(0)
                openCount = try row.int(1)
            }
            return AuditPage(rows: rows, totalCount: totalCount, openCount: openCount, offset: max(0, offset))
        }
    }
}
