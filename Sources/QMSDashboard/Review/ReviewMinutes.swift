import QMSDomain
import QMSStore
import TermUI

/// The minutes (biên bản) of a management review, built from what the chair
/// recorded and the figures of the review day, section by section of clause 9.3.
///
/// Pure: everything comes in as values, so the same minutes come out for the same
/// review in any language and format, and tests compare them as text.
public struct ReviewMinutes: Sendable {
    public var review: Review
    public var attendees: [ReviewAttendee]
    public var entries: [ReviewEntry]
    public var actionItems: [ReviewActionItem]
    public var figures: ReviewFigures
    public var language: Language

    public init(review: Review, attendees: [ReviewAttendee], entries: [ReviewEntry],
                actionItems: [ReviewActionItem], figures: ReviewFigures, language: Language) {
        self.review = review
        self.attendees = attendees
        self.entries = entries
        self.actionItems = actionItems
        self.figures = figures
        self.language = language
    }

    public func render(_ format: MinutesFormat) -> String {
        format.render(blocks())
    }

    public func blocks() -> [MinutesBlock] {
        var blocks: [MinutesBlock] = [.title(say(Phrase.Review.minutesTitle(clean(review.title))))]
        let scope = figures.scopeName.map(clean) ?? say(Phrase.Review.wholeOrganisation)
        let people = attendees.map { attendee in
            clean(attendee.name) + (attendee.role.map { " (\(clean($0)))" } ?? "")
        }
        blocks.append(.bullets([
            say(Phrase.Review.body) + ": " + scope
                + (figures.scopeUnitID.map { " [\(clean($0))]" } ?? ""),
            say(Phrase.Review.heldOn) + ": " + review.heldOn.text(language),
            say(Phrase.Review.chair) + ": " + (review.chair.map(clean) ?? say(Phrase.Review.notRecorded)),
            say(Phrase.Review.attendees) + ": "
                + (people.isEmpty ? say(Phrase.Review.notRecorded) : people.joined(separator: ", ")),
        ]))
        let asOf = Day.parse(figures.asOf)?.text(language) ?? figures.asOf
        blocks.append(.paragraph(say(review.state == .closed ? Phrase.Review.figuresFrozen(asOf)
                                                             : Phrase.Review.figuresLive(asOf))))
        for section in ReviewSection.allCases {
            blocks.append(.heading(section.clause + " " + section.title(language)))
            blocks += figureBlocks(section)
            let notes = entries.filter { $0.section == section && $0.kind == .note }.map { clean($0.text) }
            let decisions = entries.filter { $0.section == section && $0.kind == .decision }.map { clean($0.text) }
            if !notes.isEmpty {
                blocks.append(.paragraph(say(Phrase.Review.notes) + ":"))
                blocks.append(.bullets(notes))
            }
            if !decisions.isEmpty {
                blocks.append(.paragraph(say(Phrase.Review.decisions) + ":"))
                blocks.append(.bullets(decisions))
            }
        }
        blocks.append(.heading(say(Phrase.Review.allDecisions)))
        let decisions = entries.filter { $0.kind == .decision }.map { clean($0.text) }
        blocks.append(decisions.isEmpty ? .paragraph(say(Phrase.Review.none)) : .bullets(decisions))
        blocks.append(.heading(say(Phrase.Review.actionItems)))
        if actionItems.isEmpty {
            blocks.append(.paragraph(say(Phrase.Review.none)))
        } else {
            blocks.append(.table(
                header: [say(Phrase.Review.id), say(Phrase.Review.title), say(Phrase.Review.unit), say(Phrase.Review.due)],
                rows: actionItems.map { item in
                    [ReviewActionItem.actionID(reviewID: review.id, itemID: item.id), clean(item.text),
                     item.unitID.map(clean) ?? "", item.dueOn?.text(language) ?? ""]
                }))
        }
        return blocks
    }

