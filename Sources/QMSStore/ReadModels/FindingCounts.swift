import QMSDomain

/// Findings of an audit by grade.
public struct FindingCounts: Hashable, Sendable {
    public var major: Int
    public var minor: Int
    public var observation: Int
    public var improvement: Int

    public init(major: Int = 0, minor: Int = 0, observation: Int = 0, improvement: Int = 0) {
        self.major = major
        self.minor = minor
        self.observation = observation
        self.improvement = improvement
    }

    public var total: Int { major + minor + observation + improvement }

    public subscript(grade: FindingGrade) -> Int {
        get {
            switch grade {
            case .major: return major
            case .minor: return minor
            case .observation: return observation
            case .improvement: return improvement
            }
        }
        set {
            switch grade {
            case .major: major = newValue
            case .minor: minor = newValue
            case .observation: observation = newValue
            case .improvement: improvement = newValue
            }
        }
    }
}
