import Foundation
import QMSDashboard
import QMSDomain
import QMSStore

/// `isodash review`: the management review meeting and its minutes.
///
/// `review list`, `review close [ID]` and `review export [ID]` work anywhere;
/// recording the meeting itself happens on the review screens of the dashboard.
struct ReviewCommand: Command {
    static let name = "review"
    static let abstract = "Management reviews (ISO 9001 clause 9.3): list, close, and export the minutes."
    static let usage = "isodash review list | close [ID] | export [ID] [--format md|txt] [--actions] [--out FILE]"
    static let discussion = """
        'list' shows the reviews, newest first. 'close' closes a review (default: the latest \
        open one) and freezes its figures, so its minutes never change after a later sync. \
        'export' prints the minutes (biên bản): the header, each agenda section of clause 9.3.2 \
        with its figures as of the review day and the notes recorded, the decisions and the \
        action items; --actions instead writes the action items as an actions CSV of the sync \
        contract, to load into the e-ISO system.
        """
    static let options: [OptionSpec] = [
        OptionSpec("format", .value(placeholder: "md|txt"), help: "Minutes as Markdown (default) or plain text."),
        OptionSpec("actions", .flag, help: "Export the action items as an actions CSV instead of the minutes."),
        OptionSpec("out", .value(placeholder: "FILE"), help: "Write to FILE (replaced atomically) instead of stdout."),
    ]
    static let positionalRange = 1...2

    enum Action: String, CaseIterable {
        case list, close, export
    }

    let action: Action
    let reviewID: Int64?
    let format: MinutesFormat
    let exportsActions: Bool
    let outPath: String?

    init(arguments: ParsedArguments, context: CommandContext) throws {
        let word = arguments.positionals[0]
        guard let action = Action(rawValue: word) else {
            var message = "unknown review command '\(word)'; expected list, close or export"
            if let guess = ParsedArguments.closest(to: word, among: Action.allCases.map(\.rawValue)) {
                message = "unknown review command '\(word)'; did you mean '\(guess)'?"
            }
            throw UsageError(command: Self.name, message: message)
        }
        self.action = action
        if arguments.positionals.count > 1 {
            let text = arguments.positionals[1]
            guard action != .list, let id = Int64(text), id > 0 else {
                throw UsageError(command: Self.name, message: action == .list
                    ? "'review list' takes no argument"
                    : "'\(text)' is not a review id; expected a number from 'isodash review list'")
            }
            reviewID = id
        } else {
            reviewID = nil
        }
        if let text = arguments.value("format") {
            guard let format = MinutesFormat(rawValue: text.lowercased()) else {
                throw UsageError(command: Self.name, message: "'--format \(text)' is not a format; expected 'md' or 'txt'")
            }
            self.format = format
        } else {
            format = .markdown
        }
        exportsActions = arguments.has("actions")
        outPath = arguments.value("out")
    }

    func run(_ context: CommandContext) throws -> Int32 {
        switch action {
        case .list: return try list(context)
        case .close: return try close(context)
        case .export: return try export(context)
        }
    }

    private func list(_ context: CommandContext) throws -> Int32 {
        let store = try open(context, mode: .readOnly)
        defer { store.close() }
        let reviews = try storeCall { () throws(StoreError) in try store.reviews() }
        if reviews.isEmpty {
            context.standardOutput.line(context.global.language == .vi
                ? "Chưa có cuộc họp xem xét nào; mở bảng điều khiển và chọn Xem xét để bắt đầu."
                : "No reviews yet; open the dashboard and choose Review to start one.")
            return 0
        }
        for review in reviews {
            let state = review.state == .open ? (context.global.language == .vi ? "đang họp" : "open")
                                              : (context.global.language == .vi ? "đã kết thúc" : "closed")
            let scope = review.scopeUnitID ?? "-"
            context.standardOutput.line("\(review.id)\t\(review.heldOn)\t\(state)\t\(scope)\t\(review.title)")
        }
        return 0
    }

    private func close(_ context: CommandContext) throws -> Int32 {
        let store = try open(context, mode: .readWrite)
        defer { store.close() }
        let review = try target(store)
        guard review.state == .open else {
            throw CommandFailure(StoreError.reviewClosed(review.id).description)
        }
        let figures = try storeCall { () throws(StoreError) in
            try store.reviewFigures(scope: UnitScope(rootID: review.scopeUnitID), asOf: review.heldOn, reviewID: review.id)
        }
        let snapshot = String(decoding: try JSONEncoder.sorted.encode(figures), as: UTF8.self)
        try storeCall { () throws(StoreError) in try store.closeReview(id: review.id, snapshot: snapshot, now: Date()) }
        context.standardOutput.line(context.global.language == .vi
            ? "Đã kết thúc cuộc họp \(review.id) (\(review.heldOn)); số liệu của biên bản đã được cố định."
            : "Closed review \(review.id) (\(review.heldOn)); the figures of its minutes are now frozen.")
        return 0
    }

    private func export(_ context: CommandContext) throws -> Int32 {
        let store = try open(context, mode: .readOnly)
        defer { store.close() }
        let review = try target(store)
        let items = try storeCall { () throws(StoreError) in try store.reviewActionItems(reviewID: review.id) }
        let text: String
        if exportsActions {
            text = ReviewActionsCSV.render(review: review, items: items)
        } else {
            let figures: ReviewFigures
            if review.state == .closed, let frozen = review.frozenSnapshot {
                do {
                    figures = try JSONDecoder().decode(ReviewFigures.self, from: Data(frozen.utf8))
                } catch {
                    throw CommandFailure("the frozen figures of review \(review.id) cannot be read (\(error)); "
                        + "the store was changed outside isodash")
                }
            } else {
                figures = try storeCall { () throws(StoreError) in
                    try store.reviewFigures(scope: UnitScope(rootID: review.scopeUnitID), asOf: review.heldOn,
                                            reviewID: review.id)
                }
            }
            let minutes = ReviewMinutes(
                review: review,
                attendees: try storeCall { () throws(StoreError) in try store.reviewAttendees(reviewID: review.id) },
                entries: try storeCall { () throws(StoreError) in try store.reviewEntries(reviewID: review.id) },
                actionItems: items, figures: figures, language: context.global.language)
            text = minutes.render(format)
        }
        if let outPath {
            try AtomicFile.write(text, to: outPath)
        } else {
            context.standardOutput.write(text)
        }
        return 0
    }

    /// The review named on the command line, else the latest open one (for
    /// `close`) or the latest of all (for `export`).
    private func target(_ store: Store) throws -> Review {
        if let reviewID {
            guard let review = try storeCall({ () throws(StoreError) in try store.review(id: reviewID) }) else {
                throw CommandFailure(StoreError.unknownReview(reviewID).description)
            }
            return review
        }
        let found = try storeCall { () throws(StoreError) -> Review? in
            action == .close ? try store.latestOpenReview() : try store.reviews(limit: 1).first
        }
        guard let found else {
            throw CommandFailure(action == .close
                ? "there is no open review to close; 'isodash review list' shows the reviews"
                : "there is no review yet; hold one in the dashboard first")
        }
        return found
    }

    private func open(_ context: CommandContext, mode: Store.Mode) throws -> Store {
        do {
            return try Store.open(path: context.storePath, mode: mode)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    private func storeCall<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

extension JSONEncoder {
    /// Keys in a fixed order, so the same figures always freeze to the same text.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
