/// Horizontal bars, one per row, with a label before and the value after: compares
/// units or indicators at a glance and still reads at 80 columns.
///
/// ```
/// Sở Tư pháp ██████████████   84
/// UBND xã A  ████▍          26.5
/// Sở Y tế    n/a
/// ```
/// A missing value (nil) shows `noDataText` in the `noData` role instead of a bar, so "no
/// report" never looks like zero.
public struct BarChart: Widget {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Double?
        /// Shown after the bar; defaults to the value (integer, or one decimal).
        public var valueText: String?
        /// Nil: the chart's `barStyle` (pass `met`/`offTrack` to colour by status).
        public var style: Style?

        public init(_ label: String, value: Double?, valueText: String? = nil, style: Style? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText
            self.style = style
        }
    }

    public var bars: [Bar]
    /// The value of a full bar; defaults to the largest value.
    public var maxValue: Double?
    /// Columns for labels; defaults to the widest label, at most a third of the width.
    public var labelWidth: Int?
    public var barStyle: Style
    public var labelStyle: Style
    public var noDataText: String

    public init(bars: [Bar], maxValue: Double? = nil, labelWidth: Int? = nil, barStyle: Style = Style(.accent),
                labelStyle: Style = .plain, noDataText: String = "n/a") {
        self.bars = bars
        self.maxValue = maxValue
        self.labelWidth = labelWidth
        self.barStyle = barStyle
        self.labelStyle = labelStyle
        self.noDataText = noDataText
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let ellipsis = buffer.symbols.ellipsis
        let labels = bars.map { buffer.prepare($0.label) }
        let values = bars.map { bar in bar.value == nil ? "" : buffer.prepare(bar.valueText ?? Self.format(bar.value!)) }
        let widestLabel = labels.map(DisplayWidth.of).max() ?? 0
        let labelColumns = min(labelWidth ?? min(widestLabel, area.width / 3), area.width)
        let valueColumns = min(values.map(DisplayWidth.of).max() ?? 0, max(0, area.width - labelColumns - 2))
        let barX = area.x + labelColumns + (labelColumns > 0 ? 1 : 0)
        let barWidth = max(0, area.right - barX - (valueColumns > 0 ? valueColumns + 1 : 0))
        let scale = maxValue ?? bars.compactMap(\.value).max() ?? 0
        let noData = buffer.prepare(noDataText)

        for (index, bar) in bars.enumerated() {
            let y = area.y + index
            guard y < area.bottom else { break }
            let labelText = TextFit.fit(labels[index], toWidth: labelColumns, ellipsis: ellipsis)
            buffer.write(labelText, at: Position(x: area.x, y: y), style: labelStyle, clip: area)
            guard let value = bar.value else {
                let text = TextFit.truncate(noData, toWidth: area.right - barX, ellipsis: ellipsis)
                buffer.write(text, at: Position(x: barX, y: y), style: Style(.noData), clip: area)
                continue
            }
            let fraction = scale > 0 ? value / scale : 0
            ProgressBar.drawBar(fraction: fraction, in: Rect(x: barX, y: y, width: barWidth, height: 1),
                                fillStyle: bar.style ?? barStyle, trackStyle: .plain, track: " ", buffer: &buffer)
            if valueColumns > 0 {
                let text = TextFit.fit(values[index], toWidth: valueColumns, alignment: .right, ellipsis: ellipsis)
                buffer.write(text, at: Position(x: barX + barWidth + 1, y: y), style: labelStyle, clip: area)
            }
        }
    }

    /// `84`, `84.5`: enough for a chart; callers format anything else via `valueText`.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return String(tenths / 10)
    }
}
