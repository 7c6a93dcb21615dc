/// What kind of audit or inspection took place.
public enum AuditKind: String, ContractEnum, Codable {
    case `internal`, surveillance, certification, inspection, external

    public static let matchTable = ContractEnumTable<AuditKind>()

    public var aliases: [String] {
        switch self {
        case .internal: return ["nội bộ", "đánh giá nội bộ"]
        case .surveillance: return ["giám sát", "đánh giá giám sát"]
        case .certification: return ["chứng nhận", "đánh giá chứng nhận", "tái chứng nhận"]
        case .inspection: return ["kiểm tra", "thanh tra"]
        case .external: return ["bên ngoài", "đánh giá bên ngoài"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.internal, .en): return "internal"
        case (.internal, .vi): return "nội bộ"
        case (.surveillance, .en): return "surveillance"
        case (.surveillance, .vi): return "giám sát"
        case (.certification, .en): return "certification"
        case (.certification, .vi): return "chứng nhận"
        case (.inspection, .en): return "inspection"
        case (.inspection, .vi): return "kiểm tra"
        case (.external, .en): return "external"
        case (.external, .vi): return "bên ngoài"
        }
    }
}
