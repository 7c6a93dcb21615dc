import Foundation
import QMSDomain
import QMSStore
import TermUI

/// `isodash status` as text: the essentials of a status snapshot on one terminal screen.
///
/// A department head over SSH reads it at 80×24, so the report never exceeds
/// `width` columns or `height` lines, whatever the store holds: when there are more
/// off-track objectives, open audits, overdue or due-soon actions than fit, the worst are named
/// (in the snapshot's order, which puts them first) and a `+N more` line counts the
/// rest, which `--json` lists in full. Widths are display widths, so long Vietnamese
/// titles (decomposed or not) and wide characters are cut at a character boundary
/// with an ellipsis. The verdict line (what makes the exit status 1 or 0) is always
/// the last line shown.
///
/// Every value from the store is sanitised (`TextSanitizer`) before it is printed:
/// an export file cannot send an escape sequence to the reader's terminal. ANSI
/// colour (SGR) appears only when `colour` is set; `ascii` folds everything, labels
/// included, to printable ASCII for terminals without a UTF-8 locale.
///
/// A pure function of the snapshot and these settings, so it is tested as text.
public struct StatusTextReport: Sendable {
    public var language: Language
    /// Columns available; 80 for the classic terminal.
    public var width: Int
    /// Lines available; 24 for the classic terminal.
    public var height: Int
    /// Whether to emit ANSI SGR colour and bold (only for a terminal, never under `NO_COLOR`).
    public var colour: Bool
    /// Whether only printable ASCII may be printed (no UTF-8 locale).
    public var ascii: Bool
    /// The reader's offset from UTC in seconds (Vietnam: 25200), for the time of the last
    /// sync, which the store keeps in UTC.
    public var utcOffset: Int

    public init(language: Language, width: Int = 80, height: Int = 24, colour: Bool = false, ascii: Bool = false,
                utcOffset: Int = 0) {
        self.language = language
        self.width = width
        self.height = height
        self.colour = colour
        self.ascii = ascii
        self.utcOffset = utcOffset
    }

    /// The report as text, one `\n` after each line.
    public func render(_ snapshot: StatusSnapshot) -> String {
        var text = ""
        for line in lines(snapshot) {
            text += line
            text += "\n"
        }
        return text
    }

    /// How many overdue and due-soon actions the snapshot must list for this report:
    /// no more than fit in its lines (`Store.statusSnapshot(listedActions:)`).
    public var listedActions: Int { max(0, height) }

    /// The report's lines: at most `height` of them, none wider than `width` columns
    /// (SGR sequences, when `colour` is set, take no columns).
    public func lines(_ snapshot: StatusSnapshot) -> [String] {
        guard height > 0, width > 0 else { return [] }
        let header = headerRows(snapshot)
        // Off track and at risk, and whatever cannot be met any more or runs off pace
        // (even if met so far), in the snapshot's order (worst status first).
        let objectiveCandidates = snapshot.objectives.filter {
            $0.status == .offTrack || $0.status == .atRisk || $0.pace.isUnreachable || $0.pace.isOffPace
        }
        // Actions by their counts: the snapshot may list only the first `height` of them
        // (`StatusTextReport.listedActions`).
        let demand = [objectiveCandidates.count, snapshot.openAudits.count, snapshot.counts.overdueActions,
                      snapshot.counts.dueSoon]
        let fixed = header.count + 4 + 1  // four section headings and the verdict
        let blankCount = 5
        let useBlanks = height - fixed - blankCount >= min(demand.reduce(0, +), 8)
        let budget = max(0, height - fixed - (useBlanks ? blankCount : 0))
        let shown = Self.allocate(demand: demand, budget: budget, priority: [0, 2, 3, 1])

        var rows = header
        let blank = Row()
        if useBlanks { rows.append(blank) }
        rows.append(objectivesHeading(snapshot))
        rows += objectiveRows(objectiveCandidates.prefix(shown[0]))
        if shown[0] > 0 && shown[0] < demand[0] { rows.append(moreRow(demand[0] - shown[0])) }
        if useBlanks { rows.append(blank) }
        rows.append(Row([Piece(text(Words.openAuditsHeading(snapshot.counts.openAudits)), .bold)]))
        rows += auditRows(snapshot.openAudits.prefix(shown[1]))
        if shown[1] > 0 && shown[1] < demand[1] { rows.append(moreRow(demand[1] - shown[1])) }
        if useBlanks { rows.append(blank) }
        rows.append(Row([Piece(text(Words.actionsHeading(open: snapshot.counts.openActions,
                                                     overdue: snapshot.counts.overdueActions)), .bold)]))
        rows += actionRows(snapshot.overdueActions.prefix(shown[2]), asOf: snapshot.asOf)
        if shown[2] > 0 && shown[2] < demand[2] { rows.append(moreRow(demand[2] - shown[2])) }
        if useBlanks { rows.append(blank) }
        rows.append(Row([Piece(text(Words.dueSoonHeading(snapshot.counts.dueSoon, within: snapshot.dueWithin)), .bold)]))
        rows += dueSoonRows(snapshot.dueSoonActions.prefix(shown[3]), asOf: snapshot.asOf)
        if shown[3] > 0 && shown[3] < demand[3] { rows.append(moreRow(demand[3] - shown[3])) }
        if useBlanks { rows.append(blank) }
        let verdict = verdictRow(snapshot.counts)
        if rows.count + 1 > height {
            // Only on a very small terminal: keep the top and the verdict.
            rows = Array(rows.prefix(height - 1))
        }
        rows.append(verdict)
        return rows.map(render)
    }

