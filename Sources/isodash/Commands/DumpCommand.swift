import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI

/// `isodash dump SCREEN`: one dashboard screen printed as plain text, exactly as the
/// terminal would show it, for e-mail, documentation, scripts and tests.
struct DumpCommand: Command {
    static let name = "dump"
    static let abstract = "Print a dashboard screen as plain text (no terminal needed)."
    static let usage = "isodash dump SCREEN [--size 80x24] [--unit ID] [--due-within N] [--ascii] [--open ID] [--filter TEXT]"
    static let discussion = """
        SCREEN is overview, objectives, audits, actions, units, sync or help (or its number, 1 to 6, \
        or its Vietnamese name). The screen is drawn the way the dashboard draws it, then printed \
        without colour, one line per terminal row with trailing spaces removed.

        --open shows the detail Enter would open: an objective id on objectives, an audit id on \
        audits, a sync log entry number on sync. Text is ASCII (diacritics folded, +-| borders) with \
        --ascii, or when the locale is not UTF-8.
        """
    static let options = [
        OptionSpec("size", .value(placeholder: "WxH"), help: "Columns and rows to draw (default: 80x24)."),
        OptionSpec("unit", .value(placeholder: "ID"), help: "Show this unit and its descendants instead of the whole organisation."),
        OptionSpec("due-within", .value(placeholder: "N"),
                   help: "Actions due within N days (0-365) count as due soon (default: due_within in the config file, else 14), as in the dashboard."),
        OptionSpec("ascii", .flag, help: "Draw with ASCII only: +-| borders, # bars, Vietnamese without diacritics."),
        OptionSpec("open", .value(placeholder: "ID"), help: "Open the detail of this objective, audit or sync log entry."),
        OptionSpec("filter", .value(placeholder: "TEXT"), help: "Filter the list as '/' does (ignores case and diacritics)."),
    ]
    static let positionalRange = 1...1

    /// The largest size drawn: bigger than any real terminal, small enough to stay quick.
    static let maximumSize = 1000

    let screen: DashboardScreen
    let showsHelp: Bool
    let width: Int
    let height: Int
    let unitID: String?
    /// nil: the config file's `due_within`, else `DueSoonRule.defaultDays`, as the dashboard.
    let dueWithin: Int?
    let ascii: Bool
    let openID: String?
    let filter: String?

    init(arguments: ParsedArguments, context: CommandContext) throws {
        let name = arguments.positionals[0]
        if name.lowercased() == "help" || name == "?" {
            screen = .overview
            showsHelp = true
        } else if let screen = DashboardScreen.named(name) {
            self.screen = screen
            showsHelp = false
        } else {
            let names = DashboardScreen.allCases.map(\.commandName) + ["help"]
            throw UsageError(command: Self.name,
                             message: "'\(name)' is not a screen; expected one of \(names.joined(separator: ", ")) or 1-6")
        }
        (width, height) = try Self.size(arguments.value("size") ?? "80x24")
        unitID = arguments.value("unit")
        dueWithin = try StatusCommand.dueWithin(arguments.value("due-within"), command: Self.name)
        ascii = arguments.has("ascii")
        openID = arguments.value("open")
        filter = arguments.value("filter")
        if let openID {
            switch screen {
            case .objectives, .audits: break
            case .sync:
                guard Int64(openID) != nil else {
                    throw UsageError(command: Self.name,
                                     message: "'--open \(openID)' is not a sync log entry; expected its number, like 12")
                }
            default:
                throw UsageError(command: Self.name,
                                 message: "'--open' works with objectives, audits and sync, not with \(screen.commandName)")
            }
        }
        if filter != nil && !screen.isFilterable {
            throw UsageError(command: Self.name, message: "'--filter' does not apply to \(screen.commandName); "
                             + "lists that filter are objectives, audits, actions and units")
        }
    }

    /// `80x24` (or `80×24`) → (80, 24).
    static func size(_ text: String) throws(UsageError) -> (Int, Int) {
        let parts = text.lowercased().replacingOccurrences(of: "×", with: "x").split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...maximumSize).contains(width), (1...maximumSize).contains(height) else {
            throw UsageError(command: name, message: "'--size \(text)' is not a size; expected COLUMNSxROWS "
                             + "from 1 to \(maximumSize), like 80x24 or 132x40")
        }
        return (width, height)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let store: Store
        do {
            store = try Store.open(path: context.storePath, mode: .readOnly)
        } catch {
            throw CommandFailure(error.description, exitStatus: 1)
        }
        defer { store.close() }
        if let unitID {
            let ids: [String]
            do {
                ids = try store.unitIDs(in: UnitScope(rootID: unitID))
            } catch {
                throw CommandFailure(error.description, exitStatus: 1)
            }
            if ids.isEmpty {
                throw UsageError(command: Self.name, message: "'--unit \(unitID)' names no unit in the store; expected a unit id as in units.csv")
            }
        }
        let mode: RenderMode = ascii ? .ascii : TerminalCapabilities.detect(environment: context.environment).renderMode
        let days = dueWithin ?? DashboardLauncher.loadConfig(context).dueWithin ?? DueSoonRule.defaultDays
        let data = DashboardData(store: store, asOf: context.global.asOf, dueWithin: days)
        let view = DashboardView(data: data, context: RenderContext(language: context.global.language,
                                                                    asOf: context.global.asOf, mode: mode))
        var state = DashboardState(screen: screen, scopeUnitID: unitID)
        if showsHelp { state.overlay = .help }
        if let filter { state.filter = filter }
        if let openID {
            switch screen {
            case .objectives: state.detail = .objective(id: openID)
            case .audits: state.detail = .audit(id: openID)
            case .sync: state.detail = Int64(openID).map { .syncFile(id: $0) }
            default: break
            }
        }
        let buffer = view.render(&state, width: width, height: height)
        context.standardOutput.line(TextBackend.render(buffer))
        return 0
    }
}
