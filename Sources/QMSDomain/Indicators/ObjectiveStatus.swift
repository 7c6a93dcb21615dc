/// How an objective stands against its target (EXPORT-FORMAT.md §6).
public enum ObjectiveStatus: String, CaseIterable, Sendable, Codable {
    case met
    case atRisk = "at_risk"
    case offTrack = "off_track"
    case noData = "no_data"

    /// The status of `value` against `target`, `margin` and `direction`:
    ///
    /// | status    | higher is better         | lower is better          |
    /// |-----------|--------------------------|--------------------------|
    /// | met       | value ≥ target           | value ≤ target           |
    /// | at risk   | value ≥ target − margin  | value ≤ target + margin  |
    /// | off track | otherwise                | otherwise                |
    /// | no data   | no value                 | no value                 |
    ///
    /// Boundaries are inclusive. Comparisons allow a tolerance of a billionth of the
    /// magnitudes involved so that a value computed as 17/20 × 100 equals a target
    /// written 85, and 85 is at risk against 90 − 5 however the floats round. A
    /// negative margin is taken by its magnitude; a NaN value is no data.
    public static func evaluate(value: Double?, target: Double, margin: Double, direction: Direction) -> ObjectiveStatus {
        guard let value, !value.isNaN else { return .noData }
        let margin = abs(margin)
        let epsilon = 1e-9 * max(1, abs(target), margin, abs(value))
        switch direction {
        case .higher:
            if value >= target - epsilon { return .met }
            if value >= target - margin - epsilon { return .atRisk }
        case .lower:
            if value <= target + epsilon { return .met }
            if value <= target + margin + epsilon { return .atRisk }
        }
        return .offTrack
    }

    /// How much attention it needs: off track 0, at risk 1, no data 2, met 3, so an
    /// ascending sort puts the problems first.
    public var urgency: Int {
        switch self {
        case .offTrack: return 0
        case .atRisk: return 1
        case .noData: return 2
        case .met: return 3
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.met, .en): return "met"
        case (.met, .vi): return "đạt"
        case (.atRisk, .en): return "at risk"
        case (.atRisk, .vi): return "có nguy cơ"
        case (.offTrack, .en): return "off track"
        case (.offTrack, .vi): return "chưa đạt"
        case (.noData, .en): return "no data"
        case (.noData, .vi): return "chưa có số liệu"
        }
    }

    /// A one-character mark that carries the status without colour (for monochrome
    /// terminals and colour-blind readers).
    public var symbol: String {
        switch self {
        case .met: return "✓"
        case .atRisk: return "!"
        case .offTrack: return "✗"
        case .noData: return "·"
        }
    }

    /// `symbol` for a terminal without UTF-8.
    public var asciiSymbol: String {
        switch self {
        case .met: return "+"
        case .atRisk: return "!"
        case .offTrack: return "x"
        case .noData: return "-"
        }
    }

    /// `symbol` or `asciiSymbol`.
    public func symbol(unicode: Bool) -> String {
        unicode ? symbol : asciiSymbol
    }
}
