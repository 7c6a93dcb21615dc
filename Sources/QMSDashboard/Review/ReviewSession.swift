import Foundation
import QMSDomain
import QMSStore

/// Review mode's link to the store: reads what the screen shows and carries out the
/// reducer's requests, each save in its own small transaction (a crash in the meeting
/// loses at most the line being typed).
///
/// The store must be open read-write. Figures are read once when the session starts
/// (the meeting discusses one set of numbers) and again by `refreshFigures()`; the
/// recorded lines are read again after every save, so the screen shows them at once.
public final class ReviewSession {
    public let store: Store
    public private(set) var content: ReviewContent
    /// The store's data version when last read: another process's commit changes it.
    private var version: Int?

    /// N of the due-soon rule the live figures use (`DueSoonRule`).
    public let dueWithin: Int

    public init(store: Store, review: Review, dueWithin: Int = DueSoonRule.defaultDays) throws(StoreError) {
        self.store = store
        self.dueWithin = dueWithin
        content = ReviewContent(review: review, attendees: [], entries: [], actionItems: [],
                                figures: try Self.figures(of: review, in: store, dueWithin: dueWithin))
        try reloadRecorded()
        version = try? store.dataVersion()
    }

    /// Reads everything again when another process committed since the last look: a
    /// sync that landed during the meeting, or a secretary recording from a second
    /// terminal with `isodash review note`. Returns whether anything was read.
    @discardableResult
    public func refreshIfChanged() -> Bool {
        guard let current = try? store.dataVersion(), current != version else { return false }
        version = current
        do {
            try reloadRecorded()
            try refreshFigures()
        } catch {
            return false
        }
        return true
    }

    /// Reads the figures of the agenda again.
    public func refreshFigures() throws(StoreError) {
        content.figures = try Self.figures(of: content.review, in: store, dueWithin: dueWithin)
    }

    /// Does what `request` asks; a failure becomes a `.failed` answer the chair can act on.
    public func perform(_ request: ReviewRequest, now: Date) -> ReviewResponse {
        let reviewID = content.review.id
        do {
            switch request {
            case .checkOwner(let id):
                return try store.fetch(UnitRecord.self, key: id) == nil ? .ownerUnknown(id) : .ownerFound(id)
            case .record(let recording):
                switch recording {
                case .note(let section, let text):
                    try store.addReviewEntry(reviewID: reviewID, section: section, kind: .note, text: text, now: now)
                case .decision(let section, let text):
                    try store.addReviewEntry(reviewID: reviewID, section: section, kind: .decision, text: text, now: now)
                case .attendees(let attendees):
                    try store.setReviewAttendees(reviewID: reviewID, attendees)
                case .actionItem(let text, let owner, let due):
                    try store.addReviewActionItem(reviewID: reviewID, text: text, unitID: owner, dueOn: due, now: now)
                }
                try reloadRecorded()
                return .recorded(recording)
            }
        } catch {
            return .failed(Self.phrase(for: error))
        }
    }

    /// Notes, decisions, action items and attendees as the store holds them now.
    public func reloadRecorded() throws(StoreError) {
        let id = content.review.id
        if let review = try store.review(id: id) { content.review = review }
        content.attendees = try store.reviewAttendees(reviewID: id)
        content.entries = try store.reviewEntries(reviewID: id)
        content.actionItems = try store.reviewActionItems(reviewID: id)
    }

    /// Frozen figures for a closed review, live ones for an open review.
    static func figures(of review: Review, in store: Store,
                        dueWithin: Int = DueSoonRule.defaultDays) throws(StoreError) -> ReviewFigures {
        if review.state == .closed, let frozen = review.frozenSnapshot,
           let figures = try? JSONDecoder().decode(ReviewFigures.self, from: Data(frozen.utf8)) {
            return figures
        }
        return try store.reviewFigures(scope: UnitScope(rootID: review.scopeUnitID), asOf: review.heldOn,
                                       reviewID: review.id, dueWithin: dueWithin)
    }

    private static func phrase(for error: StoreError) -> Phrase {
        switch error {
        case .unknownUnit(let id): return Phrase.ReviewMode.unknownUnit(id)
        case .dueBeforeReview(_, let heldOn): return Phrase.ReviewMode.dueBeforeReview(heldOn)
        case .emptyReviewText: return Phrase.ReviewMode.emptyText
        default:
            let reason = error.description
            return Phrase.ReviewMode.notSaved(reason)
        }
    }
}
