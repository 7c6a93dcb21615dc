import QMSDomain

/// What audits in a Vietnamese agency typically find, with the clause of
/// TCVN ISO 9001:2015 it falls under and the corrective action it leads to.
struct DemoFindingText: Sendable {
    let clause: String
    let description: String
    let action: String

    /// Nonconformities (graded major or minor).
    static let nonconformities: [DemoFindingText] = [
        DemoFindingText(clause: "7.5.3",
                        description: "Tài liệu lỗi thời chưa được thu hồi; bản \"Quy trình kiểm soát thông tin dạng văn bản\" phiên bản 2.0 vẫn được sử dụng tại bộ phận một cửa",
                        action: "Thu hồi tài liệu lỗi thời, cập nhật danh mục tài liệu nội bộ và thông báo phiên bản hiện hành"),
        DemoFindingText(clause: "8.5.1",
                        description: "Hồ sơ giải quyết thủ tục hành chính chưa lưu đủ phiếu kiểm soát quá trình; 03/25 hồ sơ quá hạn chưa có văn bản xin lỗi tổ chức, cá nhân",
                        action: "Bổ sung phiếu kiểm soát quá trình, gửi văn bản xin lỗi đối với hồ sơ quá hạn"),
        DemoFindingText(clause: "8.5.2",
                        description: "Chưa nhận biết tình trạng xử lý của hồ sơ trên phần mềm một cửa điện tử",
                        action: "Cập nhật trạng thái hồ sơ trên phần mềm một cửa điện tử, hướng dẫn công chức thao tác"),
        DemoFindingText(clause: "6.2.2",
                        description: "Kế hoạch thực hiện mục tiêu chất lượng chưa phân công người chịu trách nhiệm và thời hạn hoàn thành",
                        action: "Sửa đổi kế hoạch thực hiện mục tiêu chất lượng, phân công rõ người chịu trách nhiệm"),
        DemoFindingText(clause: "7.1.6",
                        description: "Danh mục văn bản quy phạm pháp luật áp dụng chưa cập nhật các nghị định mới ban hành",
                        action: "Rà soát, cập nhật danh mục tài liệu có nguồn gốc bên ngoài"),
        DemoFindingText(clause: "7.2",
                        description: "Hồ sơ đào tạo về TCVN ISO 9001:2015 của 02 công chức mới tuyển dụng chưa đầy đủ",
                        action: "Tổ chức đào tạo nhận thức về TCVN ISO 9001:2015 cho công chức mới, lưu hồ sơ đào tạo"),
        DemoFindingText(clause: "8.7.1",
                        description: "Chưa lập biên bản kiểm soát đầu ra không phù hợp đối với hồ sơ trả lại, bổ sung",
                        action: "Lập sổ theo dõi đầu ra không phù hợp, áp dụng biểu mẫu BM-KP-01"),
        DemoFindingText(clause: "9.1.3",
                        description: "Báo cáo đánh giá kết quả thực hiện mục tiêu chất lượng 6 tháng chưa có số liệu so sánh với kỳ trước",
                        action: "Bổ sung số liệu so sánh, phân tích nguyên nhân vào báo cáo mục tiêu chất lượng"),
        DemoFindingText(clause: "9.2.2",
                        description: "Chương trình đánh giá nội bộ chưa bao quát đủ các quá trình, thiếu quá trình quản lý văn bản đi, đến",
                        action: "Điều chỉnh chương trình đánh giá nội bộ, bổ sung quá trình quản lý văn bản đi, đến"),
        DemoFindingText(clause: "10.2.1",
                        description: "Hành động khắc phục sự không phù hợp của kỳ đánh giá trước chưa được đánh giá hiệu lực",
                        action: "Đánh giá hiệu lực của các hành động khắc phục kỳ trước, cập nhật sổ theo dõi"),
        DemoFindingText(clause: "4.4",
                        description: "Sổ tay chất lượng chưa thể hiện sự tương tác giữa các quá trình sau khi sáp nhập phòng",
                        action: "Hoàn thiện \"Sổ tay chất lượng\", phiên bản 3.0, cập nhật sơ đồ tương tác các quá trình"),
        DemoFindingText(clause: "6.1.1",
                        description: "Sổ theo dõi rủi ro và cơ hội chưa được cập nhật khi thay đổi quy trình nội bộ",
                        action: "Cập nhật sổ theo dõi rủi ro và cơ hội, đánh giá lại mức độ rủi ro"),
    ]

