import Foundation
import QMSDomain
import QMSStore

/// Applies one export file in one transaction (§7): streams its rows, decodes and
/// checks each, writes them while the file has no error, and commits only a file
/// without any error, so a rejected file changes nothing. In a dry run the caller's
/// outer transaction turns this one into a savepoint and nothing is ever committed.
final class FileApplier {
    private let store: Store
    private let applier: RecordApplier
    private let options: SyncOptions
    private let runID: Int64
    private let hasher: FileHasher
    private let progress: (SyncProgress) -> Void

    // Per file.
    private var path = ""
    private var issues = IssueList()
    private var warnings = IssueList()
    /// The file's SHA-256 once known (planned, or taken by `hasher` meanwhile).
    private var sha256: String?
    /// Whether the sync log was asked about `sha256`.
    private var digestChecked = false

    /// Thrown inside the file's transaction to roll it back.
    private struct Rejected: Error {}
    /// Thrown when the file's digest turns out to be one applied before.
    private struct AlreadyApplied: Error {}
    /// Thrown when the file could not be hashed.
    private struct Unreadable: Error {
        let reason: String
    }

    /// Rows between two looks at whether the hasher has finished the file.
    private static let digestPollRows = 8192

    init(store: Store, options: SyncOptions, runID: Int64, hasher: FileHasher,
         progress: @escaping (SyncProgress) -> Void) {
        self.store = store
        self.applier = RecordApplier(store: store)
        self.options = options
        self.runID = runID
        self.hasher = hasher
        self.progress = progress
    }

    func apply(_ planned: PlannedFile) -> FileReport {
        let started = options.now()
        let file = planned.file
        path = file.path
        issues = IssueList()
        warnings = IssueList()
        sha256 = planned.sha256
        digestChecked = false
        var report = FileReport(path: file.path, kinds: planned.kinds, isBundle: planned.layout?.isBundle ?? false,
                                state: options.dryRun ? .checked : .applied)
        do {
            try checkDigest(wait: try looksUnchanged(file.path))
        } catch is AlreadyApplied {
            return skipped(report)
        } catch let error as Unreadable {
            return failed(report, error.reason)
        } catch {
            return failed(report, "the store could not be read: \(error)")
        }
        applier.beginFile(file.path)
        // A document register (millions of rows) is written without SQLite's own checks
        // of what the sync has already checked for every row: the unit exists
        // (`RecordApplier`), the direction is a contract word, dates are real days of a
        // four-digit year written YYYY-MM-DD, yes/no values are 0 or 1 (the decoders).
        // Those per-row lookups and GLOBs were a quarter of the insert's cost. Only
        // outside a transaction can they be switched (a dry run keeps them); every
        // other kind keeps them as the net under its checks.
        let relaxed = planned.layout == nil && planned.kinds.first == .documents && !store.connection.isInTransaction
        if relaxed {
            try? store.connection.execute("PRAGMA foreign_keys = OFF")
            try? store.connection.execute("PRAGMA ignore_check_constraints = ON")
        }
        defer {
            if relaxed {
                try? store.connection.execute("PRAGMA foreign_keys = ON")
                try? store.connection.execute("PRAGMA ignore_check_constraints = OFF")
            }
        }
        do {
            try store.connection.transaction(.immediate) { () throws -> Void in
                do {
                    try store.connection.execute("PRAGMA defer_foreign_keys = ON")
                    if let layout = planned.layout {
                        try readJSON(layout)
                    } else if let kind = planned.kinds.first {
                        try readCSV(kind)
                    }
                    try applier.finishFile(issues: &issues)
                    guard issues.isEmpty else { throw Rejected() }
                    try checkDigest(wait: true)
                    report.sha256 = sha256
                    report.counts = applier.counts
                    report.warnings = warnings
                    // In the same transaction: a file is logged as applied if and only if its rows are stored.
                    try store.syncLog.record(entry(report, state: .applied, started: started))
                } catch {
                    // The rows go with the rollback; so must the summary counts owed for them,
                    // before anything else (logging this file) writes to the store.
                    store.discardDocumentSummaries()
                    throw error
                }
            }
        } catch is AlreadyApplied {
            return skipped(report)
        } catch let error as Unreadable {
            return failed(report, error.reason)
        } catch is Rejected {
            report.sha256 = settledDigest()
            report.state = .rejected
            report.counts = SyncCounts()
            report.errors = issues
            report.warnings = warnings
            report.reason = Self.reason(issues)
        } catch let error as SQLiteError {
            // A failed COMMIT (a reference the checks missed, a full disk), in the user's terms.
            return failed(report, "the store refused the file, nothing of it was written: \(StoreError.sqlite(error))")
        } catch {
            // A store failure while writing rows (a full disk, a busy store).
            return failed(report, "the store refused the file, nothing of it was written: \(error)")
        }
        return report
    }