    // MARK: Sections

    private func headerRows(_ snapshot: StatusSnapshot) -> [Row] {
        let scope = snapshot.scope
        let scopeText: String
        if let unitID = scope.unitID {
            scopeText = scope.name.map { "\($0) (\(unitID))" } ?? unitID
        } else {
            scopeText = scope.name ?? Words.wholeOrganisation.text(language)
        }
        var rows = [Row([Piece(text(Words.statusHeading(scope: scopeText, asOf: snapshot.asOf.text(language))), .bold)])]
        if let lastSync = snapshot.freshness.lastSync {
            let seconds = Int(lastSync.timeIntervalSince1970.rounded(.down))
            let syncDay = Day(secondsSince1970: seconds, utcOffset: utcOffset)
            let secondOfDay = seconds + utcOffset - syncDay.ordinal * 86_400
            let time = syncDay.text(language) + " " + Self.twoDigits(secondOfDay / 3600) + ":"
                + Self.twoDigits(secondOfDay % 3600 / 60)
            let age = Words.syncAge(days: snapshot.asOf.days(since: syncDay)).text(language)
            rows.append(Row([Piece(text(Words.lastSync(time, age: age)))]))
        } else {
            rows.append(Row([Piece(text(Words.neverSynced), .warning)]))
        }
        let rejected = snapshot.freshness.rejectedFiles
        if !rejected.isEmpty {
            let names = rejected.joined(separator: ", ")
            rows.append(Row([Piece(text(Words.rejectedFiles(rejected.count, names: names)), .warning)]))
        }
        return rows
    }

    private func objectivesHeading(_ snapshot: StatusSnapshot) -> Row {
        let counts = snapshot.counts
        let total = counts.met + counts.atRisk + counts.offTrack + counts.noData
        let year = snapshot.asOf.year
        guard total > 0 else { return Row([Piece(text(Words.noObjectives(year: year)), .bold)]) }
        var row = Row([Piece(text(Words.objectivesHeading(year: year, count: total)), .bold), Piece(separator)])
        let parts: [(Int, ObjectiveStatus, Tone)] = [
            (counts.offTrack, .offTrack, counts.offTrack > 0 ? .bad : .plain),
            (counts.atRisk, .atRisk, counts.atRisk > 0 ? .warning : .plain),
            (counts.met, .met, .plain),
            (counts.noData, .noData, .plain),
        ]
        for (index, (count, status, tone)) in parts.enumerated() {
            if index > 0 { row.pieces.append(Piece(", ")) }
            row.pieces.append(Piece(text(Words.objectiveCount(count, status)), tone))
        }
        return row
    }

    private func objectiveRows(_ items: ArraySlice<ObjectiveProgress>) -> [Row] {
        let ids = items.map { clean($0.objective.id) }
        let figures = items.map(figure)
        let idWidth = min(14, ids.map { DisplayWidth.of($0) }.max() ?? 0)
        let figureWidth = min(24, figures.map { DisplayWidth.of($0) }.max() ?? 0)
        let tags = items.map(paceTag)
        let tagWidth = min(16, tags.map { DisplayWidth.of($0) }.max() ?? 0)
        let tagColumns = tagWidth > 0 ? 2 + tagWidth : 0
        let titleWidth = max(0, width - (2 + 2 + idWidth + 2 + 2 + figureWidth + tagColumns))
        return items.indices.map { offset in
            let index = offset - items.startIndex
            let progress = items[offset]
            let tone: Tone = progress.status == .offTrack ? .bad : (progress.status == .atRisk ? .warning : .plain)
            var row = Row([
                Piece("  "),
                Piece(progress.status.symbol(unicode: !ascii) + " ", tone),
                Piece(fit(ids[index], idWidth) + "  "),
                Piece(fit(clean(progress.objective.title), titleWidth) + "  "),
                Piece(TextFit.fit(figures[index], toWidth: figureWidth, alignment: .right, ellipsis: ellipsis), tone),
            ])
            if tagWidth > 0 {
                row.pieces.append(Piece("  "))
                row.pieces.append(Piece(fit(tags[index], tagWidth), progress.pace.isUnreachable ? .bad : .warning))
            }
            return row
        }
    }

