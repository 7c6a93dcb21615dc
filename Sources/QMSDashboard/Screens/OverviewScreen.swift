import QMSDomain
import QMSStore
import TermUI

/// Screen 1: the picture a steering committee opens the meeting with.
///
/// ```
/// ✓ 7 of 12 met · ✗ 2 objectives off track · ! 1 at risk · 5 actions overdue · 3 audits open
/// ┌ Quality objectives 2026 ───────────────────────────────────────────── 1/12 ┐
/// │Status      Objective                      Progress     Value    Target     │
/// │✗ off track Tỷ lệ văn bản đến điện tử      ██████▌░░░░   62%     ≥90%       │
/// └────────────────────────────────────────────────────────────────────────────┘
/// ┌ Open audits ─────────────── 1/3 ┐┌ Overdue actions ─────────────────── 1/5 ┐
/// ```
/// The actions panel lists the overdue actions, then those due soon (days left,
/// never by colour alone); objectives that cannot be met any more or run off pace
/// carry the word before their title. The figures come from one `StatusSnapshot`; the
/// actions panel pages through the actions it counts (`DashboardData.overviewActions`).
/// At 80×24 it fits; on a larger terminal the panels grow and gain columns (unit,
/// owner, dates).
struct OverviewScreen {
    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        let snapshot = try data.snapshot(scopeUnitID: state.scopeUnitID)
        let focus = state.screen.panels[state.focusedPanelIndex]
        // A tall screen (a projector) gets the headline numbers in big digits.
        let headlineHeight = area.height >= 34 && area.width >= 100 ? Self.headlineHeight : 0
        let available = area.height - 1 - headlineHeight
        let listedActions = snapshot.counts.overdueActions + snapshot.counts.dueSoon
        let bottomWanted = max(5, min(max(snapshot.openAudits.count, listedActions) + 3, available / 2))
        let objectivesWanted = max(5, snapshot.objectives.count + 3)
        let objectivesHeight = max(5, min(objectivesWanted, available - bottomWanted))
        let rows = Layout.vertical([.length(1), .length(headlineHeight), .length(objectivesHeight), .fill(1)]).split(area)

