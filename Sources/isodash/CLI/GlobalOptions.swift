import QMSDomain
import QMSStore

/// Options every command accepts, wherever they stand on the line.
struct GlobalOptions: Sendable, Equatable {
    static let specs: [OptionSpec] = [
        OptionSpec("db", .value(placeholder: "PATH"),
                   help: "The store to use (default: $ISODASH_DB, else $XDG_DATA_HOME/isodash/store.sqlite)."),
        OptionSpec("as-of", .value(placeholder: "YYYY-MM-DD"),
                   help: "The day to compute everything for (default: today). Reproduces a report as of a meeting date."),
        OptionSpec("lang", .value(placeholder: "vi|en"),
                   help: "Language of the interface (default: from LC_ALL, LC_MESSAGES or LANG)."),
        OptionSpec("help", .flag, help: "Show help for the command."),
    ]

    /// `--db`, when given; the store path itself comes from `storePath(environment:)`.
    var db: String?
    /// The one source of "today" for every rule.
    var asOf: Day
    var language: Language

    init(_ arguments: ParsedArguments, command: String, environment: [String: String], today: Day) throws(UsageError) {
        db = arguments.value("db")
        if let db, db.isEmpty {
            throw UsageError(command: command, message: "'--db' needs a file path, not an empty value")
        }
        if let text = arguments.value("as-of") {
            guard let day = Self.isoDay(text) else {
                throw UsageError(command: command,
                                 message: "'--as-of \(text)' is not a date; expected YYYY-MM-DD, a real calendar day like 2026-11-25")
            }
            asOf = day
        } else {
            asOf = today
        }
        if let text = arguments.value("lang") {
            guard let language = Language(rawValue: text.lowercased()) else {
                throw UsageError(command: command, message: "'--lang \(text)' is not a language; expected 'vi' or 'en'")
            }
            self.language = language
        } else {
            language = Language.fromEnvironment(environment)
        }
    }

    /// `--as-of` takes the ISO form only: on a command line, `3/4/2026` is
    /// too easily read the other way round.
    static func isoDay(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        return Day.parse(text)
    }

    func storePath(environment: [String: String]) -> String {
        StoreLocation.resolve(dbOption: db, environment: environment)
    }
}
