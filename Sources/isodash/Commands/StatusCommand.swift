import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI

/// `isodash status`: the essentials in a second, with an exit status a script can act on.
///
/// For the department head who wants the answer at once, for cron jobs and for other
/// tools (`--json`). It opens the store read-only, so it works while a sync runs and
/// on a store the user may not write, and asks it for one `StatusSnapshot`.
struct StatusCommand: Command {
    static let name = "status"
    static let abstract = "Print objectives, open audits and overdue actions at a glance; exit 1 if anything needs attention."
    static let usage = "isodash status [--unit ID] [--due-within N] [--json] [--as-of YYYY-MM-DD] [--db PATH]"
    static let discussion = """
        The text form fits an 80x24 terminal: the scope and day, when the data was last \
        synced, objectives counted by status with the off-track and at-risk ones named, open \
        audits, the most overdue actions and the actions due soon, nearest first; '+N more' counts \
        what did not fit. Objectives that cannot be met any more by their due day, or whose \
        last three months run short of the rate they need, are marked. Colour only \
        when standard output is a terminal and NO_COLOR is unset; ASCII only when the locale \
        is not UTF-8. --json prints everything, untruncated, in the form the README documents.

        Exit status: 0 when nothing needs attention, 1 when any objective is off track or any \
        action is overdue (actions due soon do not count), 2 for a usage error, an unknown --unit, or a store that is missing \
        or unreadable (with a one-line reason on stderr).
        """
    static let options: [OptionSpec] = [
        OptionSpec("unit", .value(placeholder: "ID"),
                   help: "Only this unit and the units under it (default: the whole organisation)."),
        OptionSpec("due-within", .value(placeholder: "N"),
                   help: "Actions due within N days (0-365) count as due soon (default: due_within in the config file, else 14)."),
        OptionSpec("json", .flag, help: "Print JSON for other tools instead of text."),
    ]

    let unitID: String?
    let json: Bool
    /// nil: the config file's `due_within`, else `DueSoonRule.defaultDays`.
    let dueWithin: Int?

    init(arguments: ParsedArguments, context: CommandContext) throws {
        if let unit = arguments.value("unit") {
            let trimmed = unit.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw UsageError(command: Self.name, message: "'--unit' needs a unit id, not an empty value")
            }
            unitID = trimmed
        } else {
            unitID = nil
        }
        json = arguments.has("json")
        dueWithin = try Self.dueWithin(arguments.value("due-within"), command: Self.name)
    }

    /// A `--due-within` value checked: a whole number of days 0…365.
    static func dueWithin(_ text: String?, command: String) throws -> Int? {
        guard let text else { return nil }
        guard let rule = DueSoonRule.parse(text) else {
            throw UsageError(command: command, message: "'--due-within \(text)' is not a number of days; "
                             + "expected a whole number from \(DueSoonRule.allowedDays.lowerBound) to "
                             + "\(DueSoonRule.allowedDays.upperBound), like 14")
        }
        return rule.days
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let path = context.storePath
        let capabilities = TerminalCapabilities.detect(environment: context.environment)
        var report = StatusTextReport(language: context.global.language,
                                      colour: context.stdoutIsTerminal && capabilities.colorDepth != .monochrome,
                                      ascii: capabilities.renderMode == .ascii)
        let snapshot: StatusSnapshot
        do {
            let store = try Store.open(path: path, mode: .readOnly)
            defer { store.close() }
            let days = dueWithin ?? DashboardLauncher.loadConfig(context).dueWithin ?? DueSoonRule.defaultDays
            // The JSON lists every overdue and due-soon action; the text, what fits.
            snapshot = try store.statusSnapshot(scope: UnitScope(rootID: unitID), asOf: context.global.asOf,
                                                dueWithin: days, listedActions: json ? nil : report.listedActions)
        } catch {
            throw CommandFailure(Self.oneLine(error.description), exitStatus: 2)
        }
        if json {
            context.standardOutput.write(StatusJSON.render(snapshot, storePath: path))
        } else {
            report.utcOffset = Self.utcOffset(at: snapshot.freshness.lastSync, environment: context.environment)
            context.standardOutput.write(report.render(snapshot))
        }
        return snapshot.counts.needsAttention ? 1 : 0
    }

    /// The reader's offset from UTC at `date`, from `TZ` when it names a zone, else the
    /// system's zone: the store keeps sync times in UTC, a reader thinks in local time.
    static func utcOffset(at date: Date?, environment: [String: String]) -> Int {
        guard let date else { return 0 }
        var zone = TimeZone.current
        if var name = environment["TZ"], !name.isEmpty {
            if name.hasPrefix(":") { name.removeFirst() }
            if let named = TimeZone(identifier: name) { zone = named }
        }
        return zone.secondsFromGMT(for: date)
    }

    /// stderr gets one line whatever the underlying error said.
    static func oneLine(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
