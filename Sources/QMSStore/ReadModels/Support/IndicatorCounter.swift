import QMSDomain

/// Computes built-in indicators as ratios, in SQL over the store's summaries.
struct IndicatorCounter {
    let store: Store

    /// The indicator over `scope` in `window`. A window that has not started on
    /// its as-of day counts nothing (no data); `services_online_pct` is a
    /// snapshot that ignores the window.
    func ratio(_ indicator: Indicator, scope: UnitScope, window: IndicatorWindow) throws(StoreError) -> Ratio {
        if indicator.isRatio && window.isEmpty { return .zero }
        var ratio = Ratio.zero
        try store.forEachRow(IndicatorSQL.total(indicator, scope: scope), window.parameters, scope: scope,
                             table: indicator.source.rawValue) { (row) throws(StoreError) in
            ratio = Ratio(numerator: row.optionalDouble(0) ?? 0, denominator: row.optionalDouble(1) ?? 0)
        }
        return ratio
    }

    /// The indicator over the subtree of each unit of `roots`, in one query.
    /// Units with nothing to count are absent (their ratio is `.zero`).
    func ratiosBySubtree(_ indicator: Indicator, roots: [String],
                         window: IndicatorWindow) throws(StoreError) -> [String: Ratio] {
        if roots.isEmpty || (indicator.isRatio && window.isEmpty) { return [:] }
        let parameters = window.parameters.with(":roots", Store.jsonArray(roots))
        var result: [String: Ratio] = [:]
        try store.forEachRow(IndicatorSQL.totalsBySubtree(indicator), parameters,
                             table: indicator.source.rawValue) { (row) throws(StoreError) in
            result[try row.string(0)] = Ratio(numerator: row.optionalDouble(1) ?? 0,
                                              denominator: row.optionalDouble(2) ?? 0)
        }
        return result
    }
}
