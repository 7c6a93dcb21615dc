import QMSDomain

/// The one-line field at the bottom of the review screen while the chair types.
///
/// An action item is asked for in three steps (text, owner unit, due date); the answers
/// already given ride along so Esc at any step drops the whole item and nothing half
/// made reaches the store.
public struct ReviewPrompt: Hashable, Sendable {
    public enum Field: Hashable, Sendable {
        case note
        case decision
        case attendees
        case actionText
        case actionOwner
        case actionDue
    }

    public var field: Field
    public var editor: LineEditor
    /// The action item's text, once given.
    public var actionText: String?
    /// The action item's owner unit, once found in the store.
    public var actionOwner: String?
    /// Why the last Enter saved nothing; shown on the same line, cleared by the next key.
    public var problem: Phrase?

    public init(_ field: Field, editor: LineEditor = LineEditor(), actionText: String? = nil, actionOwner: String? = nil) {
        self.field = field
        self.editor = editor
        self.actionText = actionText
        self.actionOwner = actionOwner
        problem = nil
    }
}
