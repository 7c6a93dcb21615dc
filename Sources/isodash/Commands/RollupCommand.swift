import Foundation
import QMSDomain
import QMSStore
import QMSSync

/// `isodash rollup`: the report a unit sends to the level above, as one JSON bundle
/// in the export contract, so the level above syncs it and sees every agency with
/// exact figures without receiving their document registers.
///
/// It only reads the store (opened read-only, so it runs beside a sync) and counts
/// the register from the summaries kept at sync time, never row by row.
struct RollupCommand: Command {
    static let name = "rollup"
    static let abstract = "Write the report for the level above: one JSON bundle it reads with 'isodash sync'."
    static let usage = "isodash rollup [--unit ID] [--as-of YYYY-MM-DD] [--parent ID] [--depth N] [--prefix P] "
        + "[--out FILE|-] [--force] [--previous FILE] [--db PATH]"
    static let discussion = """
        The bundle holds, for the unit and the units under it: the units (the unit itself with \
        --parent as its parent, and its descendants down to --depth levels; deeper units are \
        counted as their ancestor at that level); the document register as monthly tallies per \
        unit and direction up to the as-of month, with on-time counts as of the as-of day; all \
        objectives and their measurements; audits, findings and actions still open on the as-of \
        day or closed, cancelled or due during its year; procedures and services. A record with \
        no unit (the whole organisation) is reported as the unit when it is the store's only \
        root. An objective of a folded unit on a built-in indicator is sent as a measurement of \
        its year holding its value on the as-of day, so the level above shows the same status.

        Every id except unit ids gets the prefix 'P/' (default: the unit's id), references too, \
        so two agencies' 'HD-01' never collide above; --prefix '' leaves ids as they are. \
        --previous names the last report sent: records it held that are now deleted here are \
        sent as deleted, so the level above forgets them too.

        The file (default: rollup-UNIT-YYYY-MM-DD.json in the current folder; '-' for standard \
        output) is written under a temporary name and renamed, so a half-written report never \
        exists; an existing file is refused unless --force. The level above runs \
        'isodash sync FILE'; the --parent unit must already be in its store.

        Exit status: 0 when the report was written; 2 for a usage error, an unknown unit, a \
        store that is missing or unreadable, or a file that cannot be written.
        """
    static let options: [OptionSpec] = [
        OptionSpec("unit", .value(placeholder: "ID"),
                   help: "The unit to report (default: the root of the store's tree)."),
        OptionSpec("parent", .value(placeholder: "ID"),
                   help: "The unit of the level above the report hangs under (default: none)."),
        OptionSpec("depth", .value(placeholder: "N"),
                   help: "Levels of units below the unit kept as units of their own (default 0: the unit alone)."),
        OptionSpec("prefix", .value(placeholder: "P"),
                   help: "Prefix for every id except unit ids, as 'P/ID' (default: the unit's id; '' for none)."),
        OptionSpec("out", .value(placeholder: "FILE|-"),
                   help: "Where to write the bundle (default: rollup-UNIT-YYYY-MM-DD.json; '-': standard output)."),
        OptionSpec("force", .flag, help: "Replace an existing file."),
        OptionSpec("previous", .value(placeholder: "FILE"),
                   help: "The last report sent up: what it held that is deleted here is sent as deleted."),
    ]

    /// Deeper than any real organisation chart; a larger number is a typo.
    static let maxDepth = 20

    let unitID: String?
    let parentID: String?
    let depth: Int
    let prefix: String?
    let out: String?
    let force: Bool
    let previous: String?

