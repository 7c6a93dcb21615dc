import Foundation
import QMSDomain
import QMSStore

/// A `Rollup` as the JSON bundle the level above syncs (EXPORT-FORMAT §1): one
/// object whose keys are kind names in the order of §4, each an array of records
/// with the contract's column names.
///
/// Every id except unit ids gets `prefix/`, and so does every reference to one,
/// so that two agencies' `HD-01` never collide above; an empty prefix leaves ids
/// as they are. The rolled-up unit's parent becomes `parentID` (none when nil),
/// so the report hangs under the level above's own tree. Written by hand, not
/// with Foundation's encoder, so key order, spacing and number forms are fixed:
/// the same store gives the same bytes (and the same SHA-256 above).
public struct RollupBundle: Sendable {
    /// The contract's longest id (§3).
    public static let maxIDLength = ValueParser.maxIDLength
    /// Leaves room for the ids themselves.
    public static let maxPrefixLength = 32

    public let rollup: Rollup
    public let parentID: String?
    public let prefix: String
    public let tombstones: RollupTombstones

    /// Checks the prefix and the parent; ids too long with the prefix are found by `json()`.
    public init(rollup: Rollup, parentID: String?, prefix: String,
                tombstones: RollupTombstones = .none) throws(RollupBundleError) {
        if let problem = Self.prefixProblem(prefix) { throw .badPrefix(prefix, reason: problem) }
        if let parentID, rollup.units.contains(where: { $0.id == parentID }) {
            throw .parentInsideReport(parentID)
        }
        self.rollup = rollup
        self.parentID = parentID
        self.prefix = prefix
        self.tombstones = tombstones
    }

    /// What is wrong with `prefix` as an id prefix; nil when it is fine ('' included).
    public static func prefixProblem(_ prefix: String) -> String? {
        if prefix.isEmpty { return nil }
        if prefix.count > maxPrefixLength { return "is \(prefix.count) characters long" }
        if prefix.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "holds a control character"
        }
        if prefix.first?.isWhitespace == true || prefix.last?.isWhitespace == true { return "starts or ends with a space" }
        return nil
    }

    /// `id` as the level above knows it.
    public func prefixed(_ id: String) -> String {
        prefix.isEmpty ? id : prefix + "/" + id
    }

    /// The whole bundle, ending in a newline.
    public func json() throws(RollupBundleError) -> String {
        var out = JSONOut()
        out.text.reserveCapacity(200 * (rollup.tallies.count + rollup.actions.count + rollup.objectives.count) + 4096)
        out.text += "{"
        try out.section("units", rollup.units) { (o, unit) throws(RollupBundleError) in
            o.string("id", unit.id)
            o.string("name", unit.name)
            o.string("parent_id", unit.id == rollup.unitID ? parentID : unit.parentID)
            o.string("kind", unit.kind)
            o.string("standard", unit.standard)
            o.string("announced_on", unit.announcedOn?.description)
            o.bool("mandatory", unit.mandatory)
        }
        try out.section("objectives", rollup.objectives, tombstones: tombstone(.objectives)) { (o, objective) throws(RollupBundleError) in
            try o.id("id", prefixed(objective.id))
            o.string("title", objective.title)
            o.integer("year", objective.year)
            o.string("unit_id", objective.unitID)
            o.string("indicator", objective.indicator?.rawValue)
            o.number("target", objective.target)
            o.string("measure", objective.measure)
            o.string("direction", objective.direction.rawValue)
            o.number("margin", objective.margin)
            o.string("owner", objective.owner)
            o.string("due_on", objective.dueOn?.description)
        }
        try out.section("measurements", rollup.measurements, tombstones: { o in
            for key in tombstones.measurements {
                o.record { o in
                    o.string("objective_id", key.objectiveID)
                    o.string("period", key.period.description)
                    o.bool("deleted", true)
                }
            }
        }) { (o, measurement) throws(RollupBundleError) in
            try o.id("objective_id", prefixed(measurement.objectiveID))
            o.string("period", measurement.period.description)
            o.number("value", measurement.value)
            o.number("numerator", measurement.numerator)
            o.number("denominator", measurement.denominator)
            o.string("note", measurement.note)
        }
        try out.section("audits", rollup.audits, tombstones: tombstone(.audits)) { (o, audit) throws(RollupBundleError) in
            try o.id("id", prefixed(audit.id))
            o.string("title", audit.title)
            o.string("kind", audit.kind.rawValue)
            o.string("unit_id", audit.unitID)
            o.string("starts_on", audit.startsOn.description)
            o.string("ends_on", audit.endsOn?.description)
            o.string("status", audit.status.rawValue)
            o.string("lead", audit.lead)
        }
        try out.section("findings", rollup.findings, tombstones: tombstone(.findings)) { (o, finding) throws(RollupBundleError) in
            try o.id("id", prefixed(finding.id))
            try o.id("audit_id", prefixed(finding.auditID))
            o.string("unit_id", finding.unitID)
            o.string("grade", finding.grade.rawValue)
            o.string("clause", finding.clause)
            o.string("description", finding.description)
            o.string("raised_on", finding.raisedOn?.description)
        }
        try out.section("actions", rollup.actions, tombstones: tombstone(.actions)) { (o, action) throws(RollupBundleError) in
            try o.id("id", prefixed(action.id))
            o.string("title", action.title)
            o.string("unit_id", action.unitID)
            if let finding = action.findingID { try o.id("finding_id", prefixed(finding)) }
            o.string("owner", action.owner)
            o.string("opened_on", action.openedOn.description)
            o.string("due_on", action.dueOn.description)
            o.string("closed_on", action.closedOn?.description)
            o.string("status", action.status.rawValue)
        }
        try out.section("procedures", rollup.procedures, tombstones: tombstone(.procedures)) { (o, procedure) throws(RollupBundleError) in
            try o.id("id", prefixed(procedure.id))
            o.string("title", procedure.title)
            o.string("unit_id", procedure.unitID)
            o.string("version", procedure.version)
            o.string("issued_on", procedure.issuedOn?.description)
            o.string("reviewed_on", procedure.reviewedOn?.description)
            o.string("status", procedure.status.rawValue)
        }
        try out.section("services", rollup.services, tombstones: tombstone(.services)) { (o, service) throws(RollupBundleError) in
            try o.id("id", prefixed(service.id))
            o.string("name", service.name)
            o.string("unit_id", service.unitID)
            o.string("level", service.level.rawValue)
        }
        try out.section("tallies", rollup.tallies, tombstones: { o in
            for key in tombstones.tallies {
                o.record { o in
                    o.string("unit_id", key.unitID)
                    o.string("month", key.month.description)
                    o.string("direction", key.direction.rawValue)
                    o.bool("deleted", true)
                }
            }
        }) { (o, tally) throws(RollupBundleError) in
            o.string("unit_id", tally.unitID)
            o.string("month", tally.month.description)
            o.string("direction", tally.direction.rawValue)
            o.integer("total", tally.total)
            o.integer("electronic", tally.electronic)
            o.integer("confidential", tally.confidential)
            o.integer("with_due", tally.withDue)
            o.integer("on_time", tally.onTime)
            o.string("as_of", tally.asOf?.description)
        }
        out.text += "\n}\n"
        return out.text
    }

    /// Tombstone rows `{"id": …, "deleted": true}` for an id-keyed kind.
    private func tombstone(_ kind: RecordKind) -> (inout JSONOut) -> Void {
        let ids = tombstones.ids[kind] ?? []
        return { o in
            for id in ids {
                o.record { o in
                    o.string("id", id)
                    o.bool("deleted", true)
                }
            }
        }
    }
}

