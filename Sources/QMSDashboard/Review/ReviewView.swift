import QMSDomain
import QMSStore
import TermUI

/// Draws review mode: one agenda section per page, for the chair at the keyboard and
/// the committee watching the projector.
///
/// ```
///  Review 3 · Management review of 2026-11-25          2026-11-25 · whole organisation · open
///  9.3.2 c) 2) · section 4/13                                     Chair: Nguyễn Văn An · 3 attendees
///  Quality objectives met
///     ▀▀█ ▄▀ ▀▀█        ▀▀█
///     ...                ...        (the headline figures, large)
///     objectives met     off track
///  the figures of the section (the same as the minutes), ↑/↓ scroll
///  ── Notes and decisions ──
///  • a note   ▶ a decision
///  [the field being typed, or what the last save did]
///  ←→ Section  d Decision  n Note  a Action item  t Attendees  q Quit
/// ```
///
/// A frame is a function of (state, content, size, context); drawing keeps the state's
/// scroll within the figures, which is why `render` takes the state `inout`.
public struct ReviewView {
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var context: RenderContext

    public init(context: RenderContext) {
        self.context = context
    }

    /// One frame of `width`×`height` cells.
    public func render(_ state: inout ReviewState, content: ReviewContent, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height, mode: context.mode, transliterator: .vietnamese)
        guard width >= Self.minimumWidth && height >= Self.minimumHeight else {
            TooSmallNotice(minimumWidth: Self.minimumWidth, minimumHeight: Self.minimumHeight)
                .render(in: buffer.area, buffer: &buffer, context: context)
            return buffer
        }
        let area = buffer.area
        header(content, state: state, buffer: &buffer)
        let section = state.section
        var y = 2
        Paragraph([Line(" " + section.title(context.language), style: Style(.bigNumber, .bold))], wraps: false)
            .render(in: Rect(x: 0, y: y, width: width, height: 1), buffer: &buffer)
        y += 1
        let headlines = ReviewHeadline.of(section, content: content, context: context)
        if !headlines.isEmpty {
            drawHeadlines(headlines, in: Rect(x: 1, y: y, width: width - 2, height: 4), buffer: &buffer)
            y += 4
        }
        y += 1
        let body = Rect(x: 1, y: y, width: width - 2, height: max(0, area.height - 2 - y))
        drawBody(section, content: content, state: &state, in: body, buffer: &buffer)
        promptLine(state, in: area.row(height - 2), buffer: &buffer)
        footer(state, in: area.row(height - 1), buffer: &buffer)
        return buffer
    }

    // MARK: Parts

    private func header(_ content: ReviewContent, state: ReviewState, buffer: inout Buffer) {
        let review = content.review
        let scope = content.figures.scopeName ?? context.text(Phrase.Review.wholeOrganisation)
        let stateText = context.text(review.state == .open ? Phrase.ReviewMode.open : Phrase.ReviewMode.closed)
        let right = [review.heldOn.text(context.language), scope, stateText].joined(separator: context.separator) + " "
        twoSided(left: [Span(" " + context.text(Phrase.ReviewMode.review(review.id)), style: Style(.title, .bold)),
                        Span(context.separator + review.title, style: Style(.text, .bold))],
                 right: Span(right, style: Style(.muted)), row: 0, buffer: &buffer)

        let sections = ReviewSection.allCases
        let counter = context.text(Phrase.ReviewMode.sectionCounter(state.sectionIndex + 1, of: sections.count))
        var people: [String] = []
        if let chair = review.chair { people.append(context.text(Phrase.Review.chair) + ": " + chair) }
        people.append(context.text(Phrase.ReviewMode.attendeeCount(content.attendees.count)))
        twoSided(left: [Span(" " + state.section.clause, style: Style(.accent, .bold)),
                        Span(context.separator + counter, style: Style(.muted))],
                 right: Span(people.joined(separator: context.separator) + " ", style: Style(.muted)),
                 row: 1, buffer: &buffer)
    }

    /// `left` from the left edge, `right` against the right edge; `right` gives way.
    private func twoSided(left: [Span], right: Span, row: Int, buffer: inout Buffer) {
        let width = buffer.width
        let leftWidth = left.reduce(0) { $0 + DisplayWidth.of(buffer.prepare($1.text)) }
        let rightWidth = min(DisplayWidth.of(buffer.prepare(right.text)), max(0, width - leftWidth - 2))
        Paragraph([Line(left)], wraps: false)
            .render(in: Rect(x: 0, y: row, width: width - rightWidth, height: 1), buffer: &buffer)
        if rightWidth > 8 {
            Paragraph([Line([right], alignment: .right)], wraps: false)
                .render(in: Rect(x: width - rightWidth, y: row, width: rightWidth, height: 1), buffer: &buffer)
        }
    }

    /// The headline figures side by side, each in large digits over its label.
    private func drawHeadlines(_ headlines: [ReviewHeadline], in area: Rect, buffer: inout Buffer) {
        let columns = Layout.horizontal(headlines.map { _ in Constraint.fill(1) }, spacing: 2).split(area)
        for (headline, column) in zip(headlines, columns) {
            BigText(headline.value, size: .small, alignment: .center, style: Style(headline.role, .bold))
                .render(in: Rect(x: column.x, y: column.y, width: column.width, height: 3), buffer: &buffer)
            Paragraph([Line(headline.label, style: Style(.muted))], wraps: false, alignment: .center)
                .render(in: Rect(x: column.x, y: column.y + 3, width: column.width, height: 1), buffer: &buffer)
        }
    }

    /// The section's figures (scrolling) above what was recorded on it (newest kept in view).
    private func drawBody(_ section: ReviewSection, content: ReviewContent, state: inout ReviewState,
                          in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let figureLines = ReviewFigureLines.lines(of: minutes(content).figureBlocks(section), width: area.width,
                                                  buffer: buffer, language: context.language)
        let recorded = Paragraph(recordedLines(section, content: content), wraps: true)
        let recordedNeeded = recorded.height(forWidth: area.width, buffer: buffer) + 1
        let recordedHeight: Int
        if figureLines.count + recordedNeeded <= area.height {
            recordedHeight = area.height - figureLines.count
        } else {
            recordedHeight = min(recordedNeeded, max(area.height - figureLines.count, max(3, area.height / 2)))
        }
        let figuresArea = Rect(x: area.x, y: area.y, width: area.width, height: area.height - recordedHeight)
        state.scroll = min(state.scroll, max(0, figureLines.count - figuresArea.height))
        Paragraph(figureLines, wraps: false, scroll: state.scroll).render(in: figuresArea, buffer: &buffer)

        let ruleRow = Rect(x: area.x, y: figuresArea.bottom, width: area.width, height: 1)
        let label = context.text(Phrase.Review.notes) + " / " + context.text(Phrase.Review.decisions)
        buffer.fill(ruleRow, symbol: buffer.symbols.rule, style: Style(.border))
        buffer.set(" " + label + " ", at: Position(x: ruleRow.x + 2, y: ruleRow.y), style: Style(.title, .bold), clip: ruleRow)
        let recordedArea = Rect(x: area.x, y: ruleRow.bottom, width: area.width, height: max(0, recordedHeight - 1))
        let total = recorded.height(forWidth: recordedArea.width, buffer: buffer)
        var newestInView = recorded
        newestInView.scroll = max(0, total - recordedArea.height)
        newestInView.render(in: recordedArea, buffer: &buffer)
    }

    /// Notes and decisions of the section; on the outputs page, the action items too.
    private func recordedLines(_ section: ReviewSection, content: ReviewContent) -> [Line] {
        let noteMark = context.isUnicode ? "• " : "* "
        let decisionMark = context.isUnicode ? "▶ " : "> "
        var lines: [Line] = content.entries(in: section).map { entry in
            switch entry.kind {
            case .note:
                return Line([Span(noteMark, style: Style(.muted)), Span(entry.text)])
            case .decision:
                return Line([Span(decisionMark + context.text(Phrase.ReviewMode.decision) + ": ", style: Style(.accent, .bold)),
                             Span(entry.text, style: Style(.text, .bold))])
            }
        }
        if section == .outputs {
            for item in content.actionItems {
                let id = ReviewActionItem.actionID(reviewID: content.review.id, itemID: item.id)
                let detail = [item.unitID, item.dueOn.map { $0.text(context.language) }].compactMap { $0 }
                    .joined(separator: context.separator)
                lines.append(Line([Span((context.isUnicode ? "→ " : "-> ") + id + " ", style: Style(.accent)),
                                   Span(item.text), Span("  " + detail, style: Style(.muted))]))
            }
        }
        if lines.isEmpty { lines = [Line(context.text(Phrase.ReviewMode.nothingRecorded), style: Style(.muted))] }
        return lines
    }

    /// The field being typed, with its question and any problem on the same line; else
    /// what the last save did.
    private func promptLine(_ state: ReviewState, in row: Rect, buffer: inout Buffer) {
        guard let prompt = state.prompt else {
            if let message = state.message {
                buffer.set(" " + context.text(message), at: Position(x: row.x, y: row.y), style: Style(.met, .bold), clip: row)
            }
            return
        }
        let question = " " + context.text(promptQuestion(prompt, section: state.section)) + ": "
        var x = buffer.set(question, at: Position(x: row.x, y: row.y), style: Style(.keyHint, .bold), clip: row)
        var right = row.right
        if let problem = prompt.problem {
            let text = buffer.prepare(context.warningMark + " " + context.text(problem))
            let fitted = TextFit.truncate(text, toWidth: max(0, row.width - (x - row.x) - 12),
                                          ellipsis: buffer.symbols.ellipsis)
            right = row.right - DisplayWidth.of(fitted) - 1
            buffer.set(fitted, at: Position(x: right, y: row.y), style: Style(.error, .bold), clip: row)
            right -= 1
        }
        let field = Rect(x: x, y: row.y, width: max(1, right - x), height: 1)
        let window = prompt.editor.window(width: field.width)
        x = buffer.set(window.before, at: Position(x: field.x, y: row.y), style: Style(.text, .underline), clip: field)
        let underCursor = window.after.first.map(String.init) ?? " "
        let cursorEnd = buffer.set(underCursor, at: Position(x: x, y: row.y), style: Style(.selection, .reverse), clip: field)
        buffer.set(String(window.after.dropFirst()), at: Position(x: cursorEnd, y: row.y), style: Style(.text, .underline),
                   clip: field)
    }

    private func promptQuestion(_ prompt: ReviewPrompt, section: ReviewSection) -> Phrase {
        switch prompt.field {
        case .note: return Phrase.ReviewMode.notePrompt(section.clause)
        case .decision: return Phrase.ReviewMode.decisionPrompt(section.clause)
        case .attendees: return Phrase.ReviewMode.attendeesPrompt
        case .actionText: return Phrase.ReviewMode.actionTextPrompt
        case .actionOwner: return Phrase.ReviewMode.actionOwnerPrompt
        case .actionDue: return Phrase.ReviewMode.actionDuePrompt
        }
    }

    private func footer(_ state: ReviewState, in row: Rect, buffer: inout Buffer) {
        func hint(_ key: String, _ phrase: Phrase) -> KeyHints.Hint { KeyHints.Hint(key, context.text(phrase)) }
        let hints: [KeyHints.Hint]
        if state.prompt != nil {
            hints = [hint("Enter", Phrase.ReviewMode.save), hint("Esc", Phrase.ReviewMode.cancel)]
        } else {
            hints = [hint(context.isUnicode ? "←→" : "<>", Phrase.ReviewMode.section),
                     hint("d", Phrase.ReviewMode.decision), hint("n", Phrase.ReviewMode.note),
                     hint("a", Phrase.ReviewMode.actionItem), hint("t", Phrase.ReviewMode.attendees),
                     hint("q", Phrase.ReviewMode.quit), hint(context.isUnicode ? "↑↓" : "j/k", Phrase.ReviewMode.scroll)]
        }
        KeyHints(hints, labelStyle: .plain).render(in: row, buffer: &buffer)
    }

    private func minutes(_ content: ReviewContent) -> ReviewMinutes {
        ReviewMinutes(review: content.review, attendees: content.attendees, entries: content.entries,
                      actionItems: content.actionItems, figures: content.figures, language: context.language)
    }
}
