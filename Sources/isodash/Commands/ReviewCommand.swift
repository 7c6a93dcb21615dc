import Foundation
import QMSDashboard
import QMSDomain
import QMSStore
import QMSSync

/// `isodash review`: the management review meeting and its minutes.
///
/// `review start` opens (or resumes) the day's review; `note`, `decide`, `action`
/// and `attendees` record the meeting line by line, each in its own transaction
/// (a secretary at a second terminal, or a script); `close` freezes it and
/// `export` prints the minutes.
struct ReviewCommand: Command {
    static let name = "review"
    static let abstract = "Management reviews (ISO 9001 clause 9.3): record the meeting, close it, export the minutes."
    static let usage = """
        isodash review [--unit ID] [--chair NAME] [--theme NAME]
               isodash review start [--title T] [--chair NAME] [--unit ID]
               isodash review note|decide SECTION TEXT
               isodash review action TEXT --owner UNIT --due YYYY-MM-DD
               isodash review attendees "NAME (ROLE); NAME ..."
               isodash review list | close [ID] | export [ID] [--format md|txt] [--actions] [--out FILE]
        """
    static let discussion = """
        Alone, 'isodash review' opens review mode in the terminal: the review of the --as-of day \
        (default today) for --unit, opened or resumed, one agenda section per page with its \
        figures. Keys: left/right, PgUp/PgDn or 1-9, 0 move between sections; d records a \
        decision, n a note, a an action item (text, owner unit, due date), t the attendees; \
        Enter saves the line, Esc drops it; q quits.

        'start' opens the review of the --as-of day (default today) for --unit (default the whole \
        organisation), or resumes it if it is already open, and prints its id. 'note' and 'decide' \
        record a note or a decision on an agenda section: a, b, c1 to c7, d, e, f (clause 9.3.2) \
        or out (9.3.3). 'action' records an action item with its owner unit and due date. \
        'attendees' sets who is present. These act on the latest open review, or on --review ID.

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
        OptionSpec("title", .value(placeholder: "T"), help: "Title of a new review (default: 'Management review' and the date)."),
        OptionSpec("chair", .value(placeholder: "NAME"), help: "Who chairs the review."),
        OptionSpec("unit", .value(placeholder: "ID"), help: "Scope of a new review: this unit and those under it."),
        OptionSpec("review", .value(placeholder: "ID"), help: "The review to record in (default: the latest open one)."),
        OptionSpec("owner", .value(placeholder: "UNIT"), help: "Owner unit of an action item."),
        OptionSpec("due", .value(placeholder: "YYYY-MM-DD"), help: "Due date of an action item."),
        OptionSpec("theme", .value(placeholder: "NAME|PATH"), help: "Colour theme of review mode (see 'isodash themes')."),
        OptionSpec("due-within", .value(placeholder: "N"),
                   help: "Actions due within N days (0-365) count as due soon (default: due_within in the config file, else 14)."),
    ]
    static let positionalRange = 0...3

    enum Action: String, CaseIterable {
        case start, note, decide, action, attendees, list, close, export
    }

    /// One line of the meeting, parsed and checked before the store is opened.
    enum Entry {
        case note(ReviewSection, String)
        case decision(ReviewSection, String)
        case actionItem(String, ownerUnit: String, due: Day)
        case attendees([ReviewAttendee])
    }

    /// nil for review mode (`isodash review` alone).
    let action: Action?
    /// `--review ID`, for the recording commands.
    let reviewID: Int64?
    /// The ID after `close` or `export`.
    let reviewIDArgument: Int64?
    /// What `note`, `decide`, `action` or `attendees` records; nil for the other actions.
    let entry: Entry?
    let title: String?
    let chair: String?
    let scopeUnitID: String?
    let format: MinutesFormat
    let exportsActions: Bool
    let outPath: String?
    let themeName: String?
    /// `--due-within N`; nil: the config file's `due_within`, else 14.
    let dueWithinOption: Int?

    init(arguments: ParsedArguments, context: CommandContext) throws {
        title = arguments.value("title")
        chair = arguments.value("chair")
        scopeUnitID = arguments.value("unit")
        themeName = arguments.value("theme")
        dueWithinOption = try StatusCommand.dueWithin(arguments.value("due-within"), command: Self.name)
        exportsActions = arguments.has("actions")
        outPath = arguments.value("out")
        if let text = arguments.value("format") {
            guard let format = MinutesFormat(rawValue: text.lowercased()) else {
                throw UsageError(command: Self.name, message: "'--format \(text)' is not a format; expected 'md' or 'txt'")
            }
            self.format = format
        } else {
            format = .markdown
        }
        guard let word = arguments.positionals.first else {
            action = nil
            reviewID = nil
            reviewIDArgument = nil
            entry = nil
            return
        }
        guard let action = Action(rawValue: word) else {
            var message = "unknown review command '\(word)'; expected list, close or export"
            if let guess = ParsedArguments.closest(to: word, among: Action.allCases.map(\.rawValue)) {
                message = "unknown review command '\(word)'; did you mean '\(guess)'?"
            }
            throw UsageError(command: Self.name, message: message)
        }
        self.action = action
        let rest = Array(arguments.positionals.dropFirst())
        reviewID = try Self.reviewID(arguments.value("review"))
        func expect(_ count: Int, _ shape: String) throws {
            guard rest.count == count else {
                throw UsageError(command: Self.name, message: "'review \(action.rawValue)' takes \(shape)")
            }
        }
        var entry: Entry?
        var target: Int64?
        switch action {
        case .start, .list:
            try expect(0, "no argument")
        case .note, .decide:
            try expect(2, "a section and a text, e.g. 'review note c4 \"Tồn đọng 3 hồ sơ\"'")
            guard let section = ReviewSection(rawValue: rest[0].lowercased()) else {
                throw UsageError(command: Self.name, message: "'\(rest[0])' is not an agenda section; expected one of "
                    + ReviewSection.allCases.map(\.rawValue).joined(separator: ", "))
            }
            entry = action == .note ? .note(section, rest[1]) : .decision(section, rest[1])
        case .action:
            try expect(1, "the action's text")
            guard let owner = arguments.value("owner"), let dueText = arguments.value("due") else {
                throw UsageError(command: Self.name, message: "an action item needs --owner UNIT and --due YYYY-MM-DD")
            }
            guard let due = GlobalOptions.isoDay(dueText) else {
                throw UsageError(command: Self.name, message: "'--due \(dueText)' is not a date; expected YYYY-MM-DD")
            }
            entry = .actionItem(rest[0], ownerUnit: owner, due: due)
        case .attendees:
            try expect(1, "the attendees, separated by ';'")
            entry = .attendees(Self.attendees(rest[0]))
        case .close, .export:
            guard rest.count <= 1 else {
                throw UsageError(command: Self.name, message: "'review \(action.rawValue)' takes at most a review id")
            }
            target = try Self.reviewID(rest.first)
        }
        self.entry = entry
        reviewIDArgument = target
    }

    /// N of the due-soon rule: `--due-within`, else the config file's `due_within`, else 14.
    func dueWithin(_ context: CommandContext) -> Int {
        dueWithinOption ?? DashboardLauncher.loadConfig(context).dueWithin ?? DueSoonRule.defaultDays
    }

    func run(_ context: CommandContext) throws -> Int32 {
        guard let action else {
            return try ReviewLauncher.run(context, unitID: scopeUnitID, title: title, chair: chair, themeName: themeName,
                                          dueWithin: dueWithin(context))
        }
        switch action {
        case .start: return try start(context)
        case .note, .decide, .action, .attendees: return try record(context)
        case .list: return try list(context)
        case .close: return try close(context)
        case .export: return try export(context)
        }
    }

    static func reviewID(_ text: String?) throws -> Int64? {
        guard let text else { return nil }
        guard let id = Int64(text), id > 0 else {
            throw UsageError(command: name, message: "'\(text)' is not a review id; expected a number from 'isodash review list'")
        }
        return id
    }

    private func start(_ context: CommandContext) throws -> Int32 {
        let store = try open(context, mode: .readWrite)
        defer { store.close() }
        let day = context.global.asOf
        if let scopeUnitID, try storeCall({ () throws(StoreError) in try store.fetch(UnitRecord.self, key: scopeUnitID) }) == nil {
            throw CommandFailure(StoreError.unknownUnit(scopeUnitID).description)
        }
        let defaultTitle = Self.defaultTitle(day, context.global.language)
        let review = try storeCall { () throws(StoreError) in
            try store.openReview(on: day, scopeUnitID: scopeUnitID, title: title ?? defaultTitle, chair: chair, now: Date())
        }
        if let chair, review.chair != chair {
            try storeCall { () throws(StoreError) in try store.setReviewChair(reviewID: review.id, chair: chair) }
        }
        context.standardOutput.line("\(review.id)")
        return 0
    }

    private func record(_ context: CommandContext) throws -> Int32 {
        let store = try open(context, mode: .readWrite)
        defer { store.close() }
        let review = try recordingTarget(store)
        let now = Date()
        guard let entry else { return 0 }
        try storeCall { () throws(StoreError) in
            switch entry {
            case .note(let section, let text):
                try store.addReviewEntry(reviewID: review.id, section: section, kind: .note, text: text, now: now)
            case .decision(let section, let text):
                try store.addReviewEntry(reviewID: review.id, section: section, kind: .decision, text: text, now: now)
            case .actionItem(let text, let owner, let due):
                try store.addReviewActionItem(reviewID: review.id, text: text, unitID: owner, dueOn: due, now: now)
            case .attendees(let attendees):
                try store.setReviewAttendees(reviewID: review.id, attendees)
            }
        }
        return 0
    }

    /// `"Trần B (Thư ký ISO); Lê C"` → two attendees, the first with a role.
    static func attendees(_ text: String) -> [ReviewAttendee] {
        ReviewAttendeeList.parse(text)
    }

    /// The title of a review started without `--title`.
    static func defaultTitle(_ day: Day, _ language: Language) -> String {
        language == .vi ? "Họp xem xét của lãnh đạo ngày \(day.text(.vi))" : "Management review of \(day)"
    }

    private func recordingTarget(_ store: Store) throws -> Review {
        if let reviewID {
            guard let review = try storeCall({ () throws(StoreError) in try store.review(id: reviewID) }) else {
                throw CommandFailure(StoreError.unknownReview(reviewID).description)
            }
            return review
        }
        guard let review = try storeCall({ () throws(StoreError) in try store.latestOpenReview() }) else {
            throw CommandFailure("there is no open review; start one with 'isodash review start'")
        }
        return review
    }

    private func list(_ context: CommandContext) throws -> Int32 {
        let store = try open(context, mode: .readOnly)
        defer { store.close() }
        let reviews = try storeCall { () throws(StoreError) in try store.reviews() }
        if reviews.isEmpty {
            context.standardOutput.line(context.global.language == .vi
                ? "Chưa có cuộc họp xem xét nào; bắt đầu bằng 'isodash review start'."
                : "No reviews yet; start one with 'isodash review start'.")
            return 0
        }
        for review in reviews {
            let state = review.state == .open ? (context.global.language == .vi ? "đang họp" : "open")
                                              : (context.global.language == .vi ? "đã kết thúc" : "closed")
            let scope = review.scopeUnitID ?? "-"
            // The title is store text: controls shown, never sent to the terminal.
            let title = QuotedValue.visible(review.title, limit: 200)
            context.standardOutput.line("\(review.id)\t\(review.heldOn)\t\(state)\t\(QuotedValue.visible(scope))\t\(title)")
        }
        return 0
    }

    private func close(_ context: CommandContext) throws -> Int32 {
        let store = try open(context, mode: .readWrite)
        defer { store.close() }
        let review = try target(store)
        let days = dueWithin(context)
        guard review.state == .open else {
            throw CommandFailure(StoreError.reviewClosed(review.id).description)
        }
        let figures = try storeCall { () throws(StoreError) in
            try store.reviewFigures(scope: UnitScope(rootID: review.scopeUnitID), asOf: review.heldOn, reviewID: review.id,
                                    dueWithin: days)
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
                let days = dueWithin(context)
                figures = try storeCall { () throws(StoreError) in
                    try store.reviewFigures(scope: UnitScope(rootID: review.scopeUnitID), asOf: review.heldOn,
                                            reviewID: review.id, dueWithin: days)
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
        if let reviewID = reviewIDArgument ?? reviewID {
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
                : "there is no review yet; start one with 'isodash review start'")
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
