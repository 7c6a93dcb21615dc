import Foundation
import QMSDomain

/// Management reviews: the only data a person types into isodash.
///
/// Every change is its own small write transaction, so a crash in the middle of
/// a meeting loses at most the line being typed, and a sync running at the same
/// time simply waits its turn (busy timeout) — syncs never touch these tables.
/// Times are passed in: nothing here reads the clock.
extension Store {
    private static let reviewColumns =
        "id, held_on, title, chair, scope_unit_id, state, created_at, closed_at, frozen_snapshot"

    /// The open review held on `day` for `scopeUnitID`, or a new one: running
    /// `isodash review` twice on a meeting day resumes the same review.
    public func openReview(on day: Day, scopeUnitID: String?, title: String, chair: String?,
                           now: Date) throws(StoreError) -> Review {
        try writeTransaction { () throws(StoreError) -> Review in
            if let existing = try findOpenReview(on: day, scopeUnitID: scopeUnitID) {
                return existing
            }
            let id = try sqlite { () throws(SQLiteError) -> Int64 in
                let insert = try connection.prepare("""
                    INSERT INTO reviews (held_on, title, chair, scope_unit_id, state, created_at)
                    VALUES (?1, ?2, ?3, ?4, 'open', ?5)
                    """)
                try insert.bind(day, at: 1)
                try insert.bind(title, at: 2)
                try insert.bind(chair, at: 3)
                try insert.bind(scopeUnitID, at: 4)
                try insert.bind(SyncLog.timestamp(now), at: 5)
                try insert.run()
                return connection.lastInsertRowID
            }
            guard let review = try review(id: id) else { throw .unknownReview(id) }
            return review
        }
    }

    /// The review with `id`, if any.
    public func review(id: Int64) throws(StoreError) -> Review? {
        try fetchReviews("SELECT \(Self.reviewColumns) FROM reviews WHERE id = :review", Self.parameters(id)).first
    }

    /// Reviews, newest meeting first.
    public func reviews(limit: Int = 100) throws(StoreError) -> [Review] {
        try fetchReviews("SELECT \(Self.reviewColumns) FROM reviews ORDER BY held_on DESC, id DESC LIMIT :limit",
                         NamedParameters().with(":limit", limit))
    }

    /// The most recent review that is still open, for commands given no id.
    public func latestOpenReview() throws(StoreError) -> Review? {
        try fetchReviews("SELECT \(Self.reviewColumns) FROM reviews WHERE state = 'open' ORDER BY held_on DESC, id DESC LIMIT 1")
            .first
    }

    /// Records a note or a decision on a section of an open review.
    @discardableResult
    public func addReviewEntry(reviewID: Int64, section: ReviewSection, kind: ReviewEntry.Kind, text: String,
                               now: Date) throws(StoreError) -> ReviewEntry {
        let text = try Self.reviewText(text)
        return try writeTransaction { () throws(StoreError) -> ReviewEntry in
            try requireOpen(reviewID)
            let id = try sqlite { () throws(SQLiteError) -> Int64 in
                let insert = try connection.prepare("""
                    INSERT INTO review_entries (review_id, section, kind, text, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                    """)
                try insert.bind(reviewID, at: 1)
                try insert.bind(section.rawValue, at: 2)
                try insert.bind(kind.rawValue, at: 3)
                try insert.bind(text, at: 4)
                try insert.bind(SyncLog.timestamp(now), at: 5)
                try insert.run()
                return connection.lastInsertRowID
            }
            return ReviewEntry(id: id, section: section, kind: kind, text: text, createdAt: now)
        }
    }

    /// Records an action item. Like an `actions` row of the sync contract it needs
    /// an owner unit that exists and a due date not before the review, so that
    /// `review export --actions` always writes a file `sync` accepts.
    @discardableResult
    public func addReviewActionItem(reviewID: Int64, text: String, unitID: String, dueOn: Day,
                                    now: Date) throws(StoreError) -> ReviewActionItem {
        let text = try Self.reviewText(text)
        return try writeTransaction { () throws(StoreError) -> ReviewActionItem in
            try requireOpen(reviewID)
            if try fetch(UnitRecord.self, key: unitID) == nil {
                throw .unknownUnit(unitID)
            }
            if let review = try review(id: reviewID), dueOn < review.heldOn {
                throw .dueBeforeReview(dueOn: dueOn, heldOn: review.heldOn)
            }
            let id = try sqlite { () throws(SQLiteError) -> Int64 in
                let insert = try connection.prepare("""
                    INSERT INTO review_action_items (review_id, text, unit_id, due_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                    """)
                try insert.bind(reviewID, at: 1)
                try insert.bind(text, at: 2)
                try insert.bind(unitID, at: 3)
                try insert.bind(dueOn, at: 4)
                try insert.bind(SyncLog.timestamp(now), at: 5)
                try insert.run()
                return connection.lastInsertRowID
            }
            return ReviewActionItem(id: id, text: text, unitID: unitID, dueOn: dueOn, createdAt: now)
        }
    }

    /// Replaces the attendance list of an open review.
    public func setReviewAttendees(reviewID: Int64, _ attendees: [ReviewAttendee]) throws(StoreError) {
        try writeTransaction { () throws(StoreError) in
            try requireOpen(reviewID)
            try sqlite { () throws(SQLiteError) in
                let clear = try connection.prepare("DELETE FROM review_attendees WHERE review_id = ?1")
                try clear.bind(reviewID, at: 1)
                try clear.run()
                let insert = try connection.prepare(
                    "INSERT INTO review_attendees (review_id, position, name, role) VALUES (?1, ?2, ?3, ?4)")
                for (position, attendee) in attendees.enumerated() {
                    insert.reset()
                    try insert.bind(reviewID, at: 1)
                    try insert.bind(position, at: 2)
                    try insert.bind(attendee.name, at: 3)
                    try insert.bind(attendee.role, at: 4)
                    try insert.run()
                }
            }
        }
    }

