import Foundation
import QMSDomain
import Testing
@testable import QMSStore

/// What the chair types during a management review, as the store keeps it.
@Suite struct ReviewStoreTests {
    let morning = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func reviewOfTheDayIsResumedNotDuplicated() throws {
        try withStore { store in
            let first = try store.openReview(on: day("2026-11-25"), scopeUnitID: nil, title: "Xem xét của lãnh đạo Q4",
                                             chair: "Nguyễn Văn A", now: morning)
            let again = try store.openReview(on: day("2026-11-25"), scopeUnitID: nil, title: "other", chair: nil,
                                             now: morning.addingTimeInterval(3600))
            #expect(again.id == first.id)
            #expect(again.title == "Xem xét của lãnh đạo Q4")
            // Another scope or another day is another review.
            try store.upsert(UnitRecord(id: "VP", name: "Văn phòng"))
            let scoped = try store.openReview(on: day("2026-11-25"), scopeUnitID: "VP", title: "VP", chair: nil, now: morning)
            let nextDay = try store.openReview(on: day("2026-11-26"), scopeUnitID: nil, title: "T", chair: nil, now: morning)
            #expect(Set([first.id, scoped.id, nextDay.id]).count == 3)
            #expect(try store.reviews().map(\.heldOn.description) == ["2026-11-26", "2026-11-25", "2026-11-25"])
        }
    }

    @Test func entriesComeBackInAgendaOrderAsTypedInNFC() throws {
        try withStore { store in
            let review = try store.openReview(on: day("2026-11-25"), scopeUnitID: nil, title: "R", chair: nil, now: morning)
            try store.addReviewEntry(reviewID: review.id, section: .outputs, kind: .decision,
                                     text: "  Bổ sung nhân lực  ", now: morning)
            try store.addReviewEntry(reviewID: review.id, section: .previousActions, kind: .note,
                                     text: "Hoa\u{300}n tha\u{300}nh 3/4", now: morning)   // NFD
            try store.addReviewEntry(reviewID: review.id, section: .outputs, kind: .decision, text: "Sửa quy trình", now: morning)
            let entries = try store.reviewEntries(reviewID: review.id)
            #expect(entries.map(\.section) == [.previousActions, .outputs, .outputs])
            #expect(entries.map(\.text) == ["Hoàn thành 3/4", "Bổ sung nhân lực", "Sửa quy trình"])
            #expect(entries[0].text.unicodeScalars.count == "Hoàn thành 3/4".precomposedStringWithCanonicalMapping.unicodeScalars.count)
            #expect(throws: StoreError.self) {
                try store.addReviewEntry(reviewID: review.id, section: .risks, kind: .note, text: "   ", now: morning)
            }
        }
    }

    @Test func actionItemsNeedAKnownUnitAndAttendeesKeepTheirOrder() throws {
        try withStore { store in
            try store.upsert(UnitRecord(id: "VP", name: "Văn phòng"))
            let review = try store.openReview(on: day("2026-11-25"), scopeUnitID: nil, title: "R", chair: nil, now: morning)
            try store.addReviewActionItem(reviewID: review.id, text: "Rà soát quy trình tiếp nhận hồ sơ", unitID: "VP",
                                          dueOn: day("2026-12-31"), now: morning)
            let unknown = #expect(throws: StoreError.self) {
                try store.addReviewActionItem(reviewID: review.id, text: "x", unitID: "NOPE", dueOn: day("2026-12-31"), now: morning)
            }
            #expect(unknown?.description.contains("'NOPE'") == true)
            let early = #expect(throws: StoreError.self) {
                try store.addReviewActionItem(reviewID: review.id, text: "x", unitID: "VP", dueOn: day("2026-11-24"), now: morning)
            }
            #expect(early?.description.contains("before the review") == true)
            let items = try store.reviewActionItems(reviewID: review.id)
            #expect(items.map(\.unitID) == ["VP"])
            #expect(items.first?.dueOn == day("2026-12-31"))

            try store.setReviewAttendees(reviewID: review.id, [ReviewAttendee(name: "Trần B", role: "Thư ký ISO"),
                                                               ReviewAttendee(name: "Lê C")])
            try store.setReviewAttendees(reviewID: review.id, [ReviewAttendee(name: "Lê C"), ReviewAttendee(name: "Trần B")])
            #expect(try store.reviewAttendees(reviewID: review.id).map(\.name) == ["Lê C", "Trần B"])
        }
    }

    @Test func aClosedReviewKeepsItsSnapshotAndTakesNothingMore() throws {
        try withStore { store in
            let review = try store.openReview(on: day("2026-11-25"), scopeUnitID: nil, title: "R", chair: nil, now: morning)
            try store.closeReview(id: review.id, snapshot: "{\"met\":3}", now: morning.addingTimeInterval(7200))
            let closed = try #require(try store.review(id: review.id))
            #expect(closed.state == .closed)
            #expect(closed.frozenSnapshot == "{\"met\":3}")
            #expect(closed.closedAt == morning.addingTimeInterval(7200))
            let refused = #expect(throws: StoreError.self) {
                try store.addReviewEntry(reviewID: review.id, section: .risks, kind: .note, text: "late", now: morning)
            }
            #expect(refused?.description.contains("closed") == true)
            #expect(throws: StoreError.self) { try store.closeReview(id: review.id, snapshot: "{}", now: morning) }
            // The day's review is closed: opening again starts a new one.
            let next = try store.openReview(on: day("2026-11-25"), scopeUnitID: nil, title: "R2", chair: nil, now: morning)
            #expect(next.id != review.id)
            #expect(try store.latestOpenReview()?.id == next.id)
        }
    }
}
