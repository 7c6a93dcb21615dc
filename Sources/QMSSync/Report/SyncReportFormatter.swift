import QMSStore

/// The sync report as text for the terminal: one line per file, its errors and
/// warnings beneath, and a closing summary. Every value from a file is made visible
/// (control characters escaped) before it is printed.
public enum SyncReportFormatter {
    public static func format(_ report: SyncReport) -> String {
        var lines = report.files.flatMap { self.lines(for: $0, dryRun: report.dryRun) }
        lines.append(summary(report))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One file's line with its errors and warnings beneath: what `sync` prints as
    /// soon as that file is done.
    public static func lines(for file: FileReport, dryRun: Bool) -> [String] {
        var lines = [fileLine(file, dryRun: dryRun)]
        for issue in inReadingOrder(file.errors.kept) {
            lines.append("  " + issue.description)
        }
        if file.errors.overflow > 0 {
            lines.append("  … and \(file.errors.overflow) more error\(file.errors.overflow == 1 ? "" : "s")")
        }
        for issue in inReadingOrder(file.warnings.kept) {
            lines.append("  warning: " + issue.description)
        }
        if file.warnings.overflow > 0 {
            lines.append("  … and \(file.warnings.overflow) more warning\(file.warnings.overflow == 1 ? "" : "s")")
        }
        return lines
    }

    /// Issues by line (or record), so a clerk fixing the file goes top to bottom:
    /// row checks and reference checks run in separate passes and would interleave.
    /// Issues of the same line keep the order they were found in.
    static func inReadingOrder(_ issues: [SyncIssue]) -> [SyncIssue] {
        func position(_ issue: SyncIssue) -> Int {
            switch issue.location {
            case .file: return 0
            case .line(let line): return line
            case .record(let index, _): return index
            }
        }
        return issues.enumerated()
            .sorted { (position($0.element), $0.offset) < (position($1.element), $1.offset) }
            .map(\.element)
    }

    /// `applied   units.csv  units: 3 inserted, 0 updated, 0 deleted, 1 unchanged`
    public static func fileLine(_ file: FileReport, dryRun: Bool) -> String {
        let word: String
        switch file.state {
        case .applied: word = "applied"
        case .skipped: word = "skipped"
        case .rejected: word = "rejected"
        case .checked: word = "ok"
        }
        var line = word + String(repeating: " ", count: max(1, 9 - word.count)) + QuotedValue.visible(file.path, limit: 4096)
        let kinds = file.kinds.map(\.rawValue).joined(separator: ", ")
        // A bundle rejected before its kinds were read says just "bundle", not "bundle ()".
        let what = file.isBundle ? (kinds.isEmpty ? "bundle" : "bundle (\(kinds))") : kinds
        switch file.state {
        case .applied, .checked:
            line += "  " + what + ": " + counts(file.counts, dryRun: dryRun)
        case .skipped:
            line += "  " + (file.reason ?? "skipped")
        case .rejected:
            var parts: [String] = []
            if !what.isEmpty { parts.append(what) }
            if file.errors.count > 0 {
                parts.append("\(file.errors.count) error\(file.errors.count == 1 ? "" : "s"), nothing written")
            } else if let reason = file.reason {
                parts.append(reason)
            }
            line += "  " + parts.joined(separator: ": ")
        }
        return line
    }

    static func counts(_ counts: SyncCounts, dryRun: Bool) -> String {
        let text = "\(counts.inserted) inserted, \(counts.updated) updated, \(counts.deleted) deleted, "
            + "\(counts.unchanged) unchanged"
        return dryRun ? "would be " + text : text
    }

    /// `3 files: 2 applied, 1 rejected. Rows: 12 inserted, 0 updated, 0 deleted, 3 unchanged.`
    public static func summary(_ report: SyncReport) -> String {
        let total = report.files.count
        var parts: [String] = []
        if report.dryRun {
            if report.count(.checked) > 0 { parts.append("\(report.count(.checked)) would apply") }
        } else if report.count(.applied) > 0 {
            parts.append("\(report.count(.applied)) applied")
        }
        if report.count(.skipped) > 0 { parts.append("\(report.count(.skipped)) skipped") }
        if report.count(.rejected) > 0 { parts.append("\(report.count(.rejected)) rejected") }
        if parts.isEmpty { parts.append("nothing to do") }
        let head = report.dryRun ? "Checked \(total) file\(total == 1 ? "" : "s") (nothing written)" :
            "\(total) file\(total == 1 ? "" : "s")"
        let totals = report.totals
        let rows = "\(totals.inserted) inserted, \(totals.updated) updated, \(totals.deleted) deleted, "
            + "\(totals.unchanged) unchanged"
        return head + ": " + parts.joined(separator: ", ") + ". Rows" + (report.dryRun ? " (would be)" : "")
            + ": " + rows + "."
    }
}
