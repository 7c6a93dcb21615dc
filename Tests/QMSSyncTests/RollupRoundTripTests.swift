import Foundation
import QMSDomain
@testable import QMSStore
import Testing
@testable import QMSSync

/// Issue 10, the report upward: a province's departments and districts each roll
/// up their part of the province-scale demo, the bundles are synced into a store
/// that holds only the province unit, and there every rolled-up unit shows what
/// the full store shows for it — indicators, objective statuses, open audits and
/// overdue actions — without a single document row.
@Suite("Rollup round trip")
struct RollupRoundTripTests {
    static let asOf = Day(year: 2026, month: 11, day: 20)!

    /// The province demo with 1% of its document register (10,500 rows), synced
    /// once for every test of the suite; its path.
    static let fullStore: Result<String, RollupTestFailure> = {
        do {
            let folder = fixtureFolder
            // No suite teardown in Swift Testing: the folder goes when the test process ends.
            atexit { try? FileManager.default.removeItem(atPath: RollupRoundTripTests.fixtureFolder) }
            let generator = DemoGenerator(scale: .province, seed: 7, asOf: asOf, documentScale: 0.01)
            _ = try generator.write(to: folder + "/files")
            let path = folder + "/store.sqlite"
            let store = try Store.open(path: path, mode: .readWrite)
            defer { store.close() }
            let report = try SyncRunner(store: store, options: SyncOptions(lockTimeout: 5, now: SyncSandbox.clock))
                .run(paths: [folder + "/files"])
            guard report.files.allSatisfy({ $0.state == .applied }) else {
                return .failure(RollupTestFailure(description: "the demo did not sync: \(report.files.map(\.messages))"))
            }
            return .success(path)
        } catch {
            return .failure(RollupTestFailure(description: "cannot build the demo store: \(error)"))
        }
    }()

    static let fixtureFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("isodash-rollup-full-\(UUID().uuidString)").path

    static func openFull() throws -> Store {
        try Store.open(path: fullStore.get(), mode: .readOnly)
    }

    @Test("every rolled-up unit shows above what it shows below", arguments: [0, 1])
    func roundTrip(depth: Int) throws {
        let full = try Self.openFull()
        defer { full.close() }
        let root = try #require(try full.rootUnitIDs().first)
        let departments = try Self.children(of: root, in: full)
        #expect(departments.count >= 20, "the demo province should have its departments and districts")

        let above = try SyncSandbox()
        let rootName = try #require(try full.fetch(UnitRecord.self, key: root)).name
        _ = try above.syncFile("units.csv", "id,name\n\(root),\(rootName)\n")
        var topOf: [String: String] = [:]
        var totalTallies = 0
        for unit in departments {
            let rollup = try full.rollup(unitID: unit, asOf: Self.asOf, depth: depth)
            for kept in rollup.units { topOf[kept.id] = unit }
            totalTallies += rollup.tallies.count
            let bundle = try RollupBundle(rollup: rollup, parentID: root, prefix: unit)
            try above.write("reports/rollup-\(unit)-\(Self.asOf).json", bundle.json())
        }
        let report = try above.sync([above.path("reports")])
        #expect(report.files.count == departments.count)
        for file in report.files {
            #expect(file.state == .applied, "\(file.path): \(file.messages)")
        }
        #expect(try above.count("documents") == 0)
        #expect(try above.count("tallies") == totalTallies)
        if depth == 0 {
            #expect(topOf.count == departments.count)
        } else {
            #expect(topOf.count > departments.count, "depth 1 keeps the units under the departments")
        }

        for (unit, top) in topOf.sorted(by: { $0.key < $1.key }) {
            let below = try Self.picture(of: unit, in: full, prefix: top + "/")
            let seenAbove = try Self.picture(of: unit, in: above.store, prefix: nil)
            #expect(seenAbove.indicators == below.indicators, "indicators of \(unit)")
            #expect(seenAbove.objectives == below.objectives, "objectives of \(unit)")
            #expect(seenAbove.openAudits == below.openAudits, "open audits of \(unit)")
            #expect(seenAbove.overdue == below.overdue, "overdue actions of \(unit)")
        }
    }

    /// What the review and `status` show for a unit, ids as the level above knows them.
    struct Picture: Equatable {
        var indicators: [String]
        var objectives: [String]
        var openAudits: [String]
        var overdue: [String]
    }

    static func picture(of unit: String, in store: Store, prefix: String?) throws -> Picture {
        let scope = UnitScope(rootID: unit)
        let window = IndicatorWindow.yearToDate(asOf.year, asOf: asOf)
        let counter = IndicatorCounter(store: store)
        let indicators = try Indicator.allCases.map { indicator in
            "\(indicator.rawValue)=\(rounded(try counter.ratio(indicator, scope: scope, window: window).percent))"
        }
        let snapshot = try store.statusSnapshot(scope: scope, asOf: asOf)
        let id = { (raw: String) in (prefix ?? "") + raw }
        return Picture(
            indicators: indicators,
            objectives: snapshot.objectives.map { "\(id($0.objective.id)) \($0.status) \(rounded($0.value))" }.sorted(),
            openAudits: snapshot.openAudits.map { id($0.audit.id) }.sorted(),
            overdue: snapshot.overdueActions.map { "\(id($0.action.id)) \($0.daysOverdue ?? -1)" }.sorted())
    }

    static func rounded(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "none"
    }

    static func children(of unit: String, in store: Store) throws -> [String] {
        let statement = try store.connection.prepare("SELECT id FROM units WHERE parent_id = ?1 ORDER BY id")
        defer { statement.reset() }
        try statement.bind(unit, at: 1)
        var ids: [String] = []
        while try statement.step() == .row {
            if let id = statement.string(at: 0) { ids.append(id) }
        }
        return ids
    }

    @Test func tallyCountsAreTheSummariesOfTheRegister() throws {
        let full = try Self.openFull()
        defer { full.close() }
        let root = try #require(try full.rootUnitIDs().first)
        let rollup = try full.rollup(unitID: root, asOf: Self.asOf, depth: 0)
        #expect(rollup.units.map(\.id) == [root])
        #expect(Set(rollup.tallies.map(\.unitID)) == [root])
        #expect(rollup.tallies.allSatisfy { $0.isConsistent && $0.asOf == Self.asOf })
        #expect(rollup.tallies.allSatisfy { $0.month <= Period.month(of: Self.asOf) })
        let documents = try Int(#require(try Self.value("SELECT count(*) FROM documents WHERE date < '2026-12-01'", full)))
        #expect(rollup.tallies.reduce(0) { $0 + $1.total } == documents)
        let settled = try Int(#require(try Self.value(
            "SELECT count(*) FROM documents WHERE due_on IS NOT NULL AND date < '2026-12-01' "
                + "AND (done_on <= due_on AND done_on <= '2026-11-20' OR due_on < '2026-11-20')", full)))
        #expect(rollup.tallies.reduce(0) { $0 + $1.withDue } == settled)
    }

    static func value(_ sql: String, _ store: Store) throws -> String? {
        let statement = try store.connection.prepare(sql)
        defer { statement.reset() }
        guard try statement.step() == .row else { return nil }
        return statement.string(at: 0)
    }
}

struct RollupTestFailure: Error, CustomStringConvertible {
    let description: String
}
