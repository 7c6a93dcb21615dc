import QMSDomain
import QMSStore
import TermUI

/// What each key does in review mode: a pure function of (state, key, what is on screen).
///
/// Saving is not done here: a key that completes a line returns a `ReviewRequest`, the
/// caller has the store carry it out, and `resolve` folds the answer back in. So every
/// step, the failures included, is tested without a store or a terminal.
///
/// Keys outside a field: ←/→, PgUp/PgDn, Tab/Shift-Tab the previous or next section;
/// digits 1–9 the first nine sections and 0 the tenth; Home/End the first and last;
/// ↑/↓ (k/j) scroll the figures; `d` decision, `n` note, `a` action item, `t`
/// attendees; `q`, Esc and Ctrl-C quit. Inside a field, the keys edit (`LineEditor`),
/// Enter saves or goes on to the next question, Esc drops the line.
public enum ReviewReducer {
    public static func reduce(_ state: ReviewState, _ key: Key,
                              content: ReviewContent) -> (state: ReviewState, request: ReviewRequest?) {
        var state = state
        if key == .ctrl("c") {
            state.quit = true
            return (state, nil)
        }
        if state.prompt != nil { return edit(state, key, content: content) }
        state.message = nil
        let sections = ReviewSection.allCases
        func go(_ index: Int) {
            let target = min(max(0, index), sections.count - 1)
            if sections[target] != state.section {
                state.section = sections[target]
                state.scroll = 0
            }
        }
        switch key {
        case .right, .pageDown, .tab, .char("l"), .char(" "):
            go(state.sectionIndex + 1)
        case .left, .pageUp, .backTab, .char("h"):
            go(state.sectionIndex - 1)
        case .home, .char("g"):
            go(0)
        case .end, .char("G"):
            go(sections.count - 1)
        case .char(let digit) where digit.isASCII && digit.isNumber:
            let number = Int(String(digit)) ?? 1
            go(number == 0 ? 9 : number - 1)
        case .down, .char("j"):
            state.scroll += 1
        case .up, .char("k"):
            state.scroll = max(0, state.scroll - 1)
        case .char("d"):
            state.prompt = ReviewPrompt(.decision)
        case .char("n"):
            state.prompt = ReviewPrompt(.note)
        case .char("a"):
            state.prompt = ReviewPrompt(.actionText)
        case .char("t"):
            state.prompt = ReviewPrompt(.attendees, editor: LineEditor(ReviewAttendeeList.format(content.attendees)))
        case .char("q"), .escape:
            state.quit = true
        default:
            break
        }
        return (state, nil)
    }

    /// The store's answer to the request `reduce` returned.
    public static func resolve(_ state: ReviewState, _ response: ReviewResponse) -> ReviewState {
        var state = state
        guard var prompt = state.prompt else { return state }
        switch response {
        case .ownerFound(let id):
            state.prompt = ReviewPrompt(.actionDue, actionText: prompt.actionText, actionOwner: id)
        case .ownerUnknown(let id):
            prompt.problem = Phrase.ReviewMode.unknownUnit(id)
            state.prompt = prompt
        case .recorded(let recording):
            state.prompt = nil
            switch recording {
            case .note: state.message = Phrase.ReviewMode.noteSaved
            case .decision: state.message = Phrase.ReviewMode.decisionSaved
            case .attendees: state.message = Phrase.ReviewMode.attendeesSaved
            case .actionItem: state.message = Phrase.ReviewMode.actionItemSaved
            }
        case .failed(let reason):
            prompt.problem = reason
            state.prompt = prompt
        }
        return state
    }

    private static func edit(_ state: ReviewState, _ key: Key,
                             content: ReviewContent) -> (state: ReviewState, request: ReviewRequest?) {
        var state = state
        guard var prompt = state.prompt else { return (state, nil) }
        prompt.problem = nil
        let outcome = prompt.editor.handle(key)
        state.prompt = prompt
        switch outcome {
        case .editing:
            return (state, nil)
        case .cancelled:
            state.prompt = nil
            return (state, nil)
        case .submitted(let raw):
            let text = raw.trimmingCharacters(in: .whitespaces)
            if text.isEmpty && prompt.field != .attendees {
                state.prompt?.problem = Phrase.ReviewMode.emptyText
                return (state, nil)
            }
            switch prompt.field {
            case .note:
                return (state, .record(.note(state.section, text)))
            case .decision:
                return (state, .record(.decision(state.section, text)))
            case .attendees:
                return (state, .record(.attendees(ReviewAttendeeList.parse(text))))
            case .actionText:
                state.prompt = ReviewPrompt(.actionOwner, actionText: text)
                return (state, nil)
            case .actionOwner:
                return (state, .checkOwner(text))
            case .actionDue:
                guard let due = Day.parse(text) else {
                    state.prompt?.problem = Phrase.ReviewMode.notADate(text)
                    return (state, nil)
                }
                let heldOn = content.review.heldOn
                guard due >= heldOn else {
                    state.prompt?.problem = Phrase.ReviewMode.dueBeforeReview(heldOn)
                    return (state, nil)
                }
                guard let actionText = prompt.actionText, let owner = prompt.actionOwner else {
                    state.prompt = ReviewPrompt(.actionText)
                    return (state, nil)
                }
                return (state, .record(.actionItem(text: actionText, ownerUnitID: owner, due: due)))
            }
        }
    }
}