    /// The live (or frozen) figures each agenda section needs: in the minutes, and on
    /// the section's page in review mode, so both always show the same numbers.
    func figureBlocks(_ section: ReviewSection) -> [MinutesBlock] {
        switch section {
        case .previousActions:
            guard !figures.previousItems.isEmpty else { return [.paragraph(say(Phrase.Review.none))] }
            return [.table(
                header: [say(Phrase.Review.id), say(Phrase.Review.decidedOn), say(Phrase.Review.title),
                         say(Phrase.Review.unit), say(Phrase.Review.due), say(Phrase.Review.status)],
                rows: figures.previousItems.map { item in
                    [item.id, dayText(item.reviewOn), clean(item.text), item.unitID.map(clean) ?? "",
                     item.dueOn.map(dayText) ?? "", item.status.map(actionStatus) ?? say(Phrase.Review.notSyncedBack)]
                })]
        case .satisfaction:
            return [indicatorTable([.servicesOnlinePct])]
        case .objectives:
            let counts = figures.objectiveCounts
            var blocks: [MinutesBlock] = [.paragraph(say(Phrase.Review.objectivesSummary(
                met: counts["met"] ?? 0, atRisk: counts["at_risk"] ?? 0,
                offTrack: counts["off_track"] ?? 0, noData: counts["no_data"] ?? 0)))]
            if !figures.objectives.isEmpty {
                blocks.append(.table(
                    header: [say(Phrase.Review.id), say(Phrase.Review.title), say(Phrase.Review.value),
                             say(Phrase.Review.target), say(Phrase.Review.status)],
                    rows: figures.objectives.map { objective in
                        let unit = objective.measure == "%" ? "%" : " " + clean(objective.measure)
                        let mark = objective.direction == Direction.lower.rawValue ? "≤ " : ""
                        return [objective.id, clean(objective.title),
                                objective.value.flatMap { number($0) }.map { $0 + unit } ?? say(Phrase.Review.noData),
                                mark + (number(objective.target) ?? "?") + unit,
                                ObjectiveStatus(rawValue: objective.status)?.label(language) ?? objective.status]
                    }))
                // The ones the committee has to decide on, in words: those that cannot be
                // met any more or run off pace (figures frozen before pace was kept have none).
                let lines = figures.objectives.compactMap { objective -> String? in
                    guard let pace = objective.pace, let required = pace.required,
                          pace.isUnreachable || pace.isOffPace, let verdict = paceWord(pace) else { return nil }
                    return say(Phrase.Review.paceLine(
                        id: objective.id, required: (number(required) ?? "?") + "%",
                        lower: objective.direction == Direction.lower.rawValue,
                        recent: pace.recent.flatMap { number($0) }.map { $0 + "%" }, verdict: verdict))
                }
                if !lines.isEmpty { blocks.append(.bullets(lines)) }
            }
            return blocks
        case .processPerformance:
            return [indicatorTable([.docsOnTimePct, .proceduresReviewedPct, .docsInElectronicPct, .docsOutElectronicPct])]
        case .nonconformities:
            var blocks: [MinutesBlock] = [
                .paragraph(say(Phrase.Review.actionsSummary(open: figures.openActions, overdue: figures.overdueActions,
                                                            closed: figures.closedActions, onTime: figures.closedOnTime))),
                .paragraph(say(Phrase.Review.findingsSummary(
                    major: figures.findingsByGrade["major"] ?? 0, minor: figures.findingsByGrade["minor"] ?? 0,
                    observation: figures.findingsByGrade["observation"] ?? 0,
                    improvement: figures.findingsByGrade["improvement"] ?? 0))),
            ]
            if let closing = figures.closing {
                blocks.insert(.paragraph(say(Phrase.Review.closingSummary(
                    median: closing.medianDays.flatMap { number($0) }, p90: closing.p90Days.flatMap { number($0) },
                    closed: closing.closed, year: figures.year))), at: 1)
            }
            if !figures.worstOverdue.isEmpty {
                blocks.append(.table(
                    header: [say(Phrase.Review.id), say(Phrase.Review.title), say(Phrase.Review.unit),
                             say(Phrase.Review.due), say(Phrase.Review.daysOverdue)],
                    rows: figures.worstOverdue.map { action in
                        [action.id, clean(action.title), clean(action.unitID), dayText(action.dueOn), String(action.daysOverdue)]
                    }))
            }
            if let dueSoon = figures.dueSoon, let within = figures.dueWithin {
                blocks.append(.paragraph(say(Phrase.Review.dueSoonSummary(figures.dueSoonCount ?? dueSoon.count,
                                                                          within: within))))
                if !dueSoon.isEmpty {
                    blocks.append(.table(
                        header: [say(Phrase.Review.id), say(Phrase.Review.title), say(Phrase.Review.unit),
                                 say(Phrase.Review.due), say(Phrase.Review.daysLeft)],
                        rows: dueSoon.map { action in
                            [action.id, clean(action.title), clean(action.unitID), dayText(action.dueOn),
                             String(action.daysLeft)]
                        }))
                }
            }
            return blocks
        case .monitoring:
            return [indicatorTable(Indicator.allCases)]
        case .auditResults:
            guard !figures.audits.isEmpty else { return [.paragraph(say(Phrase.Review.none))] }
            return [.table(
                header: [say(Phrase.Review.id), say(Phrase.Review.title), say(Phrase.Review.kind),
                         say(Phrase.Review.dates), say(Phrase.Review.status), say(Phrase.Review.findings)],
                rows: figures.audits.map { audit in
                    [audit.id, clean(audit.title), AuditKind(rawValue: audit.kind)?.label(language) ?? audit.kind,
                     dayText(audit.startsOn) + (audit.endsOn.map { "–" + dayText($0) } ?? ""),
                     AuditStatus(rawValue: audit.status)?.label(language) ?? audit.status,
                     "\(audit.major)/\(audit.minor)/\(audit.observation)/\(audit.improvement)"]
                })]
        case .improvement:
            guard !figures.improvements.isEmpty else { return [] }
            return [.bullets(figures.improvements.map { "\($0.id) (\(say(Phrase.Review.audit)) \($0.auditID)): \(clean($0.description))" })]
        case .contextChanges, .externalProviders, .resources, .risks, .outputs:
            return []
        }
    }

