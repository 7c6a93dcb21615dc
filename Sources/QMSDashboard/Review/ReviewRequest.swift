import QMSDomain
import QMSStore

/// What the reducer asks of the store after a key: the only side effects of review mode.
/// `ReviewSession` carries them out and answers with a `ReviewResponse`.
public enum ReviewRequest: Hashable, Sendable {
    /// Whether the owner unit typed for an action item exists.
    case checkOwner(String)
    /// One line of the meeting to save, in its own transaction.
    case record(Recording)

    public enum Recording: Hashable, Sendable {
        case note(ReviewSection, String)
        case decision(ReviewSection, String)
        case attendees([ReviewAttendee])
        case actionItem(text: String, ownerUnitID: String, due: Day)
    }
}

/// What the store said to a `ReviewRequest`.
public enum ReviewResponse: Hashable, Sendable {
    case ownerFound(String)
    case ownerUnknown(String)
    case recorded(ReviewRequest.Recording)
    /// Nothing was saved, for this reason (shown on the prompt line, which stays open).
    case failed(Phrase)
}
