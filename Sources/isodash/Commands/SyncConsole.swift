import QMSStore
import QMSSync

/// Runs a sync (or a check) for a command and talks while it goes: each file's
/// line and errors on stdout as soon as the file is done, progress through a big
/// file and "waiting for another sync" on stderr, the summary at the end.
///
/// Shared by `sync`, `check` and `demo`, so all three report alike.
struct SyncConsole {
    let context: CommandContext
    /// Whether to print each file's line (demo keeps quiet and prints its own summary).
    var listsFiles = true

    func run(store: Store, paths: [String], options: SyncOptions) throws -> SyncReport {
        let standardOutput = context.standardOutput
        let standardError = context.standardError
        let listsFiles = self.listsFiles
        let dryRun = options.dryRun
        // Row counts overwrite one line, so only when a person is watching stderr.
        let showsRows = context.stderrIsTerminal
        var rowsShown = false
        do {
            let report = try SyncRunner(store: store, options: options).run(paths: paths) { progress in
                switch progress {
                case .waitingForAnotherSync:
                    standardError.line("isodash: another sync is writing to \(store.path); waiting for it to finish "
                        + "(at most \(Int(options.lockTimeout)) s)")
                case .started:
                    break
                case .rows(let path, let count):
                    guard showsRows else { return }
                    standardError.write("\r\(QuotedValue.visible(FileNameText.base(path))): \(count) rows read…")
                    rowsShown = true
                case .finished(let file):
                    if rowsShown {
                        standardError.write("\r\u{1B}[K")
                        rowsShown = false
                    }
                    guard listsFiles else { return }
                    for line in SyncReportFormatter.lines(for: file, dryRun: dryRun) {
                        standardOutput.line(line)
                    }
                }
            }
            if listsFiles {
                standardOutput.line(SyncReportFormatter.summary(report))
            }
            return report
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// The last component of a path, for progress lines.
enum FileNameText {
    static func base(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
