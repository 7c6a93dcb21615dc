import Foundation
import QMSStore
import QMSSync

/// `isodash check PATH...`: everything `sync` checks, writing nothing.
///
/// References are resolved against the store when it exists (a file may refer to
/// units synced last month), else against the files given alone. The check runs in
/// a transaction that is rolled back, so the store is never changed; a missing
/// store is not created (a throw-away one stands in for it).
struct CheckCommand: Command {
    static let name = "check"
    static let abstract = "Validate export files against the contract without changing the store."
    static let usage = "isodash check PATH... [--db PATH]"
    static let discussion = """
        Reports exactly what 'isodash sync' would: each file ok or rejected with its errors. \
        Files already applied are reported as skipped, as sync would skip them.

        Exit status: 0 when every file would apply, 1 when any would be rejected, 2 for a usage error.
        """
    static let positionalRange = 1...Int.max

    let paths: [String]

    init(arguments: ParsedArguments, context: CommandContext) throws {
        paths = arguments.positionals
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let storePath = context.storePath
        var scratchFolder: String?
        defer {
            if let scratchFolder { try? FileManager.default.removeItem(atPath: scratchFolder) }
        }
        let path: String
        if FileManager.default.fileExists(atPath: storePath) {
            path = storePath
        } else {
            let folder = NSTemporaryDirectory() + "isodash-check-\(UUID().uuidString)"
            scratchFolder = folder
            path = folder + "/store.sqlite"
        }
        let store: Store
        do {
            store = try Store.open(path: path, mode: .readWrite)
        } catch {
            throw CommandFailure(error.description)
        }
        defer { store.close() }
        let report = try SyncConsole(context: context)
            .run(store: store, paths: paths, options: SyncOptions(dryRun: true))
        return report.exitStatus
    }
}
