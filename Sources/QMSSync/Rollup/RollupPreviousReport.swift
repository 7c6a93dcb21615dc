import Foundation
import QMSDomain
import QMSStore

/// The keys an earlier rollup bundle sent upward, read back so the next report
/// can delete above what was deleted below (`isodash rollup --previous FILE`).
///
/// A report is small (tallies, not document rows), so it is read whole with
/// Foundation's parser; anything that is not a bundle is an error.
public struct RollupPreviousReport: Hashable, Sendable {
    /// Ids per id-keyed kind, as the level above knows them (prefixed).
    public var ids: [RecordKind: Set<String>]
    public var measurements: Set<MeasurementKey>
    public var tallies: Set<TallyKey>
    /// The units it reported, the rolled-up unit first.
    public var units: [String]

    public init(ids: [RecordKind: Set<String>] = [:], measurements: Set<MeasurementKey> = [],
                tallies: Set<TallyKey> = [], units: [String] = []) {
        self.ids = ids
        self.measurements = measurements
        self.tallies = tallies
        self.units = units
    }

    /// The kinds a report deletes by id. Units are never deleted above by a
    /// report: the level above may hold their records from elsewhere.
    public static let idKinds: [RecordKind] = [.objectives, .audits, .findings, .actions, .procedures, .services]

    /// A bundle larger than this is not a report (reports are kilobytes to a few megabytes).
    public static let maxBytes = 256 << 20

    /// Reads the keys of the records `path` holds (rows marked deleted are not kept).
    public static func read(path: String) throws(RollupPreviousError) -> RollupPreviousReport {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maxBytes else { throw RollupPreviousError(path: path, reason: "is \(size) bytes, too big for a report") }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as RollupPreviousError {
            throw error
        } catch {
            throw RollupPreviousError(path: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        guard let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw RollupPreviousError(path: path, reason: "is not a JSON bundle (an object of kind names)")
        }
        var report = RollupPreviousReport()
        for (name, value) in top {
            guard let kind = RecordKind.named(name) else { continue }
            guard let records = value as? [[String: Any]] else {
                throw RollupPreviousError(path: path, reason: "holds '\(name)' that is not an array of records")
            }
            for record in records where !isDeleted(record["deleted"]) {
                switch kind {
                case .measurements:
                    if let objective = text(record["objective_id"]), let period = text(record["period"]).flatMap(Period.parse) {
                        report.measurements.insert(MeasurementKey(objectiveID: objective, period: period))
                    }
                case .units:
                    if let id = text(record["id"]) { report.units.append(id) }
                case .tallies:
                    if let unit = text(record["unit_id"]), let month = text(record["month"]).flatMap(Period.parse),
                       let direction = text(record["direction"]).flatMap(DocumentDirection.init(rawValue:)) {
                        report.tallies.insert(TallyKey(unitID: unit, month: month, direction: direction))
                    }
                default:
                    if idKinds.contains(kind), let id = text(record["id"]) {
                        report.ids[kind, default: []].insert(id)
                    }
                }
            }
        }
        return report
    }

    /// Rows to delete above: what this earlier report held and `bundle` no longer
    /// does, when it is really gone below. A record still in the store that only
    /// left the report's window (an action closed two years ago) is kept above;
    /// a tally or measurement no longer reported is gone (every month up to the
    /// as-of day and every measurement of a reported objective are reported),
    /// also for a unit now folded (a smaller `--depth`), whose counts its
    /// ancestor's tallies now hold. Only ids with the bundle's prefix and
    /// tallies of units the earlier report held are considered: another unit's
    /// records are not this report's to delete.
    public func tombstones(for bundle: RollupBundle,
                           existing: (RecordKind, [String]) throws -> Set<String>) rethrows -> RollupTombstones {
        let rollup = bundle.rollup
        let marker = bundle.prefix.isEmpty ? "" : bundle.prefix + "/"
        var reported: [RecordKind: Set<String>] = [:]
        reported[.objectives] = Set(rollup.objectives.map { bundle.prefixed($0.id) })
        reported[.audits] = Set(rollup.audits.map { bundle.prefixed($0.id) })
        reported[.findings] = Set(rollup.findings.map { bundle.prefixed($0.id) })
        reported[.actions] = Set(rollup.actions.map { bundle.prefixed($0.id) })
        reported[.procedures] = Set(rollup.procedures.map { bundle.prefixed($0.id) })
        reported[.services] = Set(rollup.services.map { bundle.prefixed($0.id) })

        var result = RollupTombstones()
        for kind in Self.idKinds {
            let missing = (ids[kind] ?? []).subtracting(reported[kind] ?? []).filter { $0.hasPrefix(marker) }.sorted()
            guard !missing.isEmpty else { continue }
            let below = missing.map { String($0.dropFirst(marker.count)) }
            let stillBelow = try existing(kind, below)
            let gone = zip(missing, below).filter { !stillBelow.contains($0.1) }.map(\.0)
            if !gone.isEmpty { result.ids[kind] = gone }
        }
        let measurementKeys = Set(rollup.measurements.map {
            MeasurementKey(objectiveID: bundle.prefixed($0.objectiveID), period: $0.period)
        })
        result.measurements = measurements.subtracting(measurementKeys)
            .filter { $0.objectiveID.hasPrefix(marker) }
            .sorted { ($0.objectiveID, $0.period) < ($1.objectiveID, $1.period) }
        let previousUnits = Set(units)
        let tallyKeys = Set(rollup.tallies.map(\.key))
        let lastMonth = Period.month(of: rollup.asOf)
        result.tallies = tallies.subtracting(tallyKeys)
            .filter { previousUnits.contains($0.unitID) && $0.month <= lastMonth }
            .sorted { ($0.unitID, $0.month, $0.direction.rawValue) < ($1.unitID, $1.month, $1.direction.rawValue) }
        return result
    }

    private static func text(_ value: Any?) -> String? {
        switch value {
        case let string as String: return string.isEmpty ? nil : string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    private static func isDeleted(_ value: Any?) -> Bool {
        switch value {
        case let flag as Bool: return flag
        case let string as String: return ContractBool.parse(string) == true
        default: return false
        }
    }
}
