/// How much of a `Layout` one part asks for.
///
/// Fixed parts (`length`) are served first, then minimums, then percentages and ratios of
/// the space available; what is left goes to `fill` parts by weight (or, when there is no
/// fill, to `min` parts, up to `max` parts' caps, else the last part), so the parts always
/// add up to the whole. When space runs short, percentages shrink first, then minimums,
/// then fixed lengths, each starting from the last part.
public enum Constraint: Hashable, Sendable, CustomStringConvertible {
    /// Exactly this many cells (header, footer, a border row).
    case length(Int)
    /// This share of the available cells, rounded down.
    case percentage(Int)
    /// `numerator / denominator` of the available cells, rounded down.
    case ratio(Int, Int)
    /// At least this many cells; grows when there is no `fill`.
    case min(Int)
    /// Grows like a fill of weight 1, but never past this many cells.
    case max(Int)
    /// A share of what is left, proportional to the weight.
    case fill(Int)

    public var description: String {
        switch self {
        case .length(let n): return "length(\(n))"
        case .percentage(let n): return "percentage(\(n))"
        case .ratio(let a, let b): return "ratio(\(a), \(b))"
        case .min(let n): return "min(\(n))"
        case .max(let n): return "max(\(n))"
        case .fill(let n): return "fill(\(n))"
        }
    }
}
