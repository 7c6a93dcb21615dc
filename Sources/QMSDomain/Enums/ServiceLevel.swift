/// How far an administrative procedure can be done online. Levels 1–4 are the
/// older scale; `partial` and `full` ("một phần", "toàn trình") the current one.
public enum ServiceLevel: String, ContractEnum, Codable {
    case level1 = "1"
    case level2 = "2"
    case level3 = "3"
    case level4 = "4"
    case partial, full

    public static let matchTable = ContractEnumTable<ServiceLevel>()

    /// Levels 3 and 4, `partial` and `full` count as online (§4), the numerator of
    /// `services_online_pct`.
    public var isOnline: Bool {
        switch self {
        case .level1, .level2: return false
        case .level3, .level4, .partial, .full: return true
        }
    }

    public var aliases: [String] {
        switch self {
        case .level1: return ["mức 1", "mức độ 1", "level 1"]
        case .level2: return ["mức 2", "mức độ 2", "level 2"]
        case .level3: return ["mức 3", "mức độ 3", "level 3"]
        case .level4: return ["mức 4", "mức độ 4", "level 4"]
        case .partial: return ["một phần", "trực tuyến một phần"]
        case .full: return ["toàn trình", "trực tuyến toàn trình"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.level1, .en): return "level 1"
        case (.level1, .vi): return "mức 1"
        case (.level2, .en): return "level 2"
        case (.level2, .vi): return "mức 2"
        case (.level3, .en): return "level 3"
        case (.level3, .vi): return "mức 3"
        case (.level4, .en): return "level 4"
        case (.level4, .vi): return "mức 4"
        case (.partial, .en): return "partly online"
        case (.partial, .vi): return "một phần"
        case (.full, .en): return "fully online"
        case (.full, .vi): return "toàn trình"
        }
    }
}
