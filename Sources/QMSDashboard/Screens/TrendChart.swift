import QMSDomain
import TermUI

/// An objective's values period by period as horizontal bars, each coloured (and
/// marked) by the status that value alone would have, with the target drawn across all
/// of them, so a committee sees at once when the objective slipped.
///
/// ```
/// 2026-09 ████████████████████▌    ┃     88%  176/200  !
/// 2026-10 ███████████████████████  ┃     91%  182/200  ✓
/// 2026-11 ·                        ┃     n/a
/// ```
/// Missing values show the no-data mark, never an empty bar that reads as zero. When
/// there are more periods than rows, the most recent are shown.
struct TrendChart {
    struct Point {
        var label: String
        var value: Double?
        /// Shown after the value: the numerator and denominator, a note.
        var detail: String
    }

    var points: [Point]
    var objective: ObjectiveRecord

    func render(in area: Rect, buffer: inout Buffer, context: RenderContext) {
        guard !area.isEmpty, !points.isEmpty else { return }
        let shown = Array(points.suffix(area.height))
        let labelWidth = min(12, shown.map { DisplayWidth.of(buffer.prepare($0.label)) }.max() ?? 7)
        let values = shown.map { point in point.value.map { context.shortMeasured($0, measure: objective.measure) } ?? context.text(.noDataShort) }
        let valueWidth = max(6, values.map { DisplayWidth.of(buffer.prepare($0)) }.max() ?? 6)
        let detailWidth = min(max(0, area.width / 3), shown.map { DisplayWidth.of(buffer.prepare($0.detail)) }.max() ?? 0)
        let barX = area.x + labelWidth + 1
        let markWidth = 2
        let barWidth = max(4, area.width - labelWidth - 1 - valueWidth - 1 - (detailWidth > 0 ? detailWidth + 1 : 0) - markWidth - 1)
        let scale = self.scale
        let targetColumn = scale > 0 ? Int((objective.target / scale * Double(barWidth)).rounded()) : nil
        let ellipsis = buffer.symbols.ellipsis
        for (index, point) in shown.enumerated() {
            let y = area.y + index
            buffer.set(TextFit.fit(buffer.prepare(point.label), toWidth: labelWidth, ellipsis: ellipsis),
                       at: Position(x: area.x, y: y), style: Style(.muted), clip: area)
            let status = objective.status(value: point.value)
            let barRect = Rect(x: barX, y: y, width: barWidth, height: 1)
            if let value = point.value {
                ProgressBar(fraction: scale > 0 ? value / scale : 0, fillStyle: Style(context.role(of: status)),
                            trackStyle: .plain)
                    .render(in: barRect, buffer: &buffer)
                // The track reads better blank than dotted under a target marker.
                for x in barRect.x..<barRect.right where buffer[x, y].symbol == buffer.symbols.barTrack {
                    buffer.set(" ", at: Position(x: x, y: y), clip: barRect)
                }
            } else {
                buffer.set(buffer.symbols.noData, at: Position(x: barX, y: y), style: Style(.noData), clip: area)
            }
            // The target crosses every row, over the bars too, so a bar is read against it.
            if let targetColumn, targetColumn >= 0, targetColumn < barWidth {
                buffer.set(context.isUnicode ? "┊" : ":", at: Position(x: barX + targetColumn, y: y),
                           style: Style(.accent, .bold), clip: barRect)
            }
            var x = barRect.right + 1
            buffer.set(TextFit.fit(buffer.prepare(values[index]), toWidth: valueWidth, alignment: .right, ellipsis: ellipsis),
                       at: Position(x: x, y: y), style: point.value == nil ? Style(.noData) : Style(.text, .bold), clip: area)
            x += valueWidth + 1
            if detailWidth > 0 {
                buffer.set(TextFit.fit(buffer.prepare(point.detail), toWidth: detailWidth, ellipsis: ellipsis),
                           at: Position(x: x, y: y), style: Style(.muted), clip: area)
                x += detailWidth + 1
            }
            if point.value != nil {
                buffer.set(status.symbol(unicode: context.isUnicode), at: Position(x: x, y: y),
                           style: context.style(of: status), clip: area)
            }
        }
    }

    /// The value of a full bar: 100 for a percentage, else a little over the largest
    /// value or the target.
    var scale: Double {
        if objective.isPercentage { return max(100, points.compactMap(\.value).max() ?? 0) }
        let largest = max(objective.target, points.compactMap(\.value).max() ?? 0)
        return largest > 0 ? largest * 1.2 : 0
    }
}
