/// Whether an objective wants its value high (share of electronic documents) or
/// low (days to handle a file, complaints).
public enum Direction: String, ContractEnum, Codable {
    case higher, lower

    public static let matchTable = ContractEnumTable<Direction>()

    public var aliases: [String] {
        switch self {
        case .higher: return ["cao hơn tốt hơn", "cao hơn", "càng cao càng tốt"]
        case .lower: return ["thấp hơn tốt hơn", "thấp hơn", "càng thấp càng tốt"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.higher, .en): return "higher is better"
        case (.higher, .vi): return "cao hơn tốt hơn"
        case (.lower, .en): return "lower is better"
        case (.lower, .vi): return "thấp hơn tốt hơn"
        }
    }
}
