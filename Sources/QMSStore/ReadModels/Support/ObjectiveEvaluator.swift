import QMSDomain

/// Gives objectives their value and status on a day (EXPORT-FORMAT §5–6): year
/// to date over the objective unit's subtree for a built-in indicator, the latest
/// period that has started for measurements.
struct ObjectiveEvaluator {
    let store: Store
    let asOf: Day

    /// Objectives of one indicator and year: valued together, in one query.
    struct Group: Hashable {
        var indicator: Indicator
        var year: Int
    }

    /// An objective as read with its unit's name.
    struct Row {
        var objective: ObjectiveRecord
        var unitName: String?
    }

    /// `SELECT` of objectives (alias `o`) with their unit's name, for `rows(where:)`.
    static func selectSQL(where condition: String) -> String {
        """
        SELECT \(SQLFragments.columns(of: ObjectiveRecord.self, as: "o")), u.name
        FROM objectives AS o LEFT JOIN units AS u ON u.id = o.unit_id
        WHERE \(condition)
        """
    }

    /// The objectives a query built with `selectSQL` finds.
    func rows(_ sql: String, _ parameters: NamedParameters, scope: UnitScope? = nil) throws(StoreError) -> [Row] {
        var rows: [Row] = []
        let nameColumn = SQLFragments.columnCount(of: ObjectiveRecord.self)
        try store.forEachRow(sql, parameters, scope: scope, table: "objectives") { (row) throws(StoreError) in
            rows.append(Row(objective: try ObjectiveRecord(row: row), unitName: row.optionalString(nameColumn)))
        }
        return rows
    }

    /// Progress of each objective, in the order given. Indicator objectives of
    /// one indicator and year are computed together, in one query.
    ///
    /// With `withPace`, each objective on a ratio indicator also gets its
    /// `ObjectivePace`: one more pass per indicator over the three complete months
    /// before the as-of day (whatever the number of objectives or years), in the
    /// same way as the year to date.
    func progress(of rows: [Row], withPace: Bool = false) throws(StoreError) -> [ObjectiveProgress] {
        let counter = IndicatorCounter(store: store)
        var unitsByGroup: [Group: Set<String>] = [:]
        var organisationGroups: Set<Group> = []
        for row in rows {
            guard let indicator = row.objective.indicator else { continue }
            let group = Group(indicator: indicator, year: row.objective.year)
            if let unitID = row.objective.unitID {
                unitsByGroup[group, default: []].insert(unitID)
            } else {
                organisationGroups.insert(group)
            }
        }
        // Every document row and tally has a unit, so for a document indicator the
        // whole organisation is the sum over the root units' subtrees: asked in the
        // same pass over the summaries as the units' own objectives, not a second one.
        var treeRoots: [String] = []
        if organisationGroups.contains(where: { $0.indicator.countsDocuments && unitsByGroup[$0] != nil }) {
            treeRoots = try store.rootUnitIDs()
        }
        var subtreeRatios: [Group: [String: Ratio]] = [:]
        var organisationRatios: [Group: Ratio] = [:]
        for (group, units) in unitsByGroup {
            let sharesPass = group.indicator.countsDocuments && organisationGroups.contains(group)
            let roots = sharesPass ? units.union(treeRoots) : units
            let ratios = try counter.ratiosBySubtree(
                group.indicator, roots: roots.sorted(), window: .yearToDate(group.year, asOf: asOf))
            subtreeRatios[group] = ratios
            if sharesPass {
                organisationRatios[group] = treeRoots.reduce(Ratio.zero) { $0 + (ratios[$1] ?? .zero) }
            }
        }
        for group in organisationGroups where organisationRatios[group] == nil {
            organisationRatios[group] = try counter.ratio(
                group.indicator, scope: .organisation, window: .yearToDate(group.year, asOf: asOf))
        }

        let recent = withPace
            ? try recentRatios(unitsByGroup: unitsByGroup, organisationGroups: organisationGroups, counter: counter)
            : RecentRatios()

        let latest = try LatestMeasurement(store: store, asOf: asOf)
        var result: [ObjectiveProgress] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            let objective = row.objective
            if let indicator = objective.indicator {
                let group = Group(indicator: indicator, year: objective.year)
                let ratio = objective.unitID.map { subtreeRatios[group]?[$0] ?? .zero }
                    ?? organisationRatios[group] ?? .zero
                var progress = Self.progress(objective, unitName: row.unitName, ratio: ratio)
                if withPace && indicator.isRatio {
                    let recentRatio = objective.unitID.map { recent.subtree[indicator]?[$0] ?? .zero }
                        ?? recent.organisation[indicator] ?? .zero
                    progress.pace = ObjectivePace.evaluate(objective, yearToDate: ratio, recent: recentRatio,
                                                           asOf: asOf)
                }
                result.append(progress)
            } else {
                let measurement = try latest.find(objectiveID: objective.id)
                result.append(ObjectiveProgress(
                    objective: objective, unitName: row.unitName, value: measurement?.value,
                    numerator: measurement?.numerator, denominator: measurement?.denominator,
                    period: measurement?.period, status: objective.status(value: measurement?.value)))
            }
        }
        return result
    }

    /// Each ratio indicator over the three complete months before the as-of day,
    /// per objective unit's subtree and for the whole organisation.
    struct RecentRatios {
        var subtree: [Indicator: [String: Ratio]] = [:]
        var organisation: [Indicator: Ratio] = [:]
    }

    /// The recent window does not depend on an objective's year, so objectives of
    /// one indicator share one pass whatever their years; like the year to date,
    /// the whole organisation's document figures come from the same pass as the
    /// units' when both are asked for.
    private func recentRatios(unitsByGroup: [Group: Set<String>], organisationGroups: Set<Group>,
                              counter: IndicatorCounter) throws(StoreError) -> RecentRatios {
        let window = IndicatorWindow.recentMonths(asOf: asOf)
        var unitsByIndicator: [Indicator: Set<String>] = [:]
        for (group, units) in unitsByGroup where group.indicator.isRatio {
            unitsByIndicator[group.indicator, default: []].formUnion(units)
        }
        let organisationIndicators = Set(organisationGroups.map(\.indicator).filter(\.isRatio))
        var recent = RecentRatios()
        var treeRoots: [String]?
        for (indicator, units) in unitsByIndicator {
            let sharesPass = indicator.countsDocuments && organisationIndicators.contains(indicator)
            var roots = units
            if sharesPass {
                if treeRoots == nil { treeRoots = try store.rootUnitIDs() }
                roots.formUnion(treeRoots ?? [])
            }
            let ratios = try counter.ratiosBySubtree(indicator, roots: roots.sorted(), window: window)
            recent.subtree[indicator] = ratios
            if sharesPass {
                recent.organisation[indicator] = (treeRoots ?? []).reduce(Ratio.zero) { $0 + (ratios[$1] ?? .zero) }
            }
        }
        for indicator in organisationIndicators where recent.organisation[indicator] == nil {
            recent.organisation[indicator] = try counter.ratio(indicator, scope: .organisation, window: window)
        }
        return recent
    }

    /// The progress an indicator ratio gives; parts are kept even when the
    /// denominator is 0, so a screen can say "0 of 0".
    static func progress(_ objective: ObjectiveRecord, unitName: String?, ratio: Ratio) -> ObjectiveProgress {
        let value = ratio.percent
        return ObjectiveProgress(objective: objective, unitName: unitName, value: value,
                                 numerator: ratio.numerator, denominator: ratio.denominator,
                                 status: objective.status(value: value))
    }
}
