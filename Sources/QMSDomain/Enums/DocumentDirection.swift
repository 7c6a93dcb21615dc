/// Whether a registered document came in, went out, or stayed inside the agency.
public enum DocumentDirection: String, ContractEnum, Codable {
    case `in`, out, `internal`

    public static let matchTable = ContractEnumTable<DocumentDirection>()

    public var aliases: [String] {
        switch self {
        case .in: return ["đến", "văn bản đến", "incoming"]
        case .out: return ["đi", "văn bản đi", "outgoing"]
        case .internal: return ["nội bộ", "văn bản nội bộ"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.in, .en): return "incoming"
        case (.in, .vi): return "văn bản đến"
        case (.out, .en): return "outgoing"
        case (.out, .vi): return "văn bản đi"
        case (.internal, .en): return "internal"
        case (.internal, .vi): return "nội bộ"
        }
    }
}
