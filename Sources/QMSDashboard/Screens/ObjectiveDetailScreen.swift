import QMSDomain
import QMSStore
import TermUI

/// One objective, opened from the Objectives or Overview screen: its target, margin,
/// owner and due date, the value and where it comes from, the status rule spelled out,
/// and the month-by-month trend (or the reported measurements) as a chart.
struct ObjectiveDetailScreen {
    var objectiveID: String

    func render(in area: Rect, buffer: inout Buffer, state: inout DashboardState, data: DashboardData,
                context: RenderContext) throws {
        guard let trend = try data.trend(objectiveID: objectiveID) else {
            MessagePanel(title: context.text(.objectiveDetail) + " " + objectiveID, message: context.text(.objectiveGone),
                         style: Style(.muted)).render(in: area, buffer: &buffer)
            return
        }
        let progress = trend.current
        let points = trend.points.map { point in
            TrendChart.Point(label: Self.label(point.period, context: context), value: point.value,
                             detail: Self.detail(point, context: context))
        }
        let infoWidth = max(10, area.width - 2)
        let lines = Self.facts(progress, width: infoWidth, buffer: buffer, context: context)
        let chartWanted = max(3, points.count + 2)
        let infoHeight = max(4, min(lines.count + 2, area.height - min(chartWanted, max(4, area.height / 3))))
        let parts = Layout.vertical([.length(infoHeight), .fill(1)]).split(area)

        ScrollingText(list: .objectiveDetail, title: progress.objective.id + " " + progress.objective.title, lines: lines)
            .render(in: parts[0], buffer: &buffer, state: &state, context: context)

        let chartPanel = Panel(title: context.text(.trend) + " " + String(progress.objective.year))
        chartPanel.render(in: parts[1], buffer: &buffer)
        let inner = chartPanel.inner(parts[1]).inset(horizontal: 1)
        if points.isEmpty {
            Paragraph([Line(context.text(progress.objective.indicator == nil ? .noMeasurements
                                         : progress.objective.indicator == .servicesOnlinePct ? .snapshotIndicator : .noTrend),
                            style: Style(.muted))]).render(in: inner, buffer: &buffer)
        } else {
            TrendChart(points: points, objective: progress.objective).render(in: inner, buffer: &buffer, context: context)
        }
    }

    /// A period named within its year (the year is in the chart's title): `Mar`,
    /// `Tháng 3`, `Q2`, `Quý 2`.
    static func label(_ period: Period, context: RenderContext) -> String {
        let text = period.text(context.language)
        switch (period.granularity, context.language) {
        case (.month, .en), (.quarter, .en), (.half, .en):
            return String(text.split(separator: " ").first ?? Substring(text))
        case (.month, .vi):
            return "Tháng \(period.index)"
        case (.quarter, .vi):
            return "Quý \(period.index)"
        case (.half, .vi):
            return period.index == 1 ? "6T đầu" : "6T cuối"
        case (.year, _):
            return text
        }
    }

    /// `176/200`, a ratio's parts, when the point has them.
    static func detail(_ point: TrendPoint, context: RenderContext) -> String {
        guard let numerator = point.numerator, let denominator = point.denominator else { return "" }
        return context.number(numerator) + "/" + context.number(denominator)
    }

