import QMSDomain

/// Audits read as `AuditSummary`: the audit, its unit's name, its findings by
/// grade and the actions raised on them, each counted through an index.
/// (`CROSS JOIN` and the unary `+` on the action's columns keep SQLite on
/// `actions_by_finding`: its own choice, the status index, scanned every
/// pending action once per finding.)
/// Parameter: `:as_of` (for overdue actions).
enum AuditSummaryQuery {
    static func sql(where condition: String, orderBy: String, limit: String = "") -> String {
        let grades = FindingGrade.allCases.map { grade in
            "(SELECT count(*) FROM findings AS f WHERE f.audit_id = a.id AND f.grade = '\(grade.rawValue)')"
        }.joined(separator: ",\n       ")
        let linkedActions = """
            SELECT count(*) FROM findings AS f CROSS JOIN actions AS ac ON ac.finding_id = f.id
            WHERE f.audit_id = a.id AND \(SQLFragments.pendingAction("+ac.status"))
            """
        return """
            SELECT \(SQLFragments.columns(of: AuditRecord.self, as: "a")), u.name,
                   \(grades),
                   (\(linkedActions)),
                   (\(linkedActions) AND +ac.due_on < :as_of)
            FROM audits AS a LEFT JOIN units AS u ON u.id = a.unit_id
            WHERE \(condition)
            ORDER BY \(orderBy)
            \(limit)
            """
    }

    static func read(_ row: RowReader) throws(StoreError) -> AuditSummary {
        var column = SQLFragments.columnCount(of: AuditRecord.self)
        let audit = try AuditRecord(row: row)
        let unitName = row.optionalString(column)
        column += 1
        var findings = FindingCounts()
        for grade in FindingGrade.allCases {
            findings[grade] = try row.int(column)
            column += 1
        }
        return AuditSummary(audit: audit, unitName: unitName, findings: findings,
                            openActions: try row.int(column), overdueActions: try row.int(column + 1))
    }
}
