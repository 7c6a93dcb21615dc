/// The demo's own pseudo-random generator (xoshiro256**, seeded through SplitMix64).
///
/// The demo must write byte-identical files for the same seed on every platform and
/// Swift version, so it cannot use `SystemRandomNumberGenerator` or the unspecified
/// algorithms behind `Int.random(in:)` (so it deliberately does not conform to
/// `RandomNumberGenerator`): every draw here is integer arithmetic defined bit for bit.
struct DemoRandom: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64) {
        var state = seed
        s0 = DemoRandom.splitMix(&state)
        s1 = DemoRandom.splitMix(&state)
        s2 = DemoRandom.splitMix(&state)
        s3 = DemoRandom.splitMix(&state)
    }

    /// An independent generator for one part of the data, so adding draws to one
    /// part (say, audits) does not shift every value of another (documents).
    init(seed: UInt64, stream: UInt64) {
        self.init(seed: DemoRandom.mix(seed, stream))
    }

    mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    /// A uniform integer in 0..<bound (bound > 0), by the multiply-high method.
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    @inline(__always)
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in [0, 1) built from 53 random bits: exact on every platform.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `p` (0…1).
    @inline(__always)
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// True with the probability a `DemoRandom.threshold(p)` stands for: one draw
    /// and one comparison, for the document loop.
    @inline(__always)
    mutating func hit(_ threshold: UInt64) -> Bool {
        next() < threshold
    }

    /// A uniform double in `range`.
    mutating func double(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// The items in a random order (Fisher–Yates with this generator).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var i = result.count - 1
        while i > 0 {
            let j = below(i + 1)
            result.swapAt(i, j)
            i -= 1
        }
        return result
    }

    /// The 64-bit comparison threshold that `hit` turns into probability `p`.
    static func threshold(_ p: Double) -> UInt64 {
        if p <= 0 { return 0 }
        if p >= 1 { return UInt64.max }
        return UInt64(p * 0x1p64)
    }

    /// A stateless hash of two numbers: the same inputs give the same well-mixed
    /// output without any generator state (used for per-unit, per-day jitter).
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var state = a ^ (b &* 0x9E37_79B9_7F4A_7C15)
        _ = splitMix(&state)
        return splitMix(&state)
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }
}