    /// The objective's facts as label/value lines, wrapped to `width`.
    static func facts(_ progress: ObjectiveProgress, width: Int, buffer: Buffer, context: RenderContext) -> [Line] {
        let objective = progress.objective
        let labelWidth = min(18, max(8, width / 5))
        let valueWidth = max(10, width - labelWidth - 2)
        var lines: [Line] = []
        func add(_ label: Phrase.Dashboard, _ spans: [Span]) {
            let text = spans.map(\.text).joined()
            let wrapped = TextFit.wrap(buffer.prepare(text), toWidth: valueWidth)
            let head = Span(" " + TextFit.fit(buffer.prepare(context.text(label)), toWidth: labelWidth,
                                              ellipsis: buffer.symbols.ellipsis), style: Style(.header, .bold))
            if wrapped.count <= 1 {
                lines.append(Line([head, Span(" ")] + spans))
                return
            }
            let style = spans.first?.style ?? .plain
            for (index, part) in wrapped.enumerated() {
                lines.append(Line([index == 0 ? head : Span(String(repeating: " ", count: labelWidth + 1)),
                                   Span(" " + part, style: style)]))
            }
        }
        add(.status, [Span(context.status(progress.status), style: context.style(of: progress.status))])
        var value = progress.value.map { context.measured($0, measure: objective.measure) } ?? context.text(.noDataShort)
        if let numerator = progress.numerator, let denominator = progress.denominator {
            value += " (" + context.text(Phrase.Dashboard.ratio(context.number(numerator), of: context.number(denominator))) + ")"
        }
        if let period = progress.period {
            value += context.separator + context.text(Phrase.Dashboard.latestPeriod(period.text(context.language)))
        } else if objective.indicator != nil {
            let months = Phrase.Dashboard.months(from: Period.month(of: Day.startOfYear(context.asOf.year)),
                                                 to: Period.month(of: context.asOf))
            value += context.separator + context.text(Phrase.Dashboard.yearToDate(context.text(months)))
        }
        add(.value, [Span(value, style: progress.value == nil ? Style(.noData) : Style(.text, .bold))])
        add(.statusRule, [Span(rule(progress, context: context))])
        if let text = pace(progress, context: context) {
            let pace = progress.pace
            let style = pace.isUnreachable ? Style(.offTrack, .bold) : (pace.isOffPace ? Style(.atRisk) : Style(.text))
            add(.pace, [Span(text, style: style)])
        }
        add(.target, [Span(context.target(of: objective) + context.separator + context.text(.margin).lowercased() + " "
                           + context.measured(objective.effectiveMargin, measure: objective.measure) + context.separator
                           + context.text(objective.direction == .higher ? .higherIsBetter : .lowerIsBetter))])
        add(.unit, [Span(progress.unitName ?? context.text(.wholeOrganisation))])
        if let owner = objective.owner { add(.owner, [Span(owner)]) }
        add(.due, [Span(context.day(objective.effectiveDueOn))])
        if let indicator = objective.indicator {
            add(.indicator, [Span(indicator.name(context.language))])
        } else {
            add(.indicator, [Span(context.text(.measuredByReports), style: Style(.muted))])
        }
        return lines
    }

    /// The objective's pace in words (`ObjectivePace`): what the days left before
    /// its due day need against what the last three months reached, and whether it
    /// can still be met; nil when nothing can be said (no ratio indicator, no data,
    /// past the due day).
    static func pace(_ progress: ObjectiveProgress, context: RenderContext) -> String? {
        let pace = progress.pace
        let objective = progress.objective
        guard let indicator = objective.indicator else { return nil }
        if let required = pace.required {
            let days = objective.effectiveDueOn.days(since: context.asOf)
            var what = indicator.name(context.language)
            if let first = what.first { what = first.lowercased() + what.dropFirst() }
            var text = context.text(Phrase.Dashboard.paceNeeds(
                days: days, required: context.measured(required, measure: "%"), lower: objective.direction == .lower,
                what: what, recent: pace.recent.map { context.measured($0, measure: "%") }))
            if let verdict = Phrase.Dashboard.paceVerdict(unreachable: pace.isUnreachable, onPace: pace.onPace) {
                text += " " + context.text(verdict)
            }
            return text
        }
        if let reachable = pace.reachable {
            return context.text(Phrase.Dashboard.paceDueToday(met: reachable))
        }
        return nil
    }

    /// The status table of EXPORT-FORMAT §6 applied to this value, in words.
    static func rule(_ progress: ObjectiveProgress, context: RenderContext) -> String {
        let objective = progress.objective
        guard let number = progress.value else { return context.text(.noValueRule) }
        let value = context.measured(number, measure: objective.measure)
        let target = context.measured(objective.target, measure: objective.measure)
        let margin = context.measured(objective.effectiveMargin, measure: objective.measure)
        let higher = objective.direction == .higher
        let boundValue = higher ? objective.target - objective.effectiveMargin : objective.target + objective.effectiveMargin
        let bound = context.measured(boundValue, measure: objective.measure)
        switch progress.status {
        case .met:
            return context.text(Phrase.Dashboard.ruleMet(value: value, comparison: higher ? context.greaterOrEqual : context.lessOrEqual,
                                                         target: target))
        case .atRisk:
            return context.text(Phrase.Dashboard.ruleAtRisk(value: value, comparison: higher ? context.greaterOrEqual : context.lessOrEqual,
                                                            target: target, bound: bound, margin: margin))
        case .offTrack:
            return context.text(Phrase.Dashboard.ruleOffTrack(value: value, comparison: higher ? "<" : ">",
                                                              target: target, bound: bound, margin: margin))
        case .noData:
            return context.text(.noValueRule)
        }
    }
}
