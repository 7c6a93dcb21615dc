/// How serious an audit finding is. Ordered from most to least serious, which is
/// the order a review lists them in.
public enum FindingGrade: String, ContractEnum, Codable {
    case major, minor, observation, improvement

    public static let matchTable = ContractEnumTable<FindingGrade>()

    /// Major and minor findings are nonconformities; the others are advice.
    public var isNonconformity: Bool {
        self == .major || self == .minor
    }

    public var aliases: [String] {
        switch self {
        case .major: return ["không phù hợp nặng", "không phù hợp lớn", "nặng", "nc nặng"]
        case .minor: return ["không phù hợp nhẹ", "không phù hợp nhỏ", "nhẹ", "nc nhẹ"]
        case .observation: return ["khuyến nghị", "quan sát", "lưu ý"]
        case .improvement: return ["cơ hội cải tiến", "cải tiến", "ofi"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.major, .en): return "major nonconformity"
        case (.major, .vi): return "không phù hợp nặng"
        case (.minor, .en): return "minor nonconformity"
        case (.minor, .vi): return "không phù hợp nhẹ"
        case (.observation, .en): return "observation"
        case (.observation, .vi): return "khuyến nghị"
        case (.improvement, .en): return "opportunity for improvement"
        case (.improvement, .vi): return "cơ hội cải tiến"
        }
    }
}