    /// Words marking an objective that cannot be met any more or runs off pace; empty otherwise.
    private func paceTag(_ progress: ObjectiveProgress) -> String {
        if progress.pace.isUnreachable { return text(Words.cannotBeMet) }
        if progress.pace.isOffPace { return text(Words.offPace) }
        return ""
    }

    /// `62.5% / 90%`, `12 / 20 quy trình`; a lower-is-better target is marked `≤`.
    private func figure(_ progress: ObjectiveProgress) -> String {
        let objective = progress.objective
        let separator = language == .vi ? "," : "."
        let value = progress.value.flatMap { StatusJSON.decimal($0, separator: separator) }
            ?? (ascii ? Symbols.ascii.noData : Symbols.unicode.noData)
        let target = StatusJSON.decimal(objective.target, separator: separator) ?? "?"
        let mark = objective.direction == .lower ? (ascii ? "<=" : "≤") : ""
        if objective.isPercentage {
            return "\(value)% / \(mark)\(target)%"
        }
        let measure = TextFit.truncate(clean(objective.measure.trimmingCharacters(in: .whitespacesAndNewlines)), toWidth: 12, ellipsis: ellipsis)
        return "\(value) / \(mark)\(target)" + (measure.isEmpty ? "" : " " + measure)
    }

    private func auditRows(_ items: ArraySlice<AuditSummary>) -> [Row] {
        let ids = items.map { clean($0.audit.id) }
        let statuses = items.map { text(Phrase(en: $0.audit.status.label(.en), vi: $0.audit.status.label(.vi))) }
        let findings = items.map { text(Words.nonconformities(major: $0.findings.major, minor: $0.findings.minor)) }
        let idWidth = min(14, ids.map { DisplayWidth.of($0) }.max() ?? 0)
        let statusWidth = min(16, statuses.map { DisplayWidth.of($0) }.max() ?? 0)
        let findingsWidth = min(20, findings.map { DisplayWidth.of($0) }.max() ?? 0)
        let dateWidth = 10
        let titleWidth = max(0, width - (2 + idWidth + 2 + dateWidth + 2 + statusWidth + 2 + 2 + findingsWidth))
        return items.indices.map { offset in
            let index = offset - items.startIndex
            let summary = items[offset]
            let tone: Tone = summary.findings.major > 0 ? .bad : (summary.findings.minor > 0 ? .warning : .plain)
            return Row([
                Piece("  " + fit(ids[index], idWidth) + "  "),
                Piece(fit(summary.audit.startsOn.text(language), dateWidth) + "  "),
                Piece(fit(statuses[index], statusWidth) + "  "),
                Piece(fit(clean(summary.audit.title), titleWidth) + "  "),
                Piece(fit(findings[index], findingsWidth), tone),
            ])
        }
    }

    private func actionRows(_ items: ArraySlice<ActionSummary>, asOf: Day) -> [Row] {
        actionTable(items, days: items.map {
            text(Words.days($0.daysOverdue ?? $0.action.daysOverdue(on: asOf) ?? 0))
        }, tone: .bad)
    }

    /// Due-soon actions: id, days left, unit and title, as the overdue table.
    private func dueSoonRows(_ items: ArraySlice<ActionSummary>, asOf: Day) -> [Row] {
        actionTable(items, days: items.map {
            text(Words.daysLeft(DueSoonRule.daysLeft(dueOn: $0.action.dueOn, on: asOf)))
        }, tone: .warning)
    }

    /// Actions as a table: id, `days` (late or left) in `tone`, unit and title.
    private func actionTable(_ items: ArraySlice<ActionSummary>, days: [String], tone: Tone) -> [Row] {
        let ids = items.map { clean($0.action.id) }
        let units = items.map { clean($0.unitName ?? $0.action.unitID) }
        let idWidth = min(14, ids.map { DisplayWidth.of($0) }.max() ?? 0)
        let daysWidth = days.map { DisplayWidth.of($0) }.max() ?? 0
        let titles = items.map { clean($0.action.title) }
        // The unit name gets the room the titles leave, and at least 22 columns of it.
        let available = width - (2 + idWidth + 2 + daysWidth + 2 + 2)
        let unitWanted = units.map { DisplayWidth.of($0) }.max() ?? 0
        let titleWanted = titles.map { DisplayWidth.of($0) }.max() ?? 0
        let unitWidth = unitWanted + titleWanted <= available ? unitWanted
            : min(unitWanted, max(22, available - titleWanted))
        let titleWidth = max(0, available - unitWidth)
        return items.indices.map { offset in
            let index = offset - items.startIndex
            return Row([
                Piece("  " + fit(ids[index], idWidth) + "  "),
                Piece(TextFit.fit(days[index], toWidth: daysWidth, alignment: .right, ellipsis: ellipsis), tone),
                Piece("  " + fit(units[index], unitWidth) + "  "),
                Piece(fit(titles[index], titleWidth)),
            ])
        }
    }

