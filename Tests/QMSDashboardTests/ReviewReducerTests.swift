import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import TermUI
import Testing

/// What the chair's keys do in review mode, without a store or a terminal: the requests
/// the reducer makes and how the store's answers come back on screen.
@Suite struct ReviewReducerTests {
    static let heldOn = Day(year: 2026, month: 11, day: 25)!

    static var content: ReviewContent {
        let json = """
            {"asOf":"2026-11-25","year":2026,"indicators":[],"objectives":[],"objectiveCounts":{},"openActions":0,
             "overdueActions":0,"closedActions":0,"closedOnTime":0,"worstOverdue":[],"findingsByGrade":{},"audits":[],
             "improvements":[],"previousItems":[]}
            """
        let figures = try! JSONDecoder().decode(ReviewFigures.self, from: Data(json.utf8))
        let review = Review(id: 7, heldOn: heldOn, title: "Quý IV", chair: nil, scopeUnitID: nil, state: .open,
                            createdAt: Date(timeIntervalSince1970: 0), closedAt: nil, frozenSnapshot: nil)
        return ReviewContent(review: review, attendees: [ReviewAttendee(name: "Trần B", role: "Thư ký ISO")],
                             entries: [], actionItems: [], figures: figures)
    }

    /// `keys` from `state`; the request of the last key that made one.
    private func press(_ keys: [Key], from state: ReviewState = ReviewState()) -> (ReviewState, ReviewRequest?) {
        var state = state
        var request: ReviewRequest?
        for key in keys {
            let result = ReviewReducer.reduce(state, key, content: Self.content)
            state = result.state
            if let made = result.request { request = made }
        }
        return (state, request)
    }

    private func typing(_ text: String) -> [Key] { text.map { Key.char($0) } }

    @Test func arrowsPagesAndDigitsMoveThroughTheAgenda() {
        #expect(press([.right]).0.section == .contextChanges)
        #expect(press([.left]).0.section == .previousActions, "no section before the first")
        #expect(press([.char("4")]).0.section == .objectives)
        #expect(press([.char("0")]).0.section == .resources, "0 is the tenth section, d)")
        #expect(press([.end]).0.section == .outputs)
        #expect(press([.end, .pageDown]).0.section == .outputs, "no section after the last")
        #expect(press([.end, .pageUp]).0.section == .improvement)
    }

    @Test func movingToAnotherSectionStartsItsFiguresAtTheTop() {
        let scrolled = press([.char("6"), .down, .down]).0
        #expect(scrolled.scroll == 2)
        #expect(press([.right], from: scrolled).0.scroll == 0)
    }

    @Test func aDecisionIsTypedAndSavedOnTheCurrentSection() {
        let (state, request) = press([.char("6"), .char("d")] + typing("Bổ sung kinh phí") + [.enter])
        #expect(request == .record(.decision(.nonconformities, "Bổ sung kinh phí")))
        #expect(state.prompt?.field == .decision, "the field stays until the store answers")
        let saved = ReviewReducer.resolve(state, .recorded(.decision(.nonconformities, "Bổ sung kinh phí")))
        #expect(saved.prompt == nil)
        #expect(saved.message == Phrase.ReviewMode.decisionSaved)
    }

    @Test func keysInsideTheFieldAreTextNotCommands() {
        let (state, request) = press([.char("n")] + typing("q d 4"))
        #expect(request == nil)
        #expect(state.quit == false)
        #expect(state.section == .previousActions)
        #expect(state.prompt?.editor.text == "q d 4")
    }

    @Test func escapeDropsTheLineAndAnEmptyLineIsNotSaved() {
        let (cancelled, none) = press([.char("n")] + typing("nháp") + [.escape])
        #expect(none == nil)
        #expect(cancelled.prompt == nil)
        #expect(cancelled.quit == false, "Esc in a field does not quit")
        let (empty, nothing) = press([.char("d"), .char(" "), .enter])
        #expect(nothing == nil)
        #expect(empty.prompt?.problem == Phrase.ReviewMode.emptyText)
    }

    @Test func anActionItemAsksForTextOwnerAndDueDate() {
        var (state, request) = press([.char("a")] + typing("Rà soát quy trình") + [.enter])
        #expect(request == nil)
        #expect(state.prompt?.field == .actionOwner)
        (state, request) = press(typing("NOPE") + [.enter], from: state)
        #expect(request == .checkOwner("NOPE"))
        state = ReviewReducer.resolve(state, .ownerUnknown("NOPE"))
        #expect(state.prompt?.field == .actionOwner, "an unknown unit is asked again")
        #expect(state.prompt?.problem == Phrase.ReviewMode.unknownUnit("NOPE"))
        #expect(state.prompt?.editor.text == "NOPE", "the text stays to be corrected")

        (state, request) = press([.ctrl("u")] + typing("VP") + [.enter], from: state)
        #expect(request == .checkOwner("VP"))
        state = ReviewReducer.resolve(state, .ownerFound("VP"))
        #expect(state.prompt?.field == .actionDue)

        (state, request) = press(typing("2026-13-01") + [.enter], from: state)
        #expect(request == nil)
        #expect(state.prompt?.problem == Phrase.ReviewMode.notADate("2026-13-01"))
        (state, request) = press([.ctrl("u")] + typing("2026-11-01") + [.enter], from: state)
        #expect(request == nil)
        #expect(state.prompt?.problem == Phrase.ReviewMode.dueBeforeReview(Self.heldOn))

        (state, request) = press([.ctrl("u")] + typing("2026-12-31") + [.enter], from: state)
        let item = ReviewRequest.Recording.actionItem(text: "Rà soát quy trình", ownerUnitID: "VP",
                                                      due: Day(year: 2026, month: 12, day: 31)!)
        #expect(request == .record(item))
        let failed = ReviewReducer.resolve(state, .failed(Phrase.ReviewMode.notSaved("the store is busy")))
        #expect(failed.prompt?.field == .actionDue, "a failed save keeps the line")
        #expect(ReviewReducer.resolve(state, .recorded(item)).message == Phrase.ReviewMode.actionItemSaved)
    }

    @Test func attendeesOpenOnTheCurrentListAndSaveTheEditedOne() {
        let (opened, _) = press([.char("t")])
        #expect(opened.prompt?.editor.text == "Trần B (Thư ký ISO)")
        let (_, request) = press(typing("; Lê C") + [.enter], from: opened)
        #expect(request == .record(.attendees([ReviewAttendee(name: "Trần B", role: "Thư ký ISO"),
                                               ReviewAttendee(name: "Lê C")])))
    }

    @Test func qEscapeAndControlCQuit() {
        #expect(press([.char("q")]).0.quit)
        #expect(press([.escape]).0.quit)
        #expect(press([.char("d"), .ctrl("c")]).0.quit, "Ctrl-C quits even while typing")
    }

    @Test func aSaveMessageLastsUntilTheNextKey() {
        var state = ReviewState()
        state.message = Phrase.ReviewMode.noteSaved
        #expect(press([.right], from: state).0.message == nil)
    }
}