/// The bundle's text as it is built: sections of one record per line.
private struct JSONOut {
    var text = ""
    private var firstSection = true
    private var firstRecord = true
    private var firstField = true

    mutating func section<Record>(_ name: String, _ records: [Record],
                                  tombstones: (inout JSONOut) -> Void = { _ in },
                                  _ fields: (inout JSONOut, Record) throws(RollupBundleError) -> Void)
        throws(RollupBundleError) {
        text += firstSection ? "\n  " : ",\n  "
        firstSection = false
        text += JSONStringLiteral.quoted(name) + ": ["
        firstRecord = true
        for record in records {
            open()
            try fields(&self, record)
            text += "}"
        }
        tombstones(&self)
        text += firstRecord ? "]" : "\n  ]"
    }

    mutating func record(_ fields: (inout JSONOut) -> Void) {
        open()
        fields(&self)
        text += "}"
    }

    private mutating func open() {
        text += firstRecord ? "\n    {" : ",\n    {"
        firstRecord = false
        firstField = true
    }

    private mutating func key(_ name: String) {
        text += firstField ? "" : ", "
        firstField = false
        text += JSONStringLiteral.quoted(name) + ": "
    }

    mutating func string(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        text += JSONStringLiteral.quoted(value)
    }

    /// An id, refused when longer than the contract allows.
    mutating func id(_ name: String, _ value: String) throws(RollupBundleError) {
        if value.utf8.count > RollupBundle.maxIDLength, value.count > RollupBundle.maxIDLength {
            throw .prefixedIDTooLong(value)
        }
        string(name, value)
    }

    mutating func integer(_ name: String, _ value: Int) {
        key(name)
        text += String(value)
    }

    mutating func bool(_ name: String, _ value: Bool) {
        key(name)
        text += value ? "true" : "false"
    }

    mutating func number(_ name: String, _ value: Double?) {
        guard let value, value.isFinite else { return }
        key(name)
        text += Self.decimal(value)
    }

    /// A decimal the contract's number rule accepts (§3: no exponent): the
    /// shortest form that reads back as the same Double when there is one.
    static func decimal(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        let shortest = String(value)
        if !shortest.contains("e") && !shortest.contains("E") { return shortest }
        var fixed = String(format: "%.17f", value)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }
}
