/// A one-row trend: one cell per value, height by value, most recent on the right.
///
/// `▁▂▄▆█·▇` — a missing value (nil) is drawn as `symbols.noData` in the `noData` role,
/// distinct from zero, which is the lowest bar. When there are more values than columns,
/// the most recent ones are shown.
public struct Sparkline: Widget {
    public var values: [Double?]
    /// The values of the lowest and highest bar; defaults to 0 up to the largest value.
    public var range: ClosedRange<Double>?
    public var style: Style

    public init(values: [Double?], range: ClosedRange<Double>? = nil, style: Style = Style(.accent)) {
        self.values = values
        self.range = range
        self.style = style
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let levels = buffer.symbols.sparkLevels
        let shown = values.suffix(area.width)
        let present = shown.compactMap { $0 }
        let low = range?.lowerBound ?? min(0, present.min() ?? 0)
        let high = range?.upperBound ?? (present.max() ?? 0)
        var x = area.x
        for value in shown {
            let position = Position(x: x, y: area.y)
            if let value, value.isFinite {
                let fraction = high > low ? (min(max(value, low), high) - low) / (high - low) : 0
                let level = Int((fraction * Double(levels.count - 1)).rounded())
                buffer.write(levels[level], at: position, style: style, clip: area)
            } else {
                buffer.write(buffer.symbols.noData, at: position, style: Style(.noData), clip: area)
            }
            x += 1
        }
    }
}