        summary(snapshot, in: rows[0], buffer: &buffer, context: context)
        if headlineHeight > 0 { headline(snapshot.counts, in: rows[1], buffer: &buffer, context: context) }
        try objectives(snapshot, in: rows[2], buffer: &buffer, state: &state, focused: focus == .overviewObjectives,
                       context: context)
        let halves = Layout.horizontal([.fill(1), .fill(1)]).split(rows[3])
        try audits(snapshot, in: halves[0], buffer: &buffer, state: &state, focused: focus == .overviewAudits,
                   context: context)
        try actions(snapshot, in: halves[1], buffer: &buffer, state: &state, data: data,
                    focused: focus == .overviewActions, context: context)
    }

    // MARK: Summary

    /// One line counting what needs attention, each part with its mark and role. Where
    /// the full sentence does not fit, shorter words; then the good news goes first.
    func summary(_ snapshot: StatusSnapshot, in area: Rect, buffer: inout Buffer, context: RenderContext) {
        let counts = snapshot.counts
        let total = counts.met + counts.atRisk + counts.offTrack + counts.noData
        let marks = (met: ObjectiveStatus.met.symbol(unicode: context.isUnicode),
                     offTrack: ObjectiveStatus.offTrack.symbol(unicode: context.isUnicode),
                     atRisk: ObjectiveStatus.atRisk.symbol(unicode: context.isUnicode))
        struct Item {
            var full: String
            var short: String
            var style: Style
            /// Dropped first when nothing else helps: higher drops earlier.
            var dropOrder: Int
        }
        var items: [Item] = []
        if total > 0 {
            items.append(Item(full: marks.met + " " + context.text(Phrase.Dashboard.objectivesMet(counts.met, of: total)),
                              short: marks.met + " " + context.text(Phrase.Dashboard.metShort(counts.met, of: total)),
                              style: Style(.met), dropOrder: 2))
        }
        if counts.offTrack > 0 {
            items.append(Item(full: marks.offTrack + " " + context.text(Phrase.Dashboard.objectivesOffTrack(counts.offTrack)),
                              short: marks.offTrack + " " + context.text(Phrase.Dashboard.offTrackShort(counts.offTrack)),
                              style: Style(.offTrack, .bold), dropOrder: 0))
        }
        if counts.atRisk > 0 {
            let text = marks.atRisk + " " + context.text(Phrase.Dashboard.objectivesAtRisk(counts.atRisk))
            items.append(Item(full: text, short: text, style: Style(.atRisk), dropOrder: 1))
        }
        if counts.overdueActions > 0 {
            items.append(Item(full: context.text(Phrase.Dashboard.actionsOverdue(counts.overdueActions)),
                              short: context.text(Phrase.Dashboard.overdueShort(counts.overdueActions)),
                              style: Style(.error, .bold), dropOrder: 0))
        }
        if counts.dueSoon > 0 {
            let text = context.text(Phrase.Dashboard.dueSoonCount(counts.dueSoon))
            items.append(Item(full: text, short: text, style: Style(.atRisk), dropOrder: 2))
        }
        if counts.openAudits > 0 {
            let text = context.text(Phrase.Dashboard.auditsOpen(counts.openAudits))
            items.append(Item(full: text, short: text, style: Style(.accent), dropOrder: 3))
        }
        if counts.offTrack == 0 && counts.overdueActions == 0 {
            let text = context.text(.nothingOffTrack)
            items.append(Item(full: text, short: text, style: Style(.met), dropOrder: 0))
        }
        func spans(_ items: [Item], short: Bool) -> [Span] {
            var spans = [Span(" ")]
            for (index, item) in items.enumerated() {
                if index > 0 { spans.append(Span(context.separator, style: Style(.muted))) }
                spans.append(Span(short ? item.short : item.full, style: item.style))
            }
            return spans
        }
        func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + DisplayWidth.of(buffer.prepare($1.text)) } }
        var chosen = spans(items, short: false)
        if width(chosen) > area.width {
            var kept = items
            chosen = spans(kept, short: true)
            while width(chosen) > area.width, let drop = kept.indices.max(by: { kept[$0].dropOrder < kept[$1].dropOrder }),
                  kept[drop].dropOrder > 0 {
                kept.remove(at: drop)
                chosen = spans(kept, short: true)
            }
        }
        Paragraph([Line(chosen)], wraps: false).render(in: area, buffer: &buffer)
    }

    /// Rows the headline numbers take: a border and three rows of big digits.
    static let headlineHeight = 5

    /// Four boxes of big numbers: objectives met, off track, actions overdue, audits open.
    func headline(_ counts: StatusCounts, in area: Rect, buffer: inout Buffer, context: RenderContext) {
        let total = counts.met + counts.atRisk + counts.offTrack + counts.noData
        let boxes: [(Phrase.Dashboard, String, Style)] = [
            (.objectivesMetTitle, "\(counts.met)/\(total)", Style(.met, .bold)),
            (.offTrackTitle, "\(counts.offTrack)", counts.offTrack > 0 ? Style(.offTrack, .bold) : Style(.met, .bold)),
            (.overdueActions, "\(counts.overdueActions)", counts.overdueActions > 0 ? Style(.error, .bold) : Style(.met, .bold)),
            (.openAudits, "\(counts.openAudits)", Style(.bigNumber, .bold)),
        ]
        let rects = Layout.horizontal(boxes.map { _ in Constraint.fill(1) }).split(area)
        for (box, rect) in zip(boxes, rects) {
            let panel = Panel(title: context.text(box.0))
            panel.render(in: rect, buffer: &buffer)
            BigText(box.1, size: .small, style: box.2).render(in: panel.inner(rect), buffer: &buffer)
        }
    }

    // MARK: Objectives

    func objectives(_ snapshot: StatusSnapshot, in area: Rect, buffer: inout Buffer, state: inout DashboardState,
                    focused: Bool, context: RenderContext) throws {
        let wide = area.width >= 110
        let statusWidth = min(ObjectiveStatus.allCases.map { DisplayWidth.of(buffer.prepare(context.status($0))) }.max() ?? 10,
                              wide ? 18 : 12)
        var columns = [
            TableColumn(context.text(.columnStatus), width: .length(statusWidth)),
            TableColumn(context.text(.columnObjective), width: .fill(1)),
        ]
        if wide { columns.append(TableColumn(context.text(.columnUnit), width: .length(24))) }
        columns += [
            TableColumn(context.text(.columnProgress), width: .length(wide ? 20 : 12)),
            TableColumn(context.text(.columnValue), width: .length(8), alignment: .right),
            TableColumn(context.text(.columnTarget), width: .length(9), alignment: .right),
        ]
        let progressColumn = wide ? 3 : 2
        let items = snapshot.objectives
        let panel = ListPanel(list: .overviewObjectives,
                              title: context.text(.qualityObjectives) + " " + String(context.asOf.year),
                              columns: columns, isFocused: focused, placeholder: context.text(.noObjectives))
        let drawn = panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            let page = items.dropFirst(offset).prefix(limit)
            return (page.map { progress in
                var cells = [
                    TableCell(context.status(progress.status), style: context.style(of: progress.status)),
                    Self.titleCell(progress, context: context),
                ]
                if wide { cells.append(TableCell(progress.unitName ?? context.text(.wholeOrganisation), style: Style(.muted))) }
                cells += [
                    TableCell(""),
                    TableCell(context.shortMeasured(progress.value, measure: progress.objective.measure),
                              style: progress.value == nil ? Style(.noData) : nil),
                    TableCell(context.target(of: progress.objective, short: true)),
                ]
                return ListPanel.Row(key: progress.objective.id, row: TableRow(cells))
            }, items.count)
        }
        let offset = state.position(.overviewObjectives).offset
        for (index, _) in drawn.rows.enumerated() {
            let progress = items[offset + index]
            let cell = ListPanel.cell(column: progressColumn, row: index, table: drawn.table, widths: drawn.widths)
            ProgressBar(fraction: Self.progress(progress), fillStyle: Style(context.role(of: progress.status)),
                        trackStyle: Style(context.role(of: progress.status)))
                .render(in: cell, buffer: &buffer)
        }
    }

    /// The objective's title, after a word saying it cannot be met any more or
    /// runs off pace (`ObjectivePace`), so that shows without colour too.
    static func titleCell(_ progress: ObjectiveProgress, context: RenderContext) -> TableCell {
        let pace = progress.pace
        guard pace.isUnreachable || pace.isOffPace else { return TableCell(progress.objective.title) }
        let mark = context.text(Phrase.Dashboard.paceMark(unreachable: pace.isUnreachable))
        return TableCell(mark + context.separator + progress.objective.title,
                         style: pace.isUnreachable ? Style(.offTrack) : Style(.atRisk))
    }

    /// How far an objective is towards its target, 0…1 (1 when met); nil without a value.
    static func progress(_ progress: ObjectiveProgress) -> Double? {
        guard let value = progress.value else { return nil }
        let target = progress.objective.target
        switch progress.objective.direction {
        case .higher:
            if target <= 0 { return value >= target ? 1 : 0 }
            return max(0, min(1, value / target))
        case .lower:
            if value <= target { return 1 }
            return value > 0 ? max(0, min(1, target / value)) : 0
        }
    }

    // MARK: Audits

    func audits(_ snapshot: StatusSnapshot, in area: Rect, buffer: inout Buffer, state: inout DashboardState,
                focused: Bool, context: RenderContext) throws {
        let wide = area.width >= 60
        var columns: [TableColumn] = []
        if wide { columns.append(TableColumn(context.text(.columnStart), width: .length(10))) }
        columns += [
            TableColumn(context.text(.columnAudit), width: .fill(1)),
            TableColumn(context.text(wide ? .columnFindings : .columnFindingsByGrade), width: .length(wide ? 24 : 15)),
        ]
        let items = snapshot.openAudits
        let panel = ListPanel(list: .overviewAudits, title: context.text(.openAudits), columns: columns,
                              isFocused: focused, placeholder: context.text(.noOpenAudits))
        panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            (items.dropFirst(offset).prefix(limit).map { summary in
                var cells: [TableCell] = []
                if wide { cells.append(TableCell(context.day(summary.audit.startsOn), style: Style(.muted))) }
                cells.append(TableCell(summary.audit.title))
                cells.append(wide ? Self.findingsCell(summary.findings, context: context)
                                  : Self.compactFindingsCell(summary.findings))
                return ListPanel.Row(key: summary.audit.id, row: TableRow(cells))
            }, items.count)
        }
    }

    /// `1 major · 2 minor`: the grades that have findings, worst first.
    static func findingsCell(_ counts: FindingCounts, context: RenderContext) -> TableCell {
        guard counts.total > 0 else { return TableCell("0", style: Style(.muted)) }
        let grades: [(FindingGrade, Phrase.Dashboard)] = [
            (.major, .gradeMajorShort), (.minor, .gradeMinorShort),
            (.observation, .gradeObservationShort), (.improvement, .gradeImprovementShort),
        ]
        let parts = grades.filter { counts[$0.0] > 0 }.map { "\(counts[$0.0]) " + context.text($0.1) }
        let style: Style? = counts.major > 0 ? Style(.offTrack, .bold) : (counts.minor > 0 ? Style(.atRisk) : nil)
        return TableCell(parts.joined(separator: " "), style: style)
    }

    /// `1/2/0/0`: findings by grade, major first, under the `columnFindingsByGrade` header.
    static func compactFindingsCell(_ counts: FindingCounts) -> TableCell {
        let style: Style? = counts.major > 0 ? Style(.offTrack, .bold) : (counts.minor > 0 ? Style(.atRisk) : nil)
        return TableCell("\(counts.major)/\(counts.minor)/\(counts.observation)/\(counts.improvement)", style: style)
    }

    // MARK: Actions

    func actions(_ snapshot: StatusSnapshot, in area: Rect, buffer: inout Buffer, state: inout DashboardState,
                 data: DashboardData, focused: Bool, context: RenderContext) throws {
        let wide = area.width >= 60
        // Room for `in 14 d` / `còn 14 ngày` once due-soon actions are listed.
        let dueSoon = snapshot.counts.dueSoon > 0
        let lateWidth = context.language == .vi ? (dueSoon ? 11 : 9) : (dueSoon ? 7 : 6)
        var columns = [
            TableColumn(context.text(.columnLate), width: .length(lateWidth), alignment: .right),
            TableColumn(context.text(.columnAction), width: .fill(1)),
            TableColumn(context.text(.columnUnit), width: .length(wide ? 20 : 12)),
        ]
        if wide { columns.append(TableColumn(context.text(.columnOwner), width: .length(14))) }
        // Overdue first, worst first; then what falls due soon, nearest first. Read a
        // page at a time: a province may have a hundred thousand.
        let title = dueSoon ? context.text(Phrase.Dashboard.overdueAndDueSoon(snapshot.counts.dueSoon))
            : context.text(.overdueActions)
        let panel = ListPanel(list: .overviewActions, title: title, columns: columns,
                              isFocused: focused, placeholder: context.text(.noOverdueActions))
        let scope = state.scopeUnitID
        try panel.render(in: area, buffer: &buffer, state: &state, context: context) { offset, limit in
            let page = try data.overviewActions(scopeUnitID: scope, offset: offset, limit: limit)
            return (page.rows.map { summary in
                let cell: TableCell
                if summary.action.dueOn < snapshot.asOf {
                    cell = TableCell(context.text(Phrase.Dashboard.days(summary.daysOverdue ?? 0)), style: Style(.error, .bold))
                } else {
                    let left = DueSoonRule.daysLeft(dueOn: summary.action.dueOn, on: snapshot.asOf)
                    cell = TableCell(context.text(left <= 0 ? Phrase.Dashboard.dueToday : Phrase.Dashboard.dueIn(left)),
                                     style: Style(.atRisk))
                }
                var cells = [
                    cell,
                    TableCell(summary.action.title),
                    TableCell(summary.unitName ?? summary.action.unitID, style: Style(.muted)),
                ]
                if wide { cells.append(TableCell(summary.action.owner ?? "", style: Style(.muted))) }
                return ListPanel.Row(key: summary.action.id, row: TableRow(cells))
            }, page.total)
        }
    }
}
