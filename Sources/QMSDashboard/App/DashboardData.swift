import QMSDomain
import QMSStore

/// The dashboard's one door to the store: it asks for small read models and keeps the
/// ones the current frame needs, so redrawing after a key press costs no query.
///
/// The dashboard never runs SQL; every figure comes from a `Store` read model. Caches
/// are keyed by what was asked (scope, filter, page) and hold one answer each, so memory
/// stays small whatever the store's size. `refreshIfChanged()` (polled every couple of
/// seconds) drops them all when another process, such as a cron job's sync, committed.
///
/// Used from one thread, like the `Store` it holds.
public final class DashboardData {
    public let store: Store
    public let asOf: Day
    /// Actions due within this many days count as due soon (`--due-within`), on
    /// the overview, the actions screen and the units scorecard alike.
    public let dueWithin: Int

    private var version: Int?
    private var freshness: DataFreshness?
    private var snapshots: (scope: String?, snapshot: StatusSnapshot)?
    private var syncEntries: [SyncFileEntry] = []
    private var syncCursor: Int64?
    private var syncComplete = false
    private var syncErrorCache: (fileID: Int64, errors: [SyncErrorEntry])?
    private var trendCache: (id: String, trend: ObjectiveTrend?)?
    private var actionCache: ActionListCache?
    private var overviewActionCache: OverviewActionsCache?
    private var auditCache: (key: PageRequest, page: AuditPage)?
    private var auditRecords: [String: AuditSummary] = [:]
    private var findingCache: (auditID: String, findings: [FindingDetail])?
    private var scorecardCache: (scope: String?, scorecard: UnitScorecardPage)?
    private var unitSearch: (query: String, units: [UnitRecord])?

    private struct PageRequest: Hashable {
        var scope: String?
        var offset: Int
        var limit: Int
    }

    private struct ActionRequest: Hashable {
        var scope: String?
        var filter: ActionFilter
        var topUnits: Int
    }

    /// One actions list being paged through: resolved and counted once per store
    /// version, its rows read window by window next to those already held.
    private struct ActionListCache {
        var request: ActionRequest
        /// `PRAGMA data_version` when the list was read (nil if it could not be read).
        var version: Int?
        var list: ActionList
        var totals: ActionTotals
        var window = ListWindow<ActionSummary>(margin: DashboardData.windowSize)
    }

    /// The overview's actions panel being paged through, like `ActionListCache`;
    /// its length is the snapshot's count of overdue and due-soon actions.
    private struct OverviewActionsCache {
        var scope: String?
        var version: Int?
        var list: ActionList
        var total: Int
        var window = ListWindow<ActionSummary>(margin: DashboardData.windowSize)
    }

    /// How many sync log entries one query fetches.
    static let syncPageSize = 200

    public init(store: Store, asOf: Day, dueWithin: Int = DueSoonRule.defaultDays) {
        self.store = store
        self.asOf = asOf
        self.dueWithin = dueWithin
        version = try? store.dataVersion()
    }

    // MARK: Refresh

    /// Checks whether another process committed to the store since the last check and,
    /// if so, forgets every cached model so the next frame shows the new figures.
    /// Cursors and scope live in `DashboardState` and are kept.
    @discardableResult
    public func refreshIfChanged() -> Bool {
        guard let current = try? store.dataVersion() else { return false }
        guard current != version else { return false }
        version = current
        invalidate()
        return true
    }

    /// Forgets every cached model.
    public func invalidate() {
        freshness = nil
        snapshots = nil
        syncEntries = []
        syncCursor = nil
        syncComplete = false
        syncErrorCache = nil
        trendCache = nil
        actionCache = nil
        overviewActionCache = nil
        auditCache = nil
        auditRecords = [:]
        findingCache = nil
        scorecardCache = nil
        unitSearch = nil
    }

    // MARK: Header

