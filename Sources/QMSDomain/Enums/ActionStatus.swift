/// Where a corrective or preventive action stands.
public enum ActionStatus: String, ContractEnum, Codable {
    case open
    case inProgress = "in_progress"
    case done, verified, cancelled

    public static let matchTable = ContractEnumTable<ActionStatus>()

    /// Open and in-progress actions still have work to do; only they can be overdue.
    public var isPending: Bool {
        self == .open || self == .inProgress
    }

    /// Done and verified actions are closed: `closed_on` is required for them and
    /// they count towards `actions_on_time_pct`.
    public var isClosed: Bool {
        self == .done || self == .verified
    }

    public var aliases: [String] {
        switch self {
        case .open: return ["mở", "mới", "chưa thực hiện"]
        case .inProgress: return ["đang thực hiện", "đang xử lý"]
        case .done: return ["đã hoàn thành", "hoàn thành", "xong"]
        case .verified: return ["đã xác nhận hiệu lực", "xác nhận hiệu lực", "đã xác nhận", "đã kiểm tra hiệu lực"]
        case .cancelled: return ["huỷ", "hủy", "đã huỷ", "đã hủy", "canceled"]
        }
    }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.open, .en): return "open"
        case (.open, .vi): return "mở"
        case (.inProgress, .en): return "in progress"
        case (.inProgress, .vi): return "đang thực hiện"
        case (.done, .en): return "done"
        case (.done, .vi): return "đã hoàn thành"
        case (.verified, .en): return "verified"
        case (.verified, .vi): return "đã xác nhận hiệu lực"
        case (.cancelled, .en): return "cancelled"
        case (.cancelled, .vi): return "đã huỷ"
        }
    }
}