    init(arguments: ParsedArguments, context: CommandContext) throws {
        func nonEmpty(_ name: String, _ what: String) throws -> String? {
            guard let value = arguments.value(name) else { return nil }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw UsageError(command: Self.name, message: "'--\(name)' needs \(what), not an empty value")
            }
            return trimmed
        }
        unitID = try nonEmpty("unit", "a unit id")
        parentID = try nonEmpty("parent", "the id of the unit above")
        out = try nonEmpty("out", "a file path or '-'")
        previous = try nonEmpty("previous", "the path of the last report")
        if let text = arguments.value("depth") {
            guard let value = Int(text), (0...Self.maxDepth).contains(value) else {
                throw UsageError(command: Self.name, message: "'--depth \(text)' is not a depth; expected a whole "
                    + "number from 0 (the unit alone) to \(Self.maxDepth)")
            }
            depth = value
        } else {
            depth = 0
        }
        if let text = arguments.value("prefix") {
            if let problem = RollupBundle.prefixProblem(text) {
                throw UsageError(command: Self.name, message: RollupBundleError.badPrefix(text, reason: problem).description)
            }
            prefix = text
        } else {
            prefix = nil
        }
        force = arguments.has("force")
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let asOf = context.global.asOf
        let rollup: Rollup
        var tombstones = RollupTombstones.none
        var previousReport: RollupPreviousReport?
        if let previous {
            do {
                previousReport = try RollupPreviousReport.read(path: previous)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        let bundle: RollupBundle
        do {
            let store = try Store.open(path: context.storePath, mode: .readOnly)
            defer { store.close() }
            let unit = try unitID ?? Self.rootUnit(store)
            rollup = try store.rollup(unitID: unit, asOf: asOf, depth: depth)
            let plain = try RollupBundle(rollup: rollup, parentID: parentID, prefix: prefix ?? unit)
            if let previousReport {
                if let first = previousReport.units.first, first != unit {
                    throw CommandFailure("'--previous \(previous ?? "")' is the report of \(first), not of \(unit); "
                        + "expected the last report sent for \(unit)")
                }
                tombstones = try previousReport.tombstones(for: plain) { kind, ids in
                    try store.existingIDs(of: kind, among: ids)
                }
            }
            bundle = try RollupBundle(rollup: rollup, parentID: parentID, prefix: plain.prefix, tombstones: tombstones)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(StatusCommand.oneLine("\(error)"))
        }
        let text: String
        do {
            text = try bundle.json()
        } catch {
            throw CommandFailure(error.description)
        }
        if out == "-" {
            context.standardOutput.write(text)
            return 0
        }
        let path = out ?? Self.defaultName(unitID: rollup.unitID, asOf: asOf)
        try Self.write(text, to: path, replacing: force)
        context.standardOutput.line(Self.summary(bundle, path: path, bytes: text.utf8.count))
        return 0
    }

    /// The store's only root unit; several roots or none need `--unit`.
    static func rootUnit(_ store: Store) throws -> String {
        let roots = try store.rootUnitIDs()
        guard roots.count == 1, let root = roots.first else {
            throw CommandFailure(roots.isEmpty
                ? "the store holds no units; sync a units file first (or choose another store with --db)"
                : "the store has \(roots.count) top units (\(roots.prefix(5).joined(separator: ", "))"
                    + "\(roots.count > 5 ? ", …" : "")); choose the one to report with --unit ID")
        }
        return root
    }

    /// `rollup-UNIT-YYYY-MM-DD.json`, with characters a file name cannot hold replaced by `_`.
    static func defaultName(unitID: String, asOf: Day) -> String {
        let safe = String(String.UnicodeScalarView(unitID.unicodeScalars.map { scalar in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control || scalar == " "
                ? "_" : scalar
        }))
        return "rollup-\(safe)-\(asOf).json"
    }

    /// Writes beside the target and renames; without `replacing`, a hard link
    /// instead of the rename refuses a target that appeared in the meantime.
    static func write(_ text: String, to path: String, replacing: Bool) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw CommandFailure("'\(path)' is a folder; expected a file name for the report") }
            if !replacing { throw CommandFailure("'\(path)' already exists; pass --force to replace it") }
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        func failure(_ reason: String) -> CommandFailure {
            try? manager.removeItem(atPath: temporary)
            return CommandFailure("cannot write \(path): \(reason); check the folder exists and is writable")
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            throw failure(error.localizedDescription)
        }
        if replacing {
            guard rename(temporary, path) == 0 else { throw failure(String(cString: strerror(errno))) }
        } else {
            guard link(temporary, path) == 0 else {
                if errno == EEXIST {
                    try? manager.removeItem(atPath: temporary)
                    throw CommandFailure("'\(path)' already exists; pass --force to replace it")
                }
                throw failure(String(cString: strerror(errno)))
            }
            try? manager.removeItem(atPath: temporary)
        }
    }

    /// One line for the person who ran it: what went into the file.
    static func summary(_ bundle: RollupBundle, path: String, bytes: Int) -> String {
        let r = bundle.rollup
        var parts = ["\(r.units.count) unit\(r.units.count == 1 ? "" : "s")", "\(r.tallies.count) tallies",
                     "\(r.objectives.count) objectives", "\(r.measurements.count) measurements",
                     "\(r.audits.count) audits", "\(r.findings.count) findings", "\(r.actions.count) actions",
                     "\(r.procedures.count) procedures", "\(r.services.count) services"]
        if !bundle.tombstones.isEmpty { parts.append("\(bundle.tombstones.count) deleted") }
        let size = bytes >= 10_240 ? "\(bytes / 1024) KB" : "\(bytes) bytes"
        return "Wrote \(path) (\(size)): \(r.unitID) as of \(r.asOf): " + parts.joined(separator: ", ") + "."
    }
}
