/// A count of successes over a count of cases, the shape of every indicator.
/// Kept as a pair rather than a percentage so that months, units and tallies can be
/// added up exactly, and so that "nothing to count" stays "no data" instead of
/// becoming 0% or 100%.
public struct Ratio: Hashable, Sendable, Codable {
    public var numerator: Double
    public var denominator: Double

    public init(numerator: Double, denominator: Double) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// A ratio of two counts, as the store returns them (`Ratio(17, of: 20)`).
    public init(_ numerator: Int, of denominator: Int) {
        self.numerator = Double(numerator)
        self.denominator = Double(denominator)
    }

    /// Nothing counted yet: the start of a sum, and "no data" on its own.
    public static let zero = Ratio(numerator: 0, denominator: 0)

    /// numerator ÷ denominator × 100, nil when the denominator is 0 ("no data").
    public var percent: Double? {
        denominator == 0 ? nil : numerator / denominator * 100
    }

    /// Whether there is anything to count.
    public var hasValue: Bool { denominator != 0 }

    /// The ratio of the combined counts (two months, a unit and its children).
    public static func + (lhs: Ratio, rhs: Ratio) -> Ratio {
        Ratio(numerator: lhs.numerator + rhs.numerator, denominator: lhs.denominator + rhs.denominator)
    }

    public static func += (lhs: inout Ratio, rhs: Ratio) {
        lhs = lhs + rhs
    }
}