    /// Whether the file at `path` was applied before and has not been modified since:
    /// then its digest is awaited before any row is read, since reading rows that will
    /// be rolled back would only slow the hashing down on a busy machine. A guess for
    /// scheduling only; the digest decides.
    private func looksUnchanged(_ path: String) throws(StoreError) -> Bool {
        guard sha256 == nil, let applied = try store.syncLog.lastApplied(path: path),
              let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        else { return false }
        return modified < applied
    }

    /// Learns the file's digest (waiting for the hasher if `wait`) and throws
    /// `AlreadyApplied` when a file with the same digest was applied before; once
    /// asked, it does nothing more for this file.
    private func checkDigest(wait: Bool) throws {
        guard !digestChecked else { return }
        if sha256 == nil {
            guard let digest = wait ? hasher.waitForDigest(of: path) : hasher.digest(of: path) else { return }
            switch digest {
            case .success(let hex): sha256 = hex
            case .failure(let error): throw Unreadable(reason: Self.unreadable(error))
            }
        }
        digestChecked = true
        if !options.force, let sha256, try store.syncLog.isApplied(sha256: sha256) { throw AlreadyApplied() }
    }

    private func skipped(_ report: FileReport) -> FileReport {
        var report = report
        report.sha256 = sha256
        report.state = .skipped
        report.counts = SyncCounts()
        report.reason = "already applied (a file with the same SHA-256 was synced before); --force applies it again"
        return report
    }

    /// Why a file that could not be hashed is rejected.
    static func unreadable(_ error: SHA256Error) -> String {
        switch error {
        case .cannotOpen(_, let why), .cannotRead(_, let why): return "cannot be read: \(why)"
        }
    }

    /// The file's digest, waiting for the hasher: a rejected file is logged with it
    /// whichever row it failed on. Nil when the file could not be hashed.
    private func settledDigest() -> String? {
        if sha256 == nil, case .success(let hex) = hasher.waitForDigest(of: path) { sha256 = hex }
        return sha256
    }

    private func failed(_ report: FileReport, _ message: String) -> FileReport {
        var report = report
        report.sha256 = settledDigest()
        report.state = .rejected
        report.counts = SyncCounts()
        var errors = IssueList()
        errors.append(SyncIssue(file: report.path, location: .file, message: message))
        report.errors = errors
        report.warnings = warnings
        report.reason = message
        return report
    }

    // MARK: CSV