    /// When the store last changed and what was rejected: the header of every screen.
    public func dataFreshness() throws(StoreError) -> DataFreshness {
        if let freshness { return freshness }
        let fresh = try store.dataFreshness()
        freshness = fresh
        return fresh
    }

    // MARK: Status

    /// Objectives, open audits and overdue actions of a scope: the overview, and the
    /// objectives list (objectives are few; the year's list is one small model).
    public func snapshot(scopeUnitID: String?) throws(StoreError) -> StatusSnapshot {
        if let snapshots, snapshots.scope == scopeUnitID { return snapshots.snapshot }
        // The overdue and due-soon actions are counted here and paged through by
        // `overviewActions`: a province may have a hundred thousand.
        let snapshot = try store.statusSnapshot(scope: UnitScope(rootID: scopeUnitID), asOf: asOf,
                                                dueWithin: dueWithin, listedActions: 0)
        snapshots = (scopeUnitID, snapshot)
        return snapshot
    }

    // MARK: Sync log

    /// Sync log entries `range` (newest first), fetched page by page as the list scrolls;
    /// `count` is how many are known so far and `hasMore` whether older ones exist.
    func syncLog(upTo needed: Int) throws(StoreError) -> (entries: [SyncFileEntry], hasMore: Bool) {
        while syncEntries.count < needed && !syncComplete {
            let page = try store.syncLog.page(before: syncCursor, limit: Self.syncPageSize)
            syncEntries += page.entries
            syncCursor = page.nextCursor
            syncComplete = page.nextCursor == nil
        }
        return (syncEntries, !syncComplete)
    }

    /// One entry of the sync log by id, fetching older pages until it is found.
    func syncEntry(id: Int64) throws(StoreError) -> SyncFileEntry? {
        while true {
            if let entry = syncEntries.first(where: { $0.id == id }) { return entry }
            if syncComplete { return nil }
            if let last = syncEntries.last?.id, last < id { return nil }
            _ = try syncLog(upTo: syncEntries.count + Self.syncPageSize)
        }
    }

    /// The stored errors of one sync file.
    func syncErrors(fileID: Int64) throws(StoreError) -> [SyncErrorEntry] {
        if let syncErrorCache, syncErrorCache.fileID == fileID { return syncErrorCache.errors }
        let errors = try store.syncLog.errors(ofFile: fileID)
        syncErrorCache = (fileID, errors)
        return errors
    }

    // MARK: Objectives

    /// An objective's value and its points over the year; nil when the store has no
    /// such objective (any more).
    public func trend(objectiveID: String) throws(StoreError) -> ObjectiveTrend? {
        if let trendCache, trendCache.id == objectiveID { return trendCache.trend }
        let trend: ObjectiveTrend?
        do {
            trend = try store.objectiveTrend(objectiveID: objectiveID, asOf: asOf)
        } catch {
            guard case .unknownObjective = error else { throw error }
            trend = nil
        }
        trendCache = (objectiveID, trend)
        return trend
    }

    // MARK: Actions

    /// One page of open actions with the ageing and per-unit counts of the whole filtered list.
    ///
    /// The list is resolved and counted once per scope, filter and store version;
    /// its rows are read a window at a time, each next to the rows already held (by
    /// key, not by skipping rows), or from the start or the end of the list, so a
    /// page costs the same at row 100,000 as at row 1.
    public func actions(scopeUnitID: String?, filter: ActionFilter, offset: Int, limit: Int,
                        topUnits: Int) throws(StoreError) -> ActionPage {
        let request = ActionRequest(scope: scopeUnitID, filter: filter, topUnits: topUnits)
        if let actionCache, actionCache.request == request,
           let rows = actionCache.window.page(offset: offset, limit: limit, total: actionCache.totals.totalCount) {
            return ActionPage(rows: rows, offset: offset, totals: actionCache.totals)
        }
        // The store is read from here on: start afresh if it changed since the list was
        // counted, so rows read by key never mix with counts of another version.
        let current = try? store.dataVersion()
        var cache: ActionListCache
        if let actionCache, actionCache.request == request, actionCache.version == current, current != nil {
            cache = actionCache
        } else {
            actionCache = nil
            let list = try store.actionList(scope: UnitScope(rootID: scopeUnitID), asOf: asOf, filter: filter)
            cache = ActionListCache(request: request, version: current, list: list,
                                    totals: try store.actionTotals(of: list, topUnits: topUnits,
                                                                   dueWithin: dueWithin))
        }
        let rows = try rows(of: cache.list, window: &cache.window, offset: offset, limit: limit,
                            total: cache.totals.totalCount)
        actionCache = cache
        return ActionPage(rows: rows, offset: offset, totals: cache.totals)
    }

