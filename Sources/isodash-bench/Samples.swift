/// Measurements of one quantity over several runs, summarised the way the table
/// shows them: the median (robust on a shared machine), with p95 and max for
/// per-keypress timings.
struct Samples: Sendable {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) {
        self.values = values
    }

    mutating func add(_ value: Double) {
        values.append(value)
    }

    var isEmpty: Bool { values.isEmpty }
    var count: Int { values.count }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank 95th percentile.
    var p95: Double { percentile(0.95) }

    var max: Double { values.max() ?? .nan }

    func percentile(_ fraction: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }

    /// Element-wise ratios `self[i] / other[i]`: each run paired with its partner,
    /// so a slow moment of the machine hits both sides of the same ratio.
    func ratios(over other: Samples) -> Samples {
        Samples(zip(values, other.values).map { $0 / $1 })
    }
}