    private func readCSV(_ kind: RecordKind) throws {
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path)
        } catch {
            issues.append(Self.issue(error, file: path))
            return
        }
        guard reader.headerLine > 0 else {
            issues.append(SyncIssue(file: path, location: .file,
                                    message: "the file is empty, expected a header line naming the columns"))
            return
        }
        let schema = ContractSchema.schema(for: kind)
        let header = ResolvedHeader(names: reader.header, schema: schema)
        for warning in header.warnings {
            warnings.append(SyncIssue(file: path, location: .line(reader.headerLine), column: warning.column,
                                      message: warning.message))
        }
        for error in header.errors {
            issues.append(SyncIssue(file: path, location: .line(reader.headerLine), column: error.column,
                                    message: error.message))
        }
        guard header.isValid else { return }
        let parser = ValueParser(decimalComma: reader.delimiter != .comma)
        let width = reader.header.count
        var cells = RowCells(schema: schema)
        cells.labels = header.labels
        let scanner = kind == .documents && options.scansDocuments
            ? DocumentRowScanner(columnFields: header.columnFields) : nil
        var rows = 0
        while true {
            let next: CSVRow?
            do {
                next = try reader.nextRow()
            } catch {
                issues.append(Self.issue(error, file: path))
                applier.stopWriting()
                return
            }
            guard let row = next else { return }
            rows += 1
            if rows % options.progressInterval == 0 { progress(.rows(path: path, count: rows)) }
            if rows % Self.digestPollRows == 0 { try checkDigest(wait: false) }
            cells.location = .line(row.line)
            if row.count > width {
                issues.append(SyncIssue(file: path, location: cells.location, message: "the row has \(row.count) "
                    + "fields but the header has \(width) columns, expected at most \(width) fields (a value holding "
                    + "\(reader.delimiter) must be in double quotes)"))
                applier.stopWriting()
                continue
            }
            if let scanner, var values = scanner.scan(row), try applier.applyScannedDocument(&values) {
                continue
            }
            for column in header.columnFields.indices {
                if let field = header.columnFields[column] {
                    cells.texts[column] = CellText.make(row.field(field))
                } else {
                    cells.texts[column] = nil
                }
            }
            try decodeAndApply(kind, cells, parser)
        }
    }

    // MARK: JSON

    private func readJSON(_ layout: JSONLayout) throws {
        do {
            for kind in layout.kinds {
                let reader = try JSONReader(path: path)
                _ = try reader.beginTop()
                if layout.isBundle {
                    var first = true
                    while let key = try reader.nextMember(first: &first) {
                        if RecordKind.named(key) == kind, try reader.open("[") {
                            try readRecords(reader, kind: kind, inBundle: true)
                        } else {
                            try reader.skipValue()
                        }
                    }
                } else {
                    try readRecords(reader, kind: kind, inBundle: false)
                }
                try reader.finish()
            }
        } catch let error as JSONError {
            issues.append(SyncIssue(file: path, location: error.line.map { .line($0) } ?? .file, message: error.message))
            applier.stopWriting()
        }
    }

    /// Reads the records of one array, the `[` already consumed.
    private func readRecords(_ reader: JSONReader, kind: RecordKind, inBundle: Bool) throws {
        let schema = ContractSchema.schema(for: kind)
        let parser = ValueParser(decimalComma: false)
        var cells = RowCells(schema: schema)
        var seen = Array(repeating: false, count: schema.columns.count)
        var fields: [(key: String, cell: JSONCell)] = []
        var columnOfKey: [String: Int] = [:]  // -1: not a column
        var index = 0
        var first = true
        while try reader.nextElement(first: &first) {
            index += 1
            if index % options.progressInterval == 0 { progress(.rows(path: path, count: index)) }
            cells.location = .record(index, kind: inBundle ? kind : nil)
            cells.clear()
            for column in seen.indices {
                seen[column] = false
                cells.labels[column] = schema.columns[column].name
            }
            guard try reader.readRecord(into: &fields) else {
                issues.append(SyncIssue(file: path, location: cells.location,
                                        message: "is not an object, expected a record such as {\"id\": \"…\", …}"))
                applier.stopWriting()
                continue
            }
            var problems: [RowProblem] = []
            for (key, cell) in fields {
                let column: Int
                if let known = columnOfKey[key] {
                    column = known
                } else {
                    column = schema.column(named: key)?.index ?? -1
                    // Bounded, so a hostile file with a new key in every record cannot grow it.
                    if columnOfKey.count < 256 { columnOfKey[key] = column }
                    if column < 0 {
                        warnings.append(SyncIssue(file: path, location: cells.location, column: key,
                            message: "is not a column of \(kind.rawValue) and is ignored, expected one of "
                                + schema.columns.map(\.name).joined(separator: ", ")))
                    }
                }
                guard column >= 0 else { continue }
                if seen[column] {
                    problems.append(RowProblem(column: key, message: "names the same column as "
                        + "\(QuotedValue.show(cells.labels[column])), expected each column once"))
                    continue
                }
                seen[column] = true
                cells.labels[column] = key
                switch cell {
                case .text(let text): cells.texts[column] = CellText.make(text)
                case .null: break
                case .nested:
                    problems.append(RowProblem(column: key,
                                               message: "is an object or array, expected a string, number or boolean"))
                }
            }
            if !problems.isEmpty {
                for problem in problems {
                    issues.append(SyncIssue(file: path, location: cells.location, column: problem.column,
                                            message: problem.message))
                }
                applier.stopWriting()
                continue
            }
            try decodeAndApply(kind, cells, parser)
        }
    }

    // MARK: Rows

    private func decodeAndApply(_ kind: RecordKind, _ cells: RowCells, _ parser: ValueParser) throws(StoreError) {
        var reader = CellReader(cells: cells, parser: parser)
        if let row = RecordDecoder.decode(kind, &reader) {
            try applier.apply(row, cells: cells, issues: &issues)
            return
        }
        for problem in reader.problems {
            issues.append(SyncIssue(file: path, location: cells.location, column: problem.column, message: problem.message))
        }
        applier.stopWriting()
    }

    // MARK: Reporting

    static func issue(_ error: CSVError, file: String) -> SyncIssue {
        guard let line = error.line else {
            return SyncIssue(file: file, location: .file, message: error.description)
        }
        var message = error.description
        let prefix = "line \(line): "
        if message.hasPrefix(prefix) { message.removeFirst(prefix.count) }
        return SyncIssue(file: file, location: .line(line), message: message)
    }

    static func reason(_ issues: IssueList) -> String {
        guard let first = issues.kept.first else { return "rejected" }
        return issues.count == 1 ? first.description : "\(issues.count) errors, the first: \(first.description)"
    }

    private func entry(_ report: FileReport, state: SyncFileEntry.State, started: Date) -> SyncFileEntry {
        SyncFileEntry(runID: runID, name: FileDiscovery.baseName(report.path), path: report.path, sha256: report.sha256,
                      kind: report.kindLabel, state: state, reason: nil, startedAt: started, finishedAt: options.now(),
                      counts: report.counts)
    }

    static func logEntry(_ issue: SyncIssue) -> SyncErrorEntry {
        switch issue.location {
        case .file:
            return SyncErrorEntry(column: issue.column, message: issue.message)
        case .line(let line):
            return SyncErrorEntry(line: line, column: issue.column, message: issue.message)
        case .record(let index, let kind):
            return SyncErrorEntry(record: index, column: issue.column,
                                  message: kind.map { "\($0.rawValue): " + issue.message } ?? issue.message)
        }
    }
}