    /// A page of the overview's actions panel: the overdue actions, most overdue
    /// first, then those due soon, nearest first (the snapshot's two lists in one:
    /// the open actions due up to N days after the as-of day, in due order), read
    /// a window at a time like the actions screen's list. `total` is the snapshot's
    /// count of the two.
    public func overviewActions(scopeUnitID: String?, offset: Int,
                                limit: Int) throws(StoreError) -> (rows: [ActionSummary], total: Int) {
        // A frame whose rows are held reads nothing (`refreshIfChanged` forgets them
        // when the store changes).
        if let overviewActionCache, overviewActionCache.scope == scopeUnitID,
           let rows = overviewActionCache.window.page(offset: offset, limit: limit, total: overviewActionCache.total) {
            return (rows, overviewActionCache.total)
        }
        let current = try? store.dataVersion()
        var cache: OverviewActionsCache
        if let overviewActionCache, overviewActionCache.scope == scopeUnitID, overviewActionCache.version == current,
           current != nil {
            cache = overviewActionCache
        } else {
            let counts = try snapshot(scopeUnitID: scopeUnitID).counts
            let filter = ActionFilter(dueBy: DueSoonRule(days: dueWithin).window(on: asOf).upperBound)
            cache = OverviewActionsCache(scope: scopeUnitID, version: current,
                                         list: try store.actionList(scope: UnitScope(rootID: scopeUnitID), asOf: asOf,
                                                                    filter: filter),
                                         total: counts.overdueActions + counts.dueSoon)
        }
        let rows = try rows(of: cache.list, window: &cache.window, offset: offset, limit: limit, total: cache.total)
        overviewActionCache = cache
        return (rows, cache.total)
    }

    /// Rows `offset ..< offset + limit` of `list`, `total` long, from `window`, which
    /// first reads what it lacks next to the rows it holds (by key) or from either end.
    private func rows(of list: ActionList, window: inout ListWindow<ActionSummary>, offset: Int, limit: Int,
                      total: Int) throws(StoreError) -> [ActionSummary] {
        if window.page(offset: offset, limit: limit, total: total) == nil {
            let read = window.read(offset: offset, limit: limit, total: total)
            let seek: ActionListSeek
            let count: Int
            switch read {
            case let .after(row, n): (seek, count) = (.after(ActionListKey(row)), n)
            case let .before(row, n): (seek, count) = (.before(ActionListKey(row)), n)
            case let .fromStart(skipping, n): (seek, count) = (.start(skipping: skipping), n)
            case let .fromEnd(skipping, n): (seek, count) = (.end(skipping: skipping), n)
            }
            let rows = try store.actionRows(of: list, from: seek, limit: count)
            window.absorb(rows, from: read, total: total, offset: offset, limit: limit)
        }
        return window.held(offset: offset, limit: limit, total: total)
    }

    // MARK: Audits

