import QMSDomain

/// Computes built-in indicators as ratios, in SQL over the store's summaries.
///
/// One counter serves one read (a status snapshot asks it a dozen times): the
/// unit tree and whether the store holds tallies are read once, on first use.
final class IndicatorCounter {
    let store: Store
    private var parents: [String: String]?
    private var chains: [String: [String]] = [:]
    private var tallied: Bool?

    init(store: Store) {
        self.store = store
    }

    /// The indicator over `scope` in `window`. A window that has not started on
    /// its as-of day counts nothing (no data); `services_online_pct` is a
    /// snapshot that ignores the window.
    func ratio(_ indicator: Indicator, scope: UnitScope, window: IndicatorWindow) throws(StoreError) -> Ratio {
        if indicator.isRatio && window.isEmpty { return .zero }
        var ratio = Ratio.zero
        try store.forEachRow(IndicatorSQL.total(indicator, scope: scope, try shape(indicator, window)),
                             window.parameters, scope: scope, table: indicator.source.rawValue) { (row) throws(StoreError) in
            ratio = Ratio(numerator: row.optionalDouble(0) ?? 0, denominator: row.optionalDouble(1) ?? 0)
        }
        return ratio
    }

    /// The indicator over the subtree of each unit of `roots`, in one query.
    /// Units with nothing to count are absent (their ratio is `.zero`).
    func ratiosBySubtree(_ indicator: Indicator, roots: [String],
                         window: IndicatorWindow) throws(StoreError) -> [String: Ratio] {
        if roots.isEmpty || (indicator.isRatio && window.isEmpty) { return [:] }
        var own: [String: Ratio] = [:]
        // Rows come in runs of one unit (the summaries are read in key order, the
        // record tables mostly in the order their files listed them): a `String` is
        // made and hashed once per run, not once per row.
        var runBytes: [UInt8] = []
        var runID: String?
        var runRatio = Ratio.zero
        try store.forEachRow(IndicatorSQL.countsByUnit(indicator, try shape(indicator, window)), window.parameters,
                             table: indicator.source.rawValue) { (row) throws(StoreError) in
            let ratio = Ratio(numerator: row.optionalDouble(1) ?? 0, denominator: row.optionalDouble(2) ?? 0)
            let sameUnit: Bool? = row.statement.withText(at: 0) { bytes in
                if runID != nil, bytes.elementsEqual(runBytes) { return true }
                if let runID { own[runID, default: .zero] += runRatio }
                runBytes = Array(bytes)
                runID = String(decoding: bytes, as: UTF8.self)
                runRatio = .zero
                return false
            }
            guard sameUnit != nil else { return }  // no unit: counts for no subtree
            runRatio += ratio
        }
        if let runID { own[runID, default: .zero] += runRatio }
        if own.isEmpty { return [:] }
        // Each unit's counts go to every root on its way up the tree (itself included).
        let wanted = Set(roots)
        var result: [String: Ratio] = [:]
        for (unitID, ratio) in own {
            for id in try chain(from: unitID) where wanted.contains(id) {
                result[id, default: .zero] += ratio
            }
        }
        return result
    }

    /// `unitID` and its ancestors, nearest first; worked out once per unit per read.
    /// A cycle in the parents (which the sync refuses, but a store could hold) ends
    /// the chain where it would repeat a unit.
    private func chain(from unitID: String) throws(StoreError) -> [String] {
        if let known = chains[unitID] { return known }
        let parents = try unitParents()
        var chain: [String] = []
        var seen: Set<String> = []
        var next: String? = unitID
        while let id = next, seen.insert(id).inserted {
            chain.append(id)
            next = parents[id]
        }
        chains[unitID] = chain
        return chain
    }

    private func shape(_ indicator: Indicator, _ window: IndicatorWindow) throws(StoreError) -> IndicatorSQL.Shape {
        guard indicator.countsDocuments else { return IndicatorSQL.Shape(wide: window.spansMonths, tallied: false) }
        if tallied == nil { tallied = try store.count("SELECT EXISTS (SELECT 1 FROM tallies)") != 0 }
        return IndicatorSQL.Shape(wide: window.spansMonths, tallied: tallied ?? true)
    }

    private func unitParents() throws(StoreError) -> [String: String] {
        if let parents { return parents }
        let loaded = try store.unitParents()
        parents = loaded
        return loaded
    }
}