    /// Sets the chair of an open review.
    public func setReviewChair(reviewID: Int64, chair: String?) throws(StoreError) {
        try writeTransaction { () throws(StoreError) in
            try requireOpen(reviewID)
            try sqlite { () throws(SQLiteError) in
                let update = try connection.prepare("UPDATE reviews SET chair = ?2 WHERE id = ?1")
                try update.bind(reviewID, at: 1)
                try update.bind(chair, at: 2)
                try update.run()
            }
        }
    }

    /// Closes a review, keeping `snapshot` (the figures as they stand now) so the
    /// minutes read the same after any later sync. Closing twice is an error.
    public func closeReview(id: Int64, snapshot: String, now: Date) throws(StoreError) {
        try writeTransaction { () throws(StoreError) in
            try requireOpen(id)
            try sqlite { () throws(SQLiteError) in
                let update = try connection.prepare(
                    "UPDATE reviews SET state = 'closed', closed_at = ?2, frozen_snapshot = ?3 WHERE id = ?1")
                try update.bind(id, at: 1)
                try update.bind(SyncLog.timestamp(now), at: 2)
                try update.bind(snapshot, at: 3)
                try update.run()
            }
        }
    }

    public func reviewAttendees(reviewID: Int64) throws(StoreError) -> [ReviewAttendee] {
        var attendees: [ReviewAttendee] = []
        try forEachRow("SELECT name, role FROM review_attendees WHERE review_id = :review ORDER BY position",
                       Self.parameters(reviewID), table: "review_attendees") { (row) throws(StoreError) in
            attendees.append(ReviewAttendee(name: try row.string(0), role: row.optionalString(1)))
        }
        return attendees
    }

    /// Notes and decisions of a review in agenda order, then in the order typed.
    public func reviewEntries(reviewID: Int64) throws(StoreError) -> [ReviewEntry] {
        var entries: [ReviewEntry] = []
        try forEachRow("""
            SELECT id, section, kind, text, created_at FROM review_entries WHERE review_id = :review ORDER BY id
            """, Self.parameters(reviewID), table: "review_entries") { (row) throws(StoreError) in
            entries.append(ReviewEntry(id: row.statement.int64(at: 0) ?? 0, section: try row.word(1), kind: try row.word(2),
                                       text: try row.string(3), createdAt: Self.time(row.optionalString(4))))
        }
        let order = Dictionary(uniqueKeysWithValues: ReviewSection.allCases.enumerated().map { ($1, $0) })
        return entries.enumerated()
            .sorted { (order[$0.element.section]!, $0.offset) < (order[$1.element.section]!, $1.offset) }
            .map(\.element)
    }

    public func reviewActionItems(reviewID: Int64) throws(StoreError) -> [ReviewActionItem] {
        var items: [ReviewActionItem] = []
        try forEachRow("""
            SELECT id, text, unit_id, due_on, created_at FROM review_action_items WHERE review_id = :review ORDER BY id
            """, Self.parameters(reviewID), table: "review_action_items") { (row) throws(StoreError) in
            items.append(ReviewActionItem(id: row.statement.int64(at: 0) ?? 0, text: try row.string(1),
                                          unitID: row.optionalString(2), dueOn: try row.optionalDay(3),
                                          createdAt: Self.time(row.optionalString(4))))
        }
        return items
    }

    // MARK: Helpers

    private func findOpenReview(on day: Day, scopeUnitID: String?) throws(StoreError) -> Review? {
        var parameters = NamedParameters().with(":day", day)
        if let scopeUnitID { parameters.set(":scope", scopeUnitID) }
        return try fetchReviews("""
            SELECT \(Self.reviewColumns) FROM reviews
            WHERE held_on = :day AND scope_unit_id \(scopeUnitID == nil ? "IS NULL" : "= :scope") AND state = 'open'
            ORDER BY id DESC LIMIT 1
            """, parameters).first
    }

    private func requireOpen(_ id: Int64) throws(StoreError) {
        guard let review = try review(id: id) else { throw .unknownReview(id) }
        guard review.state == .open else { throw .reviewClosed(id) }
    }

    /// Text typed in a meeting: trimmed, NFC, not empty.
    private static func reviewText(_ text: String) throws(StoreError) -> String {
        let clean = TextMatching.nfc(text).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !clean.isEmpty else { throw .emptyReviewText }
        return clean
    }

    private func fetchReviews(_ sql: String, _ parameters: NamedParameters = NamedParameters()) throws(StoreError) -> [Review] {
        var reviews: [Review] = []
        try forEachRow(sql, parameters, table: "reviews") { (row) throws(StoreError) in
            reviews.append(Review(id: row.statement.int64(at: 0) ?? 0, heldOn: try row.day(1), title: try row.string(2),
                                  chair: row.optionalString(3), scopeUnitID: row.optionalString(4),
                                  state: try row.word(5), createdAt: Self.time(row.optionalString(6)),
                                  closedAt: row.optionalString(7).flatMap(SyncLog.date),
                                  frozenSnapshot: row.optionalString(8)))
        }
        return reviews
    }

    /// `:review` bound to `id`.
    private static func parameters(_ id: Int64) -> NamedParameters {
        NamedParameters().with(":review", Int(id))
    }

    /// A stored timestamp; the epoch for one that cannot be read (written by isodash, so never in practice).
    private static func time(_ text: String?) -> Date {
        text.flatMap(SyncLog.date) ?? Date(timeIntervalSince1970: 0)
    }
}
