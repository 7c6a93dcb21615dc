/// Splits a `Rect` into rows or columns by `Constraint`s, like ratatui's `Layout`.
///
/// Deterministic integer arithmetic rather than a constraint solver: the parts plus the
/// spacing between them always cover the parent exactly, at every terminal size.
public struct Layout: Hashable, Sendable {
    public enum Direction: Hashable, Sendable {
        /// Parts stacked top to bottom (rows).
        case vertical
        /// Parts side by side, left to right (columns).
        case horizontal
    }

    public var direction: Direction
    public var constraints: [Constraint]
    /// Empty cells between neighbouring parts.
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = spacing
    }

    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    /// One rectangle per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let (sizes, gap) = Self.sizes(constraints, total: total, spacing: spacing)
        var rects: [Rect] = []
        rects.reserveCapacity(sizes.count)
        var offset = 0
        for size in sizes {
            switch direction {
            case .vertical:
                rects.append(Rect(x: area.x, y: area.y + offset, width: area.width, height: size))
            case .horizontal:
                rects.append(Rect(x: area.x + offset, y: area.y, width: size, height: area.height))
            }
            offset += size + gap
        }
        return rects
    }

    /// Sizes of the parts and the spacing actually used (reduced when `total` cannot hold
    /// the requested spacing). Sizes plus gaps add up to `max(total, 0)`.
    public static func sizes(_ constraints: [Constraint], total: Int, spacing: Int = 0) -> (sizes: [Int], spacing: Int) {
        let count = constraints.count
        guard count > 0 else { return ([], 0) }
        let total = Swift.max(0, total)
        let gap = count > 1 ? Swift.min(Swift.max(0, spacing), total / (count - 1)) : 0
        let available = total - gap * (count - 1)

        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let n), .min(let n): return Swift.max(0, n)
            case .percentage(let p): return available * Swift.min(Swift.max(0, p), 100) / 100
            case .ratio(let a, let b): return b > 0 ? Swift.min(available, available * Swift.max(0, a) / b) : 0
            case .max, .fill: return 0
            }
        }

        var overflow = sizes.reduce(0, +) - available
        if overflow > 0 {
            let shrinkOrder: [(Constraint) -> Bool] = [
                { if case .percentage = $0 { return true }; if case .ratio = $0 { return true }; return false },
                { if case .min = $0 { return true }; return false },
                { if case .length = $0 { return true }; return false },
            ]
            for isInClass in shrinkOrder where overflow > 0 {
                for index in stride(from: count - 1, through: 0, by: -1) where overflow > 0 && isInClass(constraints[index]) {
                    let cut = Swift.min(sizes[index], overflow)
                    sizes[index] -= cut
                    overflow -= cut
                }
            }
            return (sizes, gap)
        }

        var leftover = -overflow
        guard leftover > 0 else { return (sizes, gap) }

        // Growers: fills by weight; max parts with weight 1 up to their cap; min parts only
        // when there is no fill.
        let hasFill = constraints.contains { if case .fill = $0 { return true }; return false }
        var weights = [Int](repeating: 0, count: count)
        var caps = [Int?](repeating: nil, count: count)
        for (index, constraint) in constraints.enumerated() {
            switch constraint {
            case .fill(let weight): weights[index] = Swift.max(1, weight)
            case .max(let cap): weights[index] = 1; caps[index] = Swift.max(0, cap)
            case .min where !hasFill: weights[index] = 1
            default: break
            }
        }
        while leftover > 0 {
            let active = (0..<count).filter { index in
                weights[index] > 0 && (caps[index].map { cap in sizes[index] < cap } ?? true)
            }
            guard !active.isEmpty else { break }
            let totalWeight = active.reduce(0) { $0 + weights[$1] }
            var given = 0
            for index in active {
                var share = leftover * weights[index] / totalWeight
                if let cap = caps[index] { share = Swift.min(share, cap - sizes[index]) }
                sizes[index] += share
                given += share
            }
            if given == 0 {
                // Shares rounded to zero: hand out single cells in order.
                for index in active where leftover - given > 0 {
                    if let cap = caps[index], sizes[index] >= cap { continue }
                    sizes[index] += 1
                    given += 1
                }
            }
            leftover -= given
        }
        if leftover > 0 {
            let target = constraints.lastIndex { if case .max = $0 { return false }; return true } ?? count - 1
            sizes[target] += leftover
        }
        return (sizes, gap)
    }
}
