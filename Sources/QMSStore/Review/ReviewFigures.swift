import QMSDomain

/// The figures a management review looks at, section by section, as of one day.
///
/// Plain values only (strings, numbers, days as text), and `Codable`: when a
/// review is closed its figures are kept as JSON in the store, so its minutes
/// print the same numbers next year, whatever later syncs change.
public struct ReviewFigures: Codable, Hashable, Sendable {
    /// How many of the worst overdue and of the nearest due-soon actions the agenda lists.
    public static let listedActions = 20

    /// An indicator of EXPORT-FORMAT §5 over the review's scope, year to date.
    public struct IndicatorFigure: Codable, Hashable, Sendable {
        public var indicator: String
        public var numerator: Double
        public var denominator: Double
        /// Percent; nil when nothing was counted.
        public var value: Double?
    }

    public struct ObjectiveFigure: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var unitID: String?
        public var value: Double?
        public var target: Double
        public var measure: String
        public var direction: String
        public var status: String
        /// Whether it can still be met and whether it is on pace (`ObjectivePace`);
        /// nil in figures frozen before pace was kept.
        public var pace: ObjectivePace?
    }

    public struct AuditFigure: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var kind: String
        public var status: String
        public var startsOn: String
        public var endsOn: String?
        public var major: Int
        public var minor: Int
        public var observation: Int
        public var improvement: Int
    }

    public struct ActionFigure: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var unitID: String
        public var dueOn: String
        public var daysOverdue: Int
    }

    /// An action falling due soon (`DueSoonRule`) on the review's day.
    public struct DueSoonFigure: Codable, Hashable, Sendable {
        public var id: String
        public var title: String
        public var unitID: String
        public var dueOn: String
        /// Days from the review's day to `dueOn`; 0: due that day.
        public var daysLeft: Int
    }

    public struct ImprovementFigure: Codable, Hashable, Sendable {
        public var id: String
        public var auditID: String
        public var description: String
    }

    /// An action item decided at an earlier review, and what became of it: once
    /// exported with `review export --actions` and synced back, it is an action
    /// with the same id and its status is known.
    public struct PreviousItemFigure: Codable, Hashable, Sendable {
        public var id: String
        public var reviewOn: String
        public var text: String
        public var unitID: String?
        public var dueOn: String?
        /// The synced action's status (`open`, `done`…); nil when not synced back yet.
        public var status: String?
    }

    public var asOf: String
    public var year: Int
    public var scopeUnitID: String?
    public var scopeName: String?
    public var indicators: [IndicatorFigure]
    public var objectives: [ObjectiveFigure]
    public var objectiveCounts: [String: Int]
    public var openActions: Int
    public var overdueActions: Int
    /// Actions closed (done or verified) with `closed_on` in the year, and those on time.
    public var closedActions: Int
    public var closedOnTime: Int
    /// The most overdue actions, at most 20.
    public var worstOverdue: [ActionFigure]
    /// Findings raised in the year, by grade (contract words).
    public var findingsByGrade: [String: Int]
    /// Audits of the year: open ones and those closed.
    public var audits: [AuditFigure]
    public var improvements: [ImprovementFigure]
    public var previousItems: [PreviousItemFigure]
    /// N of the due-soon rule; nil in figures frozen before it was kept.
    public var dueWithin: Int?
    /// The actions due soon, nearest first, at most 20; nil in figures frozen before.
    public var dueSoon: [DueSoonFigure]?
    /// How many actions fall due soon, all of them (`dueSoon` lists at most 20).
    public var dueSoonCount: Int?
    /// Days to close of the actions closed in the year; nil in figures frozen before.
    public var closing: ClosingTimes?
}
