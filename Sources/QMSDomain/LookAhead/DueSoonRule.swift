/// Which actions fall due soon: what the committee should expect before its next
/// meeting, as opposed to what is already late.
///
/// An action is due soon on day D when it is `open` or `in_progress` and
/// D ≤ `due_on` ≤ D + N. Due today is due soon, not overdue (overdue starts the
/// day after `due_on`, EXPORT-FORMAT §4), so the two never overlap.
public struct DueSoonRule: Hashable, Sendable {
    /// N when nothing else is asked for: two weeks, about the time between two
    /// meetings of a working group.
    public static let defaultDays = 14
    /// The values `--due-within` and the config's `due_within` accept: a day to a year.
    public static let allowedDays: ClosedRange<Int> = 0...365

    /// N, the days after D still counted as "soon" (0: due today only).
    public let days: Int

    /// A rule looking `days` ahead; values outside `allowedDays` are clamped to it
    /// (callers validate user input first and report it, see `parse`).
    public init(days: Int = DueSoonRule.defaultDays) {
        self.days = min(max(days, Self.allowedDays.lowerBound), Self.allowedDays.upperBound)
    }

    /// The rule for a `--due-within` or `due_within` value: a whole number 0…365
    /// written in ASCII digits, else nil.
    public static func parse(_ text: String) -> DueSoonRule? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 3, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = Int(trimmed), allowedDays.contains(value) else { return nil }
        return DueSoonRule(days: value)
    }

    /// The due days that count on `day`: `day` … `day + days`.
    public func window(on day: Day) -> ClosedRange<Day> {
        day...day.adding(days: days)
    }

    /// Whether an action of `status`, due on `dueOn`, is due soon on `day`.
    public func isDueSoon(status: ActionStatus, dueOn: Day, on day: Day) -> Bool {
        status.isPending && window(on: day).contains(dueOn)
    }

    /// Whether `action` is due soon on `day`.
    public func isDueSoon(_ action: ActionRecord, on day: Day) -> Bool {
        isDueSoon(status: action.status, dueOn: action.dueOn, on: day)
    }

    /// Days from `day` to `dueOn`: 0 for due today.
    public static func daysLeft(dueOn: Day, on day: Day) -> Int {
        dueOn.days(since: day)
    }
}
