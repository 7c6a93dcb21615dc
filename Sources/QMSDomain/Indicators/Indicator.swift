/// The built-in indicators of EXPORT-FORMAT.md §5: values the store computes from
/// its own records, so an objective can name one instead of reporting measurements.
/// Every value is a percentage.
public enum Indicator: String, ContractEnum, Codable {
    case docsInElectronicPct = "docs_in_electronic_pct"
    case docsOutElectronicPct = "docs_out_electronic_pct"
    case docsOnTimePct = "docs_on_time_pct"
    case servicesOnlinePct = "services_online_pct"
    case actionsOnTimePct = "actions_on_time_pct"
    case proceduresReviewedPct = "procedures_reviewed_pct"

    public static let matchTable = ContractEnumTable<Indicator>()

    /// Indicators are named by their contract name only.
    public var aliases: [String] { [] }

    public func label(_ language: Language) -> String { name(language) }

    /// A short name for a column or a chart title.
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.docsInElectronicPct, .en): return "Incoming documents handled electronically"
        case (.docsInElectronicPct, .vi): return "Văn bản đến xử lý điện tử"
        case (.docsOutElectronicPct, .en): return "Outgoing documents sent electronically"
        case (.docsOutElectronicPct, .vi): return "Văn bản đi gửi điện tử"
        case (.docsOnTimePct, .en): return "Documents handled on time"
        case (.docsOnTimePct, .vi): return "Văn bản xử lý đúng hạn"
        case (.servicesOnlinePct, .en): return "Public services online"
        case (.servicesOnlinePct, .vi): return "Thủ tục hành chính trực tuyến"
        case (.actionsOnTimePct, .en): return "Corrective actions closed on time"
        case (.actionsOnTimePct, .vi): return "Hành động khắc phục hoàn thành đúng hạn"
        case (.proceduresReviewedPct, .en): return "Procedures reviewed within a year"
        case (.proceduresReviewedPct, .vi): return "Quy trình được rà soát trong năm"
        }
    }

    /// One sentence saying what is counted, for help and drill-down screens.
    public func summary(_ language: Language) -> String {
        switch (self, language) {
        case (.docsInElectronicPct, .en):
            return "Share of incoming non-confidential documents that were received electronically."
        case (.docsInElectronicPct, .vi):
            return "Tỷ lệ văn bản đến (không mật) được tiếp nhận dưới dạng điện tử."
        case (.docsOutElectronicPct, .en):
            return "Share of outgoing non-confidential documents that were sent electronically."
        case (.docsOutElectronicPct, .vi):
            return "Tỷ lệ văn bản đi (không mật) được gửi dưới dạng điện tử."
        case (.docsOnTimePct, .en):
            return "Share of documents with a deadline, past or done, that were handled on or before it."
        case (.docsOnTimePct, .vi):
            return "Tỷ lệ văn bản có hạn xử lý (đã đến hạn hoặc đã xử lý) được xử lý xong đúng hoặc trước hạn."
        case (.servicesOnlinePct, .en):
            return "Share of administrative procedures offered online (level 3–4, partly or fully online), as they stand now."
        case (.servicesOnlinePct, .vi):
            return "Tỷ lệ thủ tục hành chính cung cấp trực tuyến (mức 3–4, một phần hoặc toàn trình), tại thời điểm hiện tại."
        case (.actionsOnTimePct, .en):
            return "Share of corrective actions due in the period, closed or overdue, that were closed on or before their due date."
        case (.actionsOnTimePct, .vi):
            return "Tỷ lệ hành động khắc phục đến hạn trong kỳ (đã đóng hoặc quá hạn) được hoàn thành đúng hoặc trước hạn."
        case (.proceduresReviewedPct, .en):
            return "Share of active procedures reviewed or issued within 365 days before the end of the period."
        case (.proceduresReviewedPct, .vi):
            return "Tỷ lệ quy trình đang hiệu lực được rà soát hoặc ban hành trong vòng 365 ngày trước cuối kỳ."
        }
    }

    /// Computed as a ratio over time (year to date, month by month). The one
    /// exception, `services_online_pct`, is a snapshot of the services as they stand
    /// and has no history.
    public var isRatio: Bool {
        self != .servicesOnlinePct
    }

    /// Whether the value has a month-by-month trend (everything but the snapshot).
    public var hasTrend: Bool { isRatio }

    /// The record kind the indicator counts.
    public var source: RecordKind {
        switch self {
        case .docsInElectronicPct, .docsOutElectronicPct, .docsOnTimePct: return .documents
        case .servicesOnlinePct: return .services
        case .actionsOnTimePct: return .actions
        case .proceduresReviewedPct: return .procedures
        }
    }

    /// Whether the indicator counts documents (rows and tallies alike).
    public var countsDocuments: Bool { source == .documents }

    /// The direction of documents the indicator is restricted to: incoming or
    /// outgoing for the electronic shares; nil for `docs_on_time_pct` (every
    /// direction) and the indicators that do not count documents.
    public var documentDirection: DocumentDirection? {
        switch self {
        case .docsInElectronicPct: return .in
        case .docsOutElectronicPct: return .out
        default: return nil
        }
    }
}