    private func moreRow(_ count: Int) -> Row {
        Row([Piece("  " + text(Words.more(count)))])
    }

    private func verdictRow(_ counts: StatusCounts) -> Row {
        if counts.needsAttention {
            return Row([Piece(text(Words.needsAttention(offTrack: counts.offTrack, overdue: counts.overdueActions)), .alarm)])
        }
        return Row([Piece(text(Words.nothingNeedsAttention), .good)])
    }

    // MARK: Fitting the screen

    /// How many rows of each list to show within `budget` lines. A list showing some
    /// but not all of its rows costs one more line (`+N more`); a list showing none
    /// costs nothing (its heading carries the count). Lines go round the lists in
    /// `priority` order one at a time, so each list gets a fair share and the last
    /// row of a list replaces its `+1 more` line for free.
    static func allocate(demand: [Int], budget: Int, priority: [Int]) -> [Int] {
        func cost(_ shown: Int, _ total: Int) -> Int {
            shown == 0 ? 0 : shown + (shown < total ? 1 : 0)
        }
        var shown = Array(repeating: 0, count: demand.count)
        var used = 0
        var progressed = true
        while progressed {
            progressed = false
            for list in priority where shown[list] < demand[list] {
                let extra = cost(shown[list] + 1, demand[list]) - cost(shown[list], demand[list])
                if used + extra <= budget {
                    shown[list] += 1
                    used += extra
                    progressed = true
                }
            }
        }
        return shown
    }

    // MARK: Text

    /// The report's phrases (`Phrase+Status.swift`).
    private typealias Words = Phrase.Status

    private var ellipsis: String { ascii ? Symbols.ascii.ellipsis : Symbols.unicode.ellipsis }
    private var separator: String { ascii ? " - " : " — " }

    /// A phrase in the report's language, made printable (it may embed store text).
    private func text(_ phrase: Phrase) -> String {
        clean(phrase.text(language))
    }

    /// Untrusted text made safe for the terminal: controls and escape sequences shown
    /// as placeholders, and in ASCII mode Vietnamese folded to plain letters.
    func clean(_ text: String) -> String {
        guard ascii else { return TextSanitizer(mode: .unicode).sanitize(text) }
        let folded = TextMatching.asciiFold(TextSanitizer(mode: .ascii).sanitize(text))
        guard folded.utf8.contains(where: { $0 < 0x20 || $0 > 0x7E }) else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.map {
            $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?"
        }))
    }

    private func fit(_ text: String, _ columns: Int) -> String {
        TextFit.fit(text, toWidth: columns, ellipsis: ellipsis)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    // MARK: Rows

    /// How a piece of a line is emphasised when colour is on.
    enum Tone {
        case plain, bold, good, warning, bad, alarm

        var sgr: String? {
            switch self {
            case .plain: return nil
            case .bold: return "1"
            case .good: return "32"
            case .warning: return "33"
            case .bad: return "31"
            case .alarm: return "1;31"
            }
        }
    }

    struct Piece {
        var text: String
        var tone: Tone

        init(_ text: String, _ tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }
    }

    /// One output line as pieces of printable text, each with its emphasis.
    struct Row {
        var pieces: [Piece] = []

        init(_ pieces: [Piece] = []) {
            self.pieces = pieces
        }
    }

    /// The row cut to `width` columns (an ellipsis marks the cut), trailing spaces
    /// dropped, and coloured when asked.
    private func render(_ row: Row) -> String {
        var pieces: [Piece] = []
        var used = 0
        for piece in row.pieces {
            let pieceWidth = DisplayWidth.of(piece.text)
            if used + pieceWidth <= width {
                pieces.append(piece)
                used += pieceWidth
                continue
            }
            pieces.append(Piece(TextFit.truncate(piece.text, toWidth: width - used, ellipsis: ellipsis), piece.tone))
            break
        }
        while let last = pieces.last {
            var trimmed = last.text
            while trimmed.last == " " { trimmed.removeLast() }
            if trimmed.isEmpty {
                pieces.removeLast()
            } else {
                pieces[pieces.count - 1].text = trimmed
                break
            }
        }
        var line = ""
        for piece in pieces {
            if colour, let sgr = piece.tone.sgr, !piece.text.isEmpty {
                line += "\u{1B}[" + sgr + "m" + piece.text + "\u{1B}[0m"
            } else {
                line += piece.text
            }
        }
        return line
    }
}
