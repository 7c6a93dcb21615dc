/// One item of a management review's agenda, in the order ISO 9001:2015 clause
/// 9.3 lists them: the inputs of 9.3.2 a)–f) (with c) split into its seven
/// parts, each of which the committee looks at on its own figures), then the
/// outputs of 9.3.3.
///
/// The raw value is what the store keeps; it never changes once released.
public enum ReviewSection: String, CaseIterable, Sendable, Codable {
    /// a) status of actions from previous management reviews.
    case previousActions = "a"
    /// b) changes in external and internal issues.
    case contextChanges = "b"
    /// c) 1) customer satisfaction and feedback (citizens and businesses).
    case satisfaction = "c1"
    /// c) 2) the extent to which quality objectives have been met.
    case objectives = "c2"
    /// c) 3) process performance and conformity of products and services.
    case processPerformance = "c3"
    /// c) 4) nonconformities and corrective actions.
    case nonconformities = "c4"
    /// c) 5) monitoring and measurement results.
    case monitoring = "c5"
    /// c) 6) audit results.
    case auditResults = "c6"
    /// c) 7) the performance of external providers.
    case externalProviders = "c7"
    /// d) the adequacy of resources.
    case resources = "d"
    /// e) the effectiveness of actions taken to address risks and opportunities.
    case risks = "e"
    /// f) opportunities for improvement.
    case improvement = "f"
    /// 9.3.3: decisions on improvement, changes to the QMS and resource needs.
    case outputs = "out"

    /// The clause reference as printed in the minutes: "9.3.2 c) 4)".
    public var clause: String {
        switch self {
        case .previousActions: return "9.3.2 a)"
        case .contextChanges: return "9.3.2 b)"
        case .satisfaction: return "9.3.2 c) 1)"
        case .objectives: return "9.3.2 c) 2)"
        case .processPerformance: return "9.3.2 c) 3)"
        case .nonconformities: return "9.3.2 c) 4)"
        case .monitoring: return "9.3.2 c) 5)"
        case .auditResults: return "9.3.2 c) 6)"
        case .externalProviders: return "9.3.2 c) 7)"
        case .resources: return "9.3.2 d)"
        case .risks: return "9.3.2 e)"
        case .improvement: return "9.3.2 f)"
        case .outputs: return "9.3.3"
        }
    }

    /// The section's title in the interface and the minutes.
    public func title(_ language: Language) -> String {
        switch (self, language) {
        case (.previousActions, .en): return "Actions from previous reviews"
        case (.previousActions, .vi): return "Tình hình thực hiện các quyết định của lần xem xét trước"
        case (.contextChanges, .en): return "Changes in external and internal issues"
        case (.contextChanges, .vi): return "Thay đổi của các vấn đề bên ngoài và nội bộ"
        case (.satisfaction, .en): return "Satisfaction and feedback of citizens and businesses"
        case (.satisfaction, .vi): return "Sự hài lòng và phản hồi của người dân, doanh nghiệp"
        case (.objectives, .en): return "Quality objectives met"
        case (.objectives, .vi): return "Mức độ đạt mục tiêu chất lượng"
        case (.processPerformance, .en): return "Process performance and conformity"
        case (.processPerformance, .vi): return "Kết quả thực hiện quá trình và sự phù hợp"
        case (.nonconformities, .en): return "Nonconformities and corrective actions"
        case (.nonconformities, .vi): return "Sự không phù hợp và hành động khắc phục"
        case (.monitoring, .en): return "Monitoring and measurement results"
        case (.monitoring, .vi): return "Kết quả theo dõi và đo lường"
        case (.auditResults, .en): return "Audit results"
        case (.auditResults, .vi): return "Kết quả đánh giá"
        case (.externalProviders, .en): return "Performance of external providers"
        case (.externalProviders, .vi): return "Kết quả thực hiện của nhà cung cấp bên ngoài"
        case (.resources, .en): return "Adequacy of resources"
        case (.resources, .vi): return "Sự thỏa đáng của các nguồn lực"
        case (.risks, .en): return "Effectiveness of actions on risks and opportunities"
        case (.risks, .vi): return "Hiệu lực của các hành động giải quyết rủi ro và cơ hội"
        case (.improvement, .en): return "Opportunities for improvement"
        case (.improvement, .vi): return "Cơ hội cải tiến"
        case (.outputs, .en): return "Decisions: improvement, changes to the quality system, resource needs"
        case (.outputs, .vi): return "Kết luận: cải tiến, thay đổi hệ thống quản lý chất lượng, nhu cầu nguồn lực"
        }
    }
}
