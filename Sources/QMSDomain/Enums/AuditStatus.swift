/// Where an audit stands.
public enum AuditStatus: String, ContractEnum, Codable {
    case planned
    case inProgress = "in_progress"
    case reporting, closed, cancelled

    public static let matchTable = ContractEnumTable<AuditStatus>()

    /// An audit is open unless closed or cancelled (§4): open audits are what the
    /// committee still has to follow.
    public var isOpen: Bool {
        switch self {
        case .planned, .inProgress, .reporting: return true
        case .closed, .cancelled: return false
        }
    }

    public var aliases: [String] {
        switch self {
        case .planned: return ["kế hoạch", "theo kế hoạch", "đã lên kế hoạch", "dự kiến"]
        case .inProgress: return ["đang thực hiện", "đang đánh giá"]
        case .reporting: return ["đang báo cáo", "báo cáo"]
        case .closed: return ["đã đóng", "đóng", "kết thúc", "đã kết thúc"]
        case .cancelled: return ["huỷ", "hủy", "đã huỷ", "đã hủy", "canceled"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.planned, .en): return "planned"
        case (.planned, .vi): return "kế hoạch"
        case (.inProgress, .en): return "in progress"
        case (.inProgress, .vi): return "đang thực hiện"
        case (.reporting, .en): return "reporting"
        case (.reporting, .vi): return "đang báo cáo"
        case (.closed, .en): return "closed"
        case (.closed, .vi): return "đã đóng"
        case (.cancelled, .en): return "cancelled"
        case (.cancelled, .vi): return "đã huỷ"
        }
    }
}
