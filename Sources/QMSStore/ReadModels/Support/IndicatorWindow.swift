import QMSDomain

/// The stretch of time an indicator is computed over, and the day it is seen from.
///
/// Year to date for an objective's status (1 January to the as-of day), one month
/// for a trend point. Documents count by the month of their date (from
/// `firstDay`'s month to `lastDay`'s, whole months); actions by `due_on` between
/// `firstDay` and `lastDay`; procedures by a review within 365 days before
/// `lastDay`. What happened after `asOf` is not known yet: a document settles,
/// and an action closes or falls overdue, only on or before it.
struct IndicatorWindow: Hashable, Sendable {
    let firstDay: Day
    /// The period's end, never after `asOf`.
    let lastDay: Day
    let asOf: Day

    /// `period` as seen on `asOf`; cut short at `asOf`.
    init(period: Period, asOf: Day) {
        firstDay = period.start
        lastDay = min(period.end, asOf)
        self.asOf = asOf
    }

    /// `firstDay` … `lastDay` (cut short at `asOf`) as seen on `asOf`: the three
    /// complete months before the as-of day for an objective's pace.
    init(firstDay: Day, lastDay: Day, asOf: Day) {
        self.firstDay = firstDay
        self.lastDay = min(lastDay, asOf)
        self.asOf = asOf
    }

    /// The last three complete months before `asOf` (`ObjectivePace.recentMonths`).
    static func recentMonths(asOf: Day) -> IndicatorWindow {
        let months = ObjectivePace.recentMonths(before: asOf)
        return IndicatorWindow(firstDay: months.lowerBound, lastDay: months.upperBound, asOf: asOf)
    }

    /// The objective's year up to `asOf`.
    static func yearToDate(_ year: Int, asOf: Day) -> IndicatorWindow {
        IndicatorWindow(period: .year(year), asOf: asOf)
    }

    /// More than a quarter: a year to date rather than a trend's point or the
    /// last three months of a pace. Reading every month summary in key order pays
    /// off only when most of them are wanted.
    var spansMonths: Bool {
        let (firstYear, firstMonth, _) = firstDay.components
        let (lastYear, lastMonth, _) = lastDay.components
        return (lastYear - firstYear) * 12 + lastMonth - firstMonth >= 3
    }

    /// Nothing of the period has happened yet on `asOf`.
    var isEmpty: Bool { lastDay < firstDay }

    /// The named parameters the indicator SQL uses.
    var parameters: NamedParameters {
        var parameters = NamedParameters()
        parameters.set(":from_month", firstDay.monthKey)
        parameters.set(":to_month", lastDay.monthKey)
        parameters.set(":first_day", firstDay)
        parameters.set(":last_day", lastDay)
        parameters.set(":as_of", asOf)
        parameters.set(":review_from", lastDay.adding(days: -ProcedureRecord.reviewWindowDays))
        return parameters
    }
}
