import QMSStore
import QMSSync

/// `isodash sync PATH...`: loads export files into the store (EXPORT-FORMAT.md §7).
struct SyncCommand: Command {
    static let name = "sync"
    static let abstract = "Load exported CSV/JSON files (or folders of them) into the store."
    static let usage = "isodash sync PATH... [--force] [--dry-run] [--db PATH]"
    static let discussion = """
        Each file is checked in full and applied in its own transaction: a file with any error \
        changes nothing and its errors are listed as FILE:LINE: column 'NAME': what is wrong. \
        A folder is read one level deep. A file already applied (same SHA-256) is skipped.

        Exit status: 0 when every file applied or was skipped, 1 when any file was rejected, \
        2 for a usage error or a store that cannot be opened.
        """
    static let options = [
        OptionSpec("force", .flag, help: "Apply files again even if the same content was applied before."),
        OptionSpec("dry-run", .flag, help: "Check everything and report what would change, writing nothing."),
    ]
    static let positionalRange = 1...Int.max

    let paths: [String]
    let force: Bool
    let dryRun: Bool

    init(arguments: ParsedArguments, context: CommandContext) throws {
        paths = arguments.positionals
        force = arguments.has("force")
        dryRun = arguments.has("dry-run")
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let store: Store
        do {
            store = try Store.open(path: context.storePath, mode: .readWrite)
        } catch {
            throw CommandFailure(error.description)
        }
        defer { store.close() }
        let report = try SyncConsole(context: context)
            .run(store: store, paths: paths, options: SyncOptions(force: force, dryRun: dryRun))
        return report.exitStatus
    }
}