    /// Observations (khuyến nghị).
    static let observations: [DemoFindingText] = [
        DemoFindingText(clause: "9.1.2",
                        description: "Nên tổng hợp, phân tích kết quả khảo sát sự hài lòng của người dân theo từng lĩnh vực",
                        action: "Phân tích kết quả khảo sát sự hài lòng theo lĩnh vực, báo cáo Ban Chỉ đạo ISO"),
        DemoFindingText(clause: "8.2.1",
                        description: "Nên bổ sung kênh tiếp nhận phản ánh, kiến nghị trực tuyến cho các thủ tục còn ở mức độ 2",
                        action: "Bổ sung kênh tiếp nhận phản ánh, kiến nghị trực tuyến trên Cổng dịch vụ công"),
        DemoFindingText(clause: "9.3.2",
                        description: "Biên bản xem xét của lãnh đạo nên ghi rõ quyết định về nguồn lực và cơ hội cải tiến",
                        action: "Bổ sung mẫu biên bản xem xét của lãnh đạo theo đủ đầu vào của điều 9.3.2"),
        DemoFindingText(clause: "7.5.2",
                        description: "Nên thống nhất cách đánh mã số tài liệu giữa các phòng chuyên môn",
                        action: "Ban hành quy định thống nhất mã số tài liệu"),
    ]

    /// Opportunities for improvement (cơ hội cải tiến).
    static let improvements: [DemoFindingText] = [
        DemoFindingText(clause: "10.3",
                        description: "Cơ hội cải tiến: tích hợp phần mềm ISO điện tử với hệ thống quản lý văn bản và điều hành",
                        action: "Tích hợp phần mềm ISO điện tử với hệ thống quản lý văn bản và điều hành"),
        DemoFindingText(clause: "10.3",
                        description: "Cơ hội cải tiến: số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực để tái sử dụng",
                        action: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực"),
        DemoFindingText(clause: "7.1.3",
                        description: "Cơ hội cải tiến: sử dụng chữ ký số chuyên dùng cho toàn bộ văn bản đi, kể cả văn bản nội bộ",
                        action: "Triển khai ký số cho 100% văn bản đi, kể cả văn bản nội bộ"),
    ]

    static func texts(for grade: FindingGrade) -> [DemoFindingText] {
        switch grade {
        case .major, .minor: return nonconformities
        case .observation: return observations
        case .improvement: return improvements
        }
    }

    /// Actions that do not come from an audit: decisions of a management review,
    /// the risk register, complaints. Some hold commas and quotes on purpose.
    static let standaloneActions = [
        "Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính theo quyết định công bố mới",
        "Khảo sát sự hài lòng của người dân, doanh nghiệp năm %Y",
        "Cập nhật sổ theo dõi rủi ro và cơ hội năm %Y",
        "Bố trí kinh phí duy trì, cải tiến hệ thống quản lý chất lượng năm %N",
        "Xử lý dứt điểm văn bản quá hạn trên hệ thống quản lý văn bản và điều hành",
        "Triển khai kết luận cuộc họp Ban Chỉ đạo ISO quý %Q",
        "Chuẩn hóa biểu mẫu \"Phiếu kiểm soát quá trình giải quyết hồ sơ\" theo mẫu mới",
        "Đào tạo kỹ năng đánh giá nội bộ cho thành viên Ban Chỉ đạo ISO",
        "Công bố lại hệ thống quản lý chất lượng khi mở rộng phạm vi áp dụng",
        "Kết nối phần mềm một cửa điện tử với Cổng dịch vụ công quốc gia",
        "Niêm yết công khai thủ tục hành chính, mã QR tra cứu tại bộ phận một cửa",
        "Rà soát danh mục hồ sơ, tài liệu lưu trữ điện tử",
    ]
}
