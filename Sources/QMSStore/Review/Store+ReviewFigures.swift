import QMSDomain

extension Store {
    /// Everything the review's agenda shows, as of `asOf`, for `scope`, read in one
    /// transaction. `reviewID` leaves the review itself out of "previous" items.
    /// `dueWithin` is N of the due-soon rule (`DueSoonRule`).
    public func reviewFigures(scope: UnitScope, asOf: Day, reviewID: Int64? = nil,
                              dueWithin: Int = DueSoonRule.defaultDays) throws(StoreError) -> ReviewFigures {
        // The agenda lists the 20 worst overdue and the 20 nearest due-soon actions.
        let snapshot = try statusSnapshot(scope: scope, asOf: asOf, dueWithin: dueWithin,
                                          listedActions: ReviewFigures.listedActions)
        return try readTransaction { () throws(StoreError) -> ReviewFigures in
            let year = asOf.year
            let window = IndicatorWindow.yearToDate(year, asOf: asOf)
            let counter = IndicatorCounter(store: self)
            var indicators: [ReviewFigures.IndicatorFigure] = []
            for indicator in Indicator.allCases {
                let ratio = try counter.ratio(indicator, scope: scope, window: window)
                indicators.append(.init(indicator: indicator.rawValue, numerator: ratio.numerator,
                                        denominator: ratio.denominator, value: ratio.percent))
            }
            let objectives = snapshot.objectives.map { progress in
                ReviewFigures.ObjectiveFigure(
                    id: progress.objective.id, title: progress.objective.title, unitID: progress.objective.unitID,
                    value: progress.value, target: progress.objective.target, measure: progress.objective.measure,
                    direction: progress.objective.direction.rawValue, status: progress.status.rawValue,
                    pace: ObjectivePace.applies(to: progress.objective) ? progress.pace : nil)
            }
            var objectiveCounts: [String: Int] = [:]
            for status in ObjectiveStatus.allCases {
                objectiveCounts[status.rawValue] = snapshot.objectives.filter { $0.status == status }.count
            }

            var parameters = NamedParameters()
            parameters.set(":year_start", Day(year: year, month: 1, day: 1)!)
            parameters.set(":as_of", asOf)
            let closed = try count("""
                SELECT count(*) FROM actions WHERE \(scope.condition(on: "unit_id"))
                AND (status = 'done' OR status = 'verified') AND closed_on BETWEEN :year_start AND :as_of
                """, parameters, scope: scope)
            let closedOnTime = try count("""
                SELECT count(*) FROM actions WHERE \(scope.condition(on: "unit_id"))
                AND (status = 'done' OR status = 'verified') AND closed_on BETWEEN :year_start AND :as_of
                AND closed_on <= due_on
                """, parameters, scope: scope)

            var findingsByGrade: [String: Int] = [:]
            for grade in FindingGrade.allCases { findingsByGrade[grade.rawValue] = 0 }
            try forEachRow("""
                SELECT findings.grade, count(*) FROM findings JOIN audits ON audits.id = findings.audit_id
                WHERE \(scope.condition(on: "coalesce(findings.unit_id, audits.unit_id)"))
                AND coalesce(findings.raised_on, audits.starts_on) BETWEEN :year_start AND :as_of
                GROUP BY findings.grade
                """, parameters, scope: scope, table: "findings") { (row) throws(StoreError) in
                findingsByGrade[try row.string(0)] = row.optionalInt(1) ?? 0
            }

            var audits: [ReviewFigures.AuditFigure] = []
            try forEachRow("""
                SELECT audits.id, audits.title, audits.kind, audits.status, audits.starts_on, audits.ends_on,
                       sum(findings.grade = 'major'), sum(findings.grade = 'minor'),
                       sum(findings.grade = 'observation'), sum(findings.grade = 'improvement')
                FROM audits LEFT JOIN findings ON findings.audit_id = audits.id
                WHERE \(scope.condition(on: "audits.unit_id")) AND audits.status != 'cancelled'
                AND audits.starts_on BETWEEN :year_start AND :as_of
                GROUP BY audits.id ORDER BY audits.starts_on, audits.id
                """, parameters, scope: scope, table: "audits") { (row) throws(StoreError) in
                audits.append(.init(id: try row.string(0), title: try row.string(1), kind: try row.string(2),
                                    status: try row.string(3), startsOn: try row.string(4), endsOn: row.optionalString(5),
                                    major: row.optionalInt(6) ?? 0, minor: row.optionalInt(7) ?? 0,
                                    observation: row.optionalInt(8) ?? 0, improvement: row.optionalInt(9) ?? 0))
            }

            var improvements: [ReviewFigures.ImprovementFigure] = []
            try forEachRow("""
                SELECT findings.id, findings.audit_id, findings.description
                FROM findings JOIN audits ON audits.id = findings.audit_id
                WHERE findings.grade = 'improvement'
                AND \(scope.condition(on: "coalesce(findings.unit_id, audits.unit_id)"))
                AND coalesce(findings.raised_on, audits.starts_on) BETWEEN :year_start AND :as_of
                ORDER BY findings.id LIMIT 50
                """, parameters, scope: scope, table: "findings") { (row) throws(StoreError) in
                improvements.append(.init(id: try row.string(0), auditID: try row.string(1), description: try row.string(2)))
            }

            var previous: [ReviewFigures.PreviousItemFigure] = []
            var previousParameters = NamedParameters()
            previousParameters.set(":as_of", asOf)
            previousParameters.set(":review", Int(reviewID ?? -1))
            try forEachRow("""
                SELECT items.id, items.review_id, reviews.held_on, items.text, items.unit_id, items.due_on, actions.status
                FROM review_action_items AS items JOIN reviews ON reviews.id = items.review_id
                LEFT JOIN actions ON actions.id = '\(ReviewActionItem.idPrefix)' || items.review_id || '-' || items.id
                WHERE reviews.id != :review AND reviews.held_on <= :as_of
                AND (reviews.scope_unit_id IS \(scope.rootID == nil ? "NULL" : UnitScope.parameterName))
                ORDER BY reviews.held_on DESC, items.id LIMIT 50
                """, previousParameters, scope: scope, table: "review_action_items") { (row) throws(StoreError) in
                let id = ReviewActionItem.actionID(reviewID: statementInt64(row, 1), itemID: statementInt64(row, 0))
                previous.append(.init(id: id, reviewOn: try row.string(2), text: try row.string(3),
                                      unitID: row.optionalString(4), dueOn: row.optionalString(5),
                                      status: row.optionalString(6)))
            }

            return ReviewFigures(
                asOf: asOf.description, year: year, scopeUnitID: snapshot.scope.unitID, scopeName: snapshot.scope.name,
                indicators: indicators, objectives: objectives, objectiveCounts: objectiveCounts,
                openActions: snapshot.counts.openActions, overdueActions: snapshot.counts.overdueActions,
                closedActions: closed, closedOnTime: closedOnTime,
                worstOverdue: snapshot.overdueActions.prefix(ReviewFigures.listedActions).map { summary in
                    ReviewFigures.ActionFigure(id: summary.action.id, title: summary.action.title,
                                               unitID: summary.action.unitID, dueOn: summary.action.dueOn.description,
                                               daysOverdue: summary.daysOverdue ?? 0)
                },
                findingsByGrade: findingsByGrade, audits: audits, improvements: improvements, previousItems: previous,
                dueWithin: snapshot.dueWithin,
                dueSoon: snapshot.dueSoonActions.prefix(ReviewFigures.listedActions).map { summary in
                    ReviewFigures.DueSoonFigure(
                        id: summary.action.id, title: summary.action.title, unitID: summary.action.unitID,
                        dueOn: summary.action.dueOn.description,
                        daysLeft: DueSoonRule.daysLeft(dueOn: summary.action.dueOn, on: asOf))
                },
                dueSoonCount: snapshot.counts.dueSoon, closing: snapshot.closing)
        }
    }

    private func statementInt64(_ row: RowReader, _ index: Int) -> Int64 {
        row.statement.int64(at: index) ?? 0
    }
}

extension ReviewActionItem {
    /// Prefix of the ids action items get when exported as `actions` rows.
    public static let idPrefix = "XXLD-"

    /// `XXLD-<review>-<item>`: stable, so the item returns through the e-ISO system
    /// under the same id and the next review can see whether it was done.
    public static func actionID(reviewID: Int64, itemID: Int64) -> String {
        "\(idPrefix)\(reviewID)-\(itemID)"
    }
}