    private func indicatorTable(_ indicators: [Indicator]) -> MinutesBlock {
        .table(
            header: [say(Phrase.Review.indicator), say(Phrase.Review.value), say(Phrase.Review.counted)],
            rows: indicators.map { indicator in
                let figure = figures.indicators.first { $0.indicator == indicator.rawValue }
                let value = figure?.value.flatMap { number($0) }.map { $0 + "%" } ?? say(Phrase.Review.noData)
                let counted = figure.map { "\(Int($0.numerator))/\(Int($0.denominator))" } ?? ""
                return [indicator.name(language), value, counted]
            })
    }

    private func say(_ phrase: Phrase) -> String { phrase.text(language) }

    /// The pace in a word or two when the committee must act on it; nil otherwise.
    private func paceWord(_ pace: ObjectivePace) -> Phrase? {
        if pace.isUnreachable { return Phrase.Review.cannotBeMet }
        if pace.isOffPace { return Phrase.Review.offPace }
        return nil
    }

    private func clean(_ text: String) -> String { TextSanitizer().sanitize(text) }

    private func dayText(_ text: String) -> String { Day.parse(text)?.text(language) ?? clean(text) }

    private func number(_ value: Double) -> String? {
        StatusJSON.decimal(value, separator: language == .vi ? "," : ".")
    }

    private func actionStatus(_ raw: String) -> String {
        ActionStatus(rawValue: raw)?.label(language) ?? clean(raw)
    }
}
