import Foundation
import QMSDomain
import QMSStore

/// Runs `isodash sync PATH...` and `isodash check PATH...`: finds the export files,
/// orders them (§7: kind by kind, by name within a kind), applies each in its own
/// transaction and records every file in the sync log.
///
/// Two syncs never interleave: the run holds `SyncLock` from start to end. A dry run
/// does everything a sync does, each file in a savepoint of one outer transaction
/// that is rolled back at the end, so later files see earlier ones exactly as in a
/// sync and the report is what a sync would say, while nothing is written.
public final class SyncRunner {
    public let store: Store
    public let options: SyncOptions

    public init(store: Store, options: SyncOptions = SyncOptions()) {
        self.store = store
        self.options = options
    }

    /// Ends a dry run's outer transaction by rolling it back.
    private struct DryRunEnd: Error {}

    public func run(paths: [String], progress: @escaping (SyncProgress) -> Void = { _ in }) throws(SyncRunError) -> SyncReport {
        let lock = try SyncLock(storePath: store.path, timeout: options.lockTimeout) {
            progress(.waitingForAnotherSync)
        }
        defer { withExtendedLifetime(lock) {} }

        var report = SyncReport(dryRun: options.dryRun)
        let discovered = FileDiscovery.discover(paths)
        let runID: Int64
        do {
            runID = try store.syncLog.nextRunID()
        } catch {
            throw .store(error.description)
        }
        for note in discovered.notes {
            let file = FileReport(path: note.path, state: note.verdict == .skipped ? .skipped : .rejected,
                                  reason: note.reason)
            progress(.finished(file))
            try log(file, runID: runID)
            report.files.append(file)
        }

        var planned: [PlannedFile] = []
        for file in discovered.files {
            switch plan(file) {
            case .ready(let ready):
                planned.append(ready)
            case .rejected(let rejected):
                progress(.finished(rejected))
                try log(rejected, runID: runID)
                report.files.append(rejected)
            }
        }
        planned.sort(by: PlannedFile.precedes)

        let hasher = FileHasher(paths: planned.filter { $0.sha256 == nil }.map(\.file.path))
        defer { hasher.cancel() }
        let applier = FileApplier(store: store, options: options, runID: runID, hasher: hasher, progress: progress)
        let applyAll = { () throws(SyncRunError) in
            for file in planned {
                progress(.started(path: file.file.path))
                let result = applier.apply(file)
                // Reported before it is logged: if the store cannot take even the log entry
                // (a full disk), the user still sees which file failed and why.
                progress(.finished(result))
                if result.state != .applied { try self.log(result, runID: runID) }
                report.files.append(result)
            }
        }
        if options.dryRun {
            do {
                try store.connection.transaction(.immediate) { () throws -> Void in
                    try applyAll()
                    throw DryRunEnd()
                }
            } catch is DryRunEnd {
                // Rolled back, as intended.
            } catch let error as SyncRunError {
                throw error
            } catch {
                throw .store("the store could not be checked: \(error)")
            }
        } else {
            try applyAll()
        }
        return report
    }

    private enum Plan {
        case ready(PlannedFile)
        case rejected(FileReport)
    }

    /// Checks that the file opens and, for JSON, hashes it and reads its layout;
    /// either can reject it. A CSV file is hashed while the run applies it.
    private func plan(_ file: ExportFile) -> Plan {
        guard file.format == .json else {
            do {
                _ = try ReadOnlyFile(path: file.path)
            } catch {
                return .rejected(FileReport(path: file.path, kinds: file.namedKind.map { [$0] } ?? [],
                                            state: .rejected, reason: "cannot be read: \(error.reason)"))
            }
            return .ready(PlannedFile(file: file, sha256: nil, kinds: file.namedKind.map { [$0] } ?? [], layout: nil))
        }
        let sha256: String
        do {
            sha256 = try SHA256.hexDigest(ofFileAt: file.path)
        } catch {
            return .rejected(FileReport(path: file.path, kinds: file.namedKind.map { [$0] } ?? [],
                                        state: .rejected, reason: FileApplier.unreadable(error)))
        }
        switch JSONLayout.scan(path: file.path, namedKind: file.namedKind) {
        case .success(let layout):
            return .ready(PlannedFile(file: file, sha256: sha256, kinds: layout.kinds, layout: layout))
        case .failure(let problems):
            var errors = IssueList()
            for problem in problems {
                errors.append(SyncIssue(file: file.path, location: problem.line.map { .line($0) } ?? .file,
                                        message: problem.message))
            }
            return .rejected(FileReport(path: file.path, kinds: file.namedKind.map { [$0] } ?? [],
                                        isBundle: file.namedKind == nil, state: .rejected, reason: FileApplier.reason(errors),
                                        sha256: sha256, errors: errors))
        }
    }

    /// Records a skipped or rejected file that never reached a transaction.
    private func log(_ file: FileReport, runID: Int64) throws(SyncRunError) {
        guard !options.dryRun, file.state == .skipped || file.state == .rejected else { return }
        let now = options.now()
        let state: SyncFileEntry.State = file.state == .skipped ? .skipped : .rejected
        let entry = SyncFileEntry(runID: runID, name: FileDiscovery.baseName(file.path), path: file.path,
                                  sha256: file.sha256, kind: file.kindLabel, state: state, reason: file.reason,
                                  startedAt: now, finishedAt: now, errorCount: file.errors.count)
        do {
            try store.syncLog.record(entry, errors: file.errors.kept.map(FileApplier.logEntry))
        } catch {
            throw .store("the sync log could not be written: \(error)")
        }
    }
}
