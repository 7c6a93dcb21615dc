/// Whether a row meets the target.
enum Verdict: Sendable, Equatable {
    case pass
    case miss
    /// Measured for information; the issue sets no target for it.
    case info
    /// The benchmark has no way to measure it yet; the reason says why.
    case notMeasured(String)
    /// The command it needs is not in this isodash yet.
    case notAvailable(String)

    init(_ met: Bool) {
        self = met ? .pass : .miss
    }

    var text: String {
        switch self {
        case .pass: return "pass"
        case .miss: return "MISS"
        case .info: return "info"
        case .notMeasured: return "not measured"
        case .notAvailable: return "not available"
        }
    }

    /// Why it was not measured, for the notes under the table.
    var reason: String? {
        switch self {
        case .notMeasured(let reason), .notAvailable(let reason): return reason
        default: return nil
        }
    }
}