    /// One page of audits, open first.
    public func audits(scopeUnitID: String?, offset: Int, limit: Int) throws(StoreError) -> AuditPage {
        let window = Self.window(offset: offset, limit: limit)
        let key = PageRequest(scope: scopeUnitID, offset: window.offset, limit: window.limit)
        let page: AuditPage
        if let auditCache, auditCache.key == key {
            page = auditCache.page
        } else {
            page = try store.auditsPage(scope: UnitScope(rootID: scopeUnitID), asOf: asOf, offset: window.offset,
                                        limit: window.limit)
            auditCache = (key, page)
            for summary in page.rows { auditRecords[summary.audit.id] = summary }
        }
        var slice = page
        slice.rows = Self.slice(page.rows, from: window.offset, offset: offset, limit: limit)
        slice.offset = offset
        return slice
    }

    /// One audit of the scope by id, from the pages already read or, page by page, from
    /// the store (audits are tens or hundreds, not millions).
    public func audit(id: String, scopeUnitID: String?) throws(StoreError) -> AuditSummary? {
        if let known = auditRecords[id] { return known }
        let pageSize = 200
        var offset = 0
        while true {
            let page = try store.auditsPage(scope: UnitScope(rootID: scopeUnitID), asOf: asOf, offset: offset,
                                            limit: pageSize)
            for summary in page.rows { auditRecords[summary.audit.id] = summary }
            if let found = auditRecords[id] { return found }
            offset += pageSize
            if page.rows.count < pageSize || offset >= page.totalCount { return nil }
        }
    }

    /// The findings of an audit with the actions raised on each.
    public func findings(auditID: String) throws(StoreError) -> [FindingDetail] {
        if let findingCache, findingCache.auditID == auditID { return findingCache.findings }
        let findings = try store.findings(auditID: auditID, asOf: asOf)
        findingCache = (auditID, findings)
        return findings
    }

    // MARK: Units

    /// One page of the unit scorecard, in tree order.
    ///
    /// The whole scorecard (a couple of hundred rows) is computed once per scope and
    /// store version and paged in memory: its figures cost the same for one row as
    /// for all, so scrolling asks the store nothing.
    public func scorecard(scopeUnitID: String?, offset: Int, limit: Int) throws(StoreError) -> UnitScorecardPage {
        let scorecard: UnitScorecardPage
        if let scorecardCache, scorecardCache.scope == scopeUnitID {
            scorecard = scorecardCache.scorecard
        } else {
            scorecard = try store.unitScorecard(scope: UnitScope(rootID: scopeUnitID), asOf: asOf, offset: 0,
                                                limit: Int.max, dueWithin: dueWithin)
            scorecardCache = (scopeUnitID, scorecard)
        }
        var slice = scorecard
        slice.rows = Self.slice(scorecard.rows, from: 0, offset: offset, limit: limit)
        slice.offset = offset
        return slice
    }

    // MARK: Windows

    /// Rows are read in aligned windows of this many, a little beyond the screen, so that
    /// scrolling a long list asks the store once per window rather than once per key.
    static let windowSize = 100

    /// The aligned window holding rows `offset ..< offset + limit`.
    static func window(offset: Int, limit: Int) -> (offset: Int, limit: Int) {
        let start = max(0, offset) - max(0, offset) % windowSize
        let end = max(0, offset) + max(0, limit)
        let length = ((end - start + windowSize - 1) / windowSize) * windowSize + windowSize
        return (start, length)
    }

    /// `limit` rows from `offset` out of rows read from `start`.
    static func slice<Row>(_ rows: [Row], from start: Int, offset: Int, limit: Int) -> [Row] {
        let first = max(0, offset - start)
        guard first < rows.count else { return [] }
        return Array(rows[first..<min(rows.count, first + max(0, limit))])
    }

    /// Units whose name or id matches `query` (ignoring case and diacritics), for the
    /// `u` picker.
    public func units(matching query: String, limit: Int) throws(StoreError) -> [UnitRecord] {
        if let unitSearch, unitSearch.query == query { return unitSearch.units }
        let units = try store.units(matching: query, limit: limit)
        unitSearch = (query, units)
        return units
    }
}
