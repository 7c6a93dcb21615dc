import QMSDomain

/// Everything review mode remembers between key presses, as one value.
///
/// Keys change it through `ReviewReducer` (pure); what the store holds (figures, notes,
/// decisions) lives in `ReviewContent`, so a save made from another terminal shows up
/// without touching the state.
public struct ReviewState: Hashable, Sendable {
    /// The agenda section on screen.
    public var section: ReviewSection
    /// Rows of the section's figures scrolled past (↑/↓); the view keeps it in range.
    public var scroll: Int
    /// The field being typed in, if any.
    public var prompt: ReviewPrompt?
    /// What the last save did ("Decision saved."), shown until the next key.
    public var message: Phrase?
    /// Set by `q`, Esc and Ctrl-C: the run loop stops.
    public var quit: Bool

    public init(section: ReviewSection = .previousActions) {
        self.section = section
        scroll = 0
        prompt = nil
        message = nil
        quit = false
    }

    /// 0-based position of the current section in the agenda.
    public var sectionIndex: Int { ReviewSection.allCases.firstIndex(of: section) ?? 0 }
}
