/// How far along something is: a bar with 1/8-cell resolution (whole cells in ASCII)
/// and a label after it.
///
/// ```
/// ███████▍░░░░ 62%
/// #######..... 62%
/// ```
/// The bar is rounded down, so it only looks full at 100%. A nil fraction (no figure
/// reported) draws an empty track in the `noData` role, unlike 0%, which is a track in
/// the `muted` role.
public struct ProgressBar: Widget {
    /// 0...1; values outside are clamped (the label can still say 120%).
    public var fraction: Double?
    public var label: String?
    public var fillStyle: Style
    public var trackStyle: Style
    public var labelStyle: Style

    public init(fraction: Double?, label: String? = nil, fillStyle: Style = Style(.accent),
                trackStyle: Style = Style(.muted), labelStyle: Style = .plain) {
        self.fraction = fraction
        self.label = label
        self.fillStyle = fillStyle
        self.trackStyle = trackStyle
        self.labelStyle = labelStyle
    }

    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        var barWidth = row.width
        if let label = label.map(buffer.prepare), !label.isEmpty {
            let text = TextFit.truncate(label, toWidth: row.width, ellipsis: buffer.symbols.ellipsis)
            let labelWidth = DisplayWidth.of(text)
            barWidth = row.width - labelWidth - 1
            if barWidth < 1 {
                buffer.write(text, at: Position(x: row.x, y: row.y), style: labelStyle, clip: row)
                return
            }
            buffer.write(text, at: Position(x: row.x + barWidth + 1, y: row.y), style: labelStyle, clip: row)
        }
        Self.drawBar(fraction: fraction, in: Rect(x: row.x, y: row.y, width: barWidth, height: 1),
                     fillStyle: fillStyle, trackStyle: fraction == nil ? Style(.noData) : trackStyle,
                     track: buffer.symbols.barTrack, buffer: &buffer)
    }

    /// Draws a bar filling `fraction` of `rect`'s first row; `track` (may be " ") in the rest.
    static func drawBar(fraction: Double?, in rect: Rect, fillStyle: Style, trackStyle: Style,
                        track: String, buffer: inout Buffer) {
        let levels = buffer.symbols.barLevels
        let resolution = levels.count - 1
        let units = Self.units(fraction: fraction ?? 0, cells: rect.width, resolution: resolution)
        let full = units / resolution
        let partial = units % resolution
        var x = rect.x
        for _ in 0..<full {
            buffer.write(levels[resolution], at: Position(x: x, y: rect.y), style: fillStyle, clip: rect)
            x += 1
        }
        if partial > 0 {
            buffer.write(levels[partial], at: Position(x: x, y: rect.y), style: fillStyle, clip: rect)
            x += 1
        }
        while x < rect.right {
            buffer.write(track, at: Position(x: x, y: rect.y), style: trackStyle, clip: rect)
            x += 1
        }
    }

    /// Filled units of `1/resolution` cell, rounded down (with a little slack for
    /// floating-point noise such as 0.29 × 100 = 28.999…).
    static func units(fraction: Double, cells: Int, resolution: Int) -> Int {
        guard fraction.isFinite, cells > 0 else { return 0 }
        let clamped = min(max(fraction, 0), 1)
        let exact = clamped * Double(cells * resolution)
        return min(cells * resolution, Int((exact + 1e-9).rounded(.down)))
    }
}
