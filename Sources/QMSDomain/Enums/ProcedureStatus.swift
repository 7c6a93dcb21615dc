/// Whether a documented procedure is in force.
public enum ProcedureStatus: String, ContractEnum, Codable {
    case active, draft, retired

    public static let matchTable = ContractEnumTable<ProcedureStatus>()

    public var aliases: [String] {
        switch self {
        case .active: return ["hiệu lực", "còn hiệu lực", "đang hiệu lực", "đang áp dụng"]
        case .draft: return ["dự thảo", "nháp"]
        case .retired: return ["hết hiệu lực", "bãi bỏ", "đã bãi bỏ", "ngừng áp dụng"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.active, .en): return "active"
        case (.active, .vi): return "hiệu lực"
        case (.draft, .en): return "draft"
        case (.draft, .vi): return "dự thảo"
        case (.retired, .en): return "retired"
        case (.retired, .vi): return "hết hiệu lực"
        }
    }
}
