import QMSDomain
import QMSStore

/// What the review screen shows from the store: the review, who attends, what was
/// recorded, and the figures of its agenda. Read again after every save.
public struct ReviewContent: Hashable, Sendable {
    public var review: Review
    public var attendees: [ReviewAttendee]
    public var entries: [ReviewEntry]
    public var actionItems: [ReviewActionItem]
    public var figures: ReviewFigures

    public init(review: Review, attendees: [ReviewAttendee], entries: [ReviewEntry],
                actionItems: [ReviewActionItem], figures: ReviewFigures) {
        self.review = review
        self.attendees = attendees
        self.entries = entries
        self.actionItems = actionItems
        self.figures = figures
    }

    /// The notes and decisions of `section`, in the order typed.
    public func entries(in section: ReviewSection) -> [ReviewEntry] {
        entries.filter { $0.section == section }
    }
}
