import QMSDomain
import QMSStore
import TermUI

/// A figure the committee should see from the back of the room: drawn in large digits
/// on the section's page, with a short label under it.
struct ReviewHeadline: Hashable, Sendable {
    /// Digits and `%`, `/`, `,`, `.` only: what `BigText` can draw.
    var value: String
    var label: String
    var role: StyleRole

    /// At most three headline figures of `section` (none for the sections that are only
    /// discussed: context, providers, resources, risks).
    static func of(_ section: ReviewSection, content: ReviewContent, context: RenderContext) -> [ReviewHeadline] {
        let figures = content.figures
        func say(_ phrase: Phrase) -> String { context.text(phrase) }
        func percent(_ indicator: Indicator) -> String? {
            figures.indicators.first { $0.indicator == indicator.rawValue }?.value.map { context.number($0) + "%" }
        }
        switch section {
        case .previousActions:
            let items = figures.previousItems
            guard !items.isEmpty else { return [] }
            let done = items.filter { $0.status == ActionStatus.done.rawValue || $0.status == ActionStatus.verified.rawValue }
            return [ReviewHeadline(value: "\(done.count)/\(items.count)", label: say(Phrase.ReviewMode.previousDone),
                                   role: .bigNumber)]
        case .satisfaction:
            return percent(.servicesOnlinePct).map {
                [ReviewHeadline(value: $0, label: say(Phrase.ReviewMode.onlineShare), role: .bigNumber)]
            } ?? []
        case .objectives:
            let counts = figures.objectiveCounts
            let met = counts[ObjectiveStatus.met.rawValue] ?? 0
            let offTrack = counts[ObjectiveStatus.offTrack.rawValue] ?? 0
            return [
                ReviewHeadline(value: "\(met)/\(figures.objectives.count)", label: say(Phrase.ReviewMode.objectivesMet),
                               role: .met),
                ReviewHeadline(value: "\(offTrack)", label: say(Phrase.ReviewMode.offTrack),
                               role: offTrack > 0 ? .offTrack : .bigNumber),
            ]
        case .processPerformance:
            var headlines: [ReviewHeadline] = []
            if let onTime = percent(.docsOnTimePct) {
                headlines.append(ReviewHeadline(value: onTime, label: say(Phrase.ReviewMode.docsOnTime), role: .bigNumber))
            }
            if let reviewed = percent(.proceduresReviewedPct) {
                headlines.append(ReviewHeadline(value: reviewed, label: say(Phrase.ReviewMode.proceduresReviewed),
                                                role: .bigNumber))
            }
            return headlines
        case .nonconformities:
            let grades = figures.findingsByGrade
            let nonconformities = (grades[FindingGrade.major.rawValue] ?? 0) + (grades[FindingGrade.minor.rawValue] ?? 0)
            return [
                ReviewHeadline(value: "\(figures.openActions)", label: say(Phrase.ReviewMode.openActions), role: .bigNumber),
                ReviewHeadline(value: "\(figures.overdueActions)", label: say(Phrase.ReviewMode.overdueActions),
                               role: figures.overdueActions > 0 ? .error : .bigNumber),
                ReviewHeadline(value: "\(nonconformities)", label: say(Phrase.ReviewMode.nonconformities),
                               role: .bigNumber),
            ]
        case .monitoring:
            return percent(.docsOnTimePct).map {
                [ReviewHeadline(value: $0, label: say(Phrase.ReviewMode.docsOnTime), role: .bigNumber)]
            } ?? []
        case .auditResults:
            let nonconformities = figures.audits.reduce(0) { $0 + $1.major + $1.minor }
            return [
                ReviewHeadline(value: "\(figures.audits.count)", label: say(Phrase.ReviewMode.auditsHeld), role: .bigNumber),
                ReviewHeadline(value: "\(nonconformities)", label: say(Phrase.ReviewMode.nonconformities),
                               role: nonconformities > 0 ? .warning : .bigNumber),
            ]
        case .improvement:
            return [ReviewHeadline(value: "\(figures.improvements.count)", label: say(Phrase.ReviewMode.improvements),
                                   role: .bigNumber)]
        case .outputs:
            let decisions = content.entries.filter { $0.kind == .decision }.count
            return [
                ReviewHeadline(value: "\(decisions)", label: say(Phrase.ReviewMode.decisionsTaken), role: .bigNumber),
                ReviewHeadline(value: "\(content.actionItems.count)", label: say(Phrase.ReviewMode.actionItemsGiven),
                               role: .bigNumber),
            ]
        case .contextChanges, .externalProviders, .resources, .risks:
            return []
        }
    }
}
