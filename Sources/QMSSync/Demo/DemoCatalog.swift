/// The Vietnamese vocabulary of the demo: units, administrative procedures and
/// place names as a Sở or a province actually has them. Names are fictional where
/// they name a place (tỉnh Bình An) and real where they name a kind of thing.
enum DemoCatalog {
    static let provinceName = "Bình An"

    // MARK: Department scale

    /// A Sở Thông tin và Truyền thông and its divisions: (id, name, parent, kind, weight).
    struct UnitSpec: Sendable {
        let id: String
        let name: String
        let parent: String?
        let kind: String
        let weight: Int
        let inElectronic: Double
        let outElectronic: Double
    }

    static let departmentUnits: [UnitSpec] = [
        UnitSpec(id: "STTTT", name: "Sở Thông tin và Truyền thông tỉnh Bình An", parent: nil, kind: "Sở",
                 weight: 12, inElectronic: 0.99, outElectronic: 0.89),
        UnitSpec(id: "STTTT-VP", name: "Văn phòng Sở", parent: "STTTT", kind: "Văn phòng",
                 weight: 16, inElectronic: 0.998, outElectronic: 0.92),
        UnitSpec(id: "STTTT-TTRA", name: "Thanh tra Sở", parent: "STTTT", kind: "Thanh tra",
                 weight: 4, inElectronic: 0.96, outElectronic: 0.79),
        UnitSpec(id: "STTTT-KHTC", name: "Phòng Kế hoạch - Tài chính", parent: "STTTT", kind: "Phòng",
                 weight: 6, inElectronic: 0.98, outElectronic: 0.85),
        UnitSpec(id: "STTTT-BCVT", name: "Phòng Bưu chính, Viễn thông", parent: "STTTT", kind: "Phòng",
                 weight: 8, inElectronic: 0.985, outElectronic: 0.87),
        UnitSpec(id: "STTTT-CNTT", name: "Phòng Công nghệ thông tin", parent: "STTTT", kind: "Phòng",
                 weight: 7, inElectronic: 0.998, outElectronic: 0.96),
        UnitSpec(id: "STTTT-TTBCXB", name: "Phòng Thông tin - Báo chí - Xuất bản", parent: "STTTT", kind: "Phòng",
                 weight: 7, inElectronic: 0.98, outElectronic: 0.84),
        UnitSpec(id: "STTTT-CDS", name: "Phòng Chuyển đổi số", parent: "STTTT", kind: "Phòng",
                 weight: 4, inElectronic: 0.995, outElectronic: 0.94),
        UnitSpec(id: "STTTT-VP-1C", name: "Bộ phận Tiếp nhận và Trả kết quả (Một cửa)", parent: "STTTT-VP",
                 kind: "Bộ phận", weight: 6, inElectronic: 0.985, outElectronic: 0.71),
        UnitSpec(id: "STTTT-TTCNTT", name: "Trung tâm Công nghệ thông tin và Truyền thông", parent: "STTTT",
                 kind: "Đơn vị sự nghiệp", weight: 8, inElectronic: 0.995, outElectronic: 0.995),
        UnitSpec(id: "STTTT-TTCNTT-HCTH", name: "Phòng Hành chính - Tổng hợp", parent: "STTTT-TTCNTT",
                 kind: "Phòng", weight: 3, inElectronic: 0.99, outElectronic: 0.995),
        UnitSpec(id: "STTTT-TTCNTT-KT", name: "Phòng Kỹ thuật - Hạ tầng số", parent: "STTTT-TTCNTT",
                 kind: "Phòng", weight: 3, inElectronic: 0.985, outElectronic: 0.99),
    ]

    /// Administrative procedures of a Sở TT&TT with the level they are offered at
    /// and the division that handles them.
    static let departmentServices: [(name: String, unit: String?, level: String)] = [
        ("Cấp giấy phép bưu chính", "STTTT-BCVT", "full"),
        ("Sửa đổi, bổ sung giấy phép bưu chính", "STTTT-BCVT", "full"),
        ("Cấp lại giấy phép bưu chính khi hết hạn", "STTTT-BCVT", "full"),
        ("Cấp lại giấy phép bưu chính khi bị mất hoặc hư hỏng không sử dụng được", "STTTT-BCVT", "partial"),
        ("Cấp văn bản xác nhận thông báo hoạt động bưu chính", "STTTT-BCVT", "full"),
        ("Cấp giấy chứng nhận đăng ký cung cấp dịch vụ viễn thông", "STTTT-BCVT", "4"),
        ("Cấp giấy phép hoạt động in xuất bản phẩm", "STTTT-TTBCXB", "full"),
        ("Cấp đổi giấy phép hoạt động in xuất bản phẩm", "STTTT-TTBCXB", "partial"),
        ("Cấp giấy phép xuất bản tài liệu không kinh doanh", "STTTT-TTBCXB", "full"),
        ("Cấp giấy phép xuất bản bản tin (địa phương)", "STTTT-TTBCXB", "full"),
        ("Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh", "STTTT-TTBCXB", "partial"),
        ("Cấp giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm", "STTTT-TTBCXB", "partial"),
        ("Đăng ký hoạt động cơ sở in", "STTTT-TTBCXB", "full"),
        ("Thay đổi thông tin đăng ký hoạt động cơ sở in", "STTTT-TTBCXB", "full"),
        ("Chấp thuận thay đổi chủ sở hữu, người đứng đầu cơ sở in", "STTTT-TTBCXB", "2"),
        ("Đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu", "STTTT-TTBCXB", "full"),
        ("Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", "STTTT-TTBCXB", "partial"),
        ("Sửa đổi, bổ sung giấy phép thiết lập trang thông tin điện tử tổng hợp", "STTTT-TTBCXB", "partial"),
        ("Gia hạn giấy phép thiết lập trang thông tin điện tử tổng hợp", "STTTT-TTBCXB", "3"),
        ("Cấp giấy chứng nhận đăng ký cung cấp trò chơi điện tử G1 trên mạng", "STTTT-TTBCXB", "partial"),
        ("Cấp giấy phép hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng", "STTTT-TTBCXB", "full"),
        ("Gia hạn giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng", "STTTT-TTBCXB", "3"),
        ("Cho phép họp báo (trong nước)", "STTTT-TTBCXB", "partial"),
        ("Cho phép đăng tin, bài, phát biểu trên phương tiện thông tin đại chúng", "STTTT-TTBCXB", "2"),
        ("Văn bản chấp thuận cho cơ quan đại diện nước ngoài phát hành thông cáo báo chí", "STTTT-TTBCXB", "2"),
        ("Cấp giấy phép trưng bày tranh, ảnh và các hình thức thông tin khác bên ngoài trụ sở", "STTTT-TTBCXB", "1"),
        ("Cấp giấy phép xuất bản đặc san", "STTTT-TTBCXB", "2"),
        ("Cấp giấy phép sản xuất kênh chương trình trong nước", "STTTT-TTBCXB", "1"),
        ("Cấp chứng thư số chuyên dùng cho cán bộ, công chức", "STTTT-TTCNTT", "full"),
        ("Thu hồi chứng thư số chuyên dùng", "STTTT-TTCNTT", "partial"),
        ("Cấp tài khoản thư điện tử công vụ", "STTTT-TTCNTT", "full"),
        ("Phê duyệt hồ sơ đề xuất cấp độ an toàn hệ thống thông tin", "STTTT-CNTT", "2"),
        ("Thẩm định thiết kế cơ sở dự án ứng dụng công nghệ thông tin", "STTTT-CNTT", "2"),
        ("Thẩm định kế hoạch thuê dịch vụ công nghệ thông tin", "STTTT-CNTT", "partial"),
        ("Xác nhận đăng ký tên miền cấp 2 của cơ quan nhà nước tỉnh", "STTTT-CDS", "4"),
        ("Cấp giấy phép sử dụng tần số vô tuyến điện cho đài truyền thanh cấp xã", "STTTT-BCVT", "1"),
        ("Cấp giấy phép lắp đặt cáp viễn thông trong phạm vi bảo vệ kết cấu hạ tầng giao thông", "STTTT-BCVT", "2"),
        ("Giải quyết khiếu nại lần đầu tại Sở", "STTTT-TTRA", "1"),
        ("Giải quyết tố cáo tại Sở", "STTTT-TTRA", "2"),
        ("Tiếp nhận phản ánh, kiến nghị của tổ chức, cá nhân về quy định hành chính", nil, "full"),
    ]

    // MARK: Province scale

    /// A Sở or ban: its id, name, own procedures and divisions `(suffix, name, kind)`.
    struct DepartmentSpec: Sendable {
        let id: String
        let name: String
        let weight: Int
        let services: [String]
        let divisions: [(String, String, String)]
    }

    static let provinceDepartments: [DepartmentSpec] = [
        DepartmentSpec(id: "VPUB", name: "Văn phòng Ủy ban nhân dân tỉnh", weight: 14, services: [], divisions: [
            ("HCTC", "Phòng Hành chính - Tổ chức", "Phòng"),
            ("KT", "Phòng Kinh tế", "Phòng"),
            ("KGVX", "Phòng Khoa giáo - Văn xã", "Phòng"),
            ("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh", "Trung tâm"),
        ]),
        DepartmentSpec(id: "SNV", name: "Sở Nội vụ", weight: 8, services: [
            "Thẩm định thành lập đơn vị sự nghiệp công lập", "Thẩm định thành lập tổ chức hành chính",
            "Công nhận ban vận động thành lập hội", "Phê duyệt điều lệ hội",
            "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Tặng danh hiệu Tập thể lao động xuất sắc",
            "Thi tuyển công chức", "Xét tuyển viên chức", "Thủ tục công nhận quỹ đủ điều kiện hoạt động",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("TTRA", "Thanh tra Sở", "Thanh tra"),
            ("TCBC", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Phòng"),
            ("CCHC", "Phòng Cải cách hành chính", "Phòng"),
            ("TDKT", "Ban Thi đua - Khen thưởng", "Chi cục"),
        ]),
        DepartmentSpec(id: "STP", name: "Sở Tư pháp", weight: 7, services: [
            "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Đăng ký hoạt động Văn phòng công chứng",
            "Cấp thẻ công chứng viên", "Đăng ký hành nghề luật sư với tư cách cá nhân",
            "Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng", "Đăng ký hoạt động của tổ chức hành nghề luật sư",
            "Cấp giấy đăng ký hoạt động của Trung tâm trọng tài", "Cấp thẻ tư vấn viên pháp luật",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("HCTP", "Phòng Hành chính tư pháp", "Phòng"),
            ("BTTP", "Phòng Bổ trợ tư pháp", "Phòng"),
        ]),
        DepartmentSpec(id: "SKHDT", name: "Sở Kế hoạch và Đầu tư", weight: 8, services: [
            "Đăng ký thành lập doanh nghiệp tư nhân", "Đăng ký thành lập công ty TNHH một thành viên",
            "Đăng ký thành lập công ty cổ phần", "Đăng ký thay đổi người đại diện theo pháp luật",
            "Thông báo tạm ngừng kinh doanh", "Cấp Giấy chứng nhận đăng ký đầu tư",
            "Quyết định chủ trương đầu tư của Ủy ban nhân dân tỉnh", "Giải thể doanh nghiệp",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("DKKD", "Phòng Đăng ký kinh doanh", "Phòng"),
            ("KTN", "Phòng Kinh tế ngành", "Phòng"),
        ]),
        DepartmentSpec(id: "STC", name: "Sở Tài chính", weight: 8, services: [
            "Cấp mã số đơn vị có quan hệ với ngân sách", "Quyết toán vốn đầu tư dự án hoàn thành",
            "Thẩm định phương án giá tài sản công", "Mua sắm tài sản công phục vụ hoạt động của cơ quan",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("QLNS", "Phòng Quản lý ngân sách", "Phòng"),
            ("GCS", "Phòng Quản lý giá và công sản", "Phòng"),
        ]),
        DepartmentSpec(id: "SCT", name: "Sở Công Thương", weight: 6, services: [
            "Cấp Giấy phép kinh doanh bán buôn sản phẩm rượu", "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai",
            "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp", "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
            "Cấp Giấy phép lập cơ sở bán lẻ", "Cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm (Công Thương)",
            "Đăng ký tổ chức hội chợ, triển lãm thương mại",
        ], divisions: []),
        DepartmentSpec(id: "SNNPTNT", name: "Sở Nông nghiệp và Phát triển nông thôn", weight: 9, services: [
            "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông lâm thủy sản",
            "Cấp giấy chứng nhận kiểm dịch động vật vận chuyển ra khỏi địa bàn tỉnh",
            "Phê duyệt phương án khai thác thực vật rừng thông thường",
            "Cấp văn bản chấp thuận hoạt động trong phạm vi bảo vệ công trình thủy lợi",
            "Cấp giấy phép hoạt động thủy lợi", "Công nhận làng nghề truyền thống",
            "Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("CCKL", "Chi cục Kiểm lâm", "Chi cục"),
            ("CCTL", "Chi cục Thủy lợi", "Chi cục"), ("CCCNTY", "Chi cục Chăn nuôi và Thú y", "Chi cục"),
        ]),
        DepartmentSpec(id: "SGTVT", name: "Sở Giao thông vận tải", weight: 7, services: [
            "Cấp đổi Giấy phép lái xe do ngành Giao thông vận tải cấp", "Cấp lại Giấy phép lái xe",
            "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô", "Cấp phù hiệu xe taxi, xe hợp đồng",
            "Chấp thuận thiết kế kỹ thuật nút giao đấu nối vào quốc lộ", "Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn",
            "Cấp Giấy chứng nhận đăng ký xe máy chuyên dùng",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("QLVT", "Phòng Quản lý vận tải, phương tiện và người lái", "Phòng"),
        ]),
        DepartmentSpec(id: "SXD", name: "Sở Xây dựng", weight: 6, services: [
            "Cấp giấy phép xây dựng mới đối với công trình cấp II", "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II",
            "Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng", "Cấp giấy phép di dời công trình",
            "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("QLXD", "Phòng Quản lý hoạt động xây dựng", "Phòng"),
        ]),
        DepartmentSpec(id: "STNMT", name: "Sở Tài nguyên và Môi trường", weight: 9, services: [
            "Đăng ký đất đai, tài sản gắn liền với đất lần đầu", "Cấp giấy phép khai thác, sử dụng nước mặt",
            "Thẩm định báo cáo đánh giá tác động môi trường", "Cấp giấy phép môi trường",
            "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Cấp giấy phép thăm dò khoáng sản",
            "Gia hạn giấy phép khai thác khoáng sản", "Cung cấp dữ liệu đất đai",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("VPDKDD", "Văn phòng Đăng ký đất đai", "Đơn vị sự nghiệp"),
            ("CCBVMT", "Chi cục Bảo vệ môi trường", "Chi cục"),
        ]),
        DepartmentSpec(id: "STTTT", name: "Sở Thông tin và Truyền thông", weight: 6,
                       services: departmentServices.prefix(14).map(\.name), divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("BCVT", "Phòng Bưu chính, Viễn thông", "Phòng"),
            ("TTCNTT", "Trung tâm Công nghệ thông tin và Truyền thông", "Đơn vị sự nghiệp"),
        ]),
        DepartmentSpec(id: "SLDTBXH", name: "Sở Lao động - Thương binh và Xã hội", weight: 7, services: [
            "Cấp giấy phép hoạt động dịch vụ việc làm", "Giải quyết hưởng trợ cấp thất nghiệp",
            "Cấp giấy phép lao động cho người lao động nước ngoài", "Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động",
            "Giải quyết chế độ trợ cấp một lần đối với người có công", "Đăng ký hoạt động giáo dục nghề nghiệp",
        ], divisions: []),
        DepartmentSpec(id: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch", weight: 6, services: [
            "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", "Công nhận hạng cơ sở lưu trú du lịch",
            "Cấp giấy phép tổ chức biểu diễn nghệ thuật", "Cấp thẻ hướng dẫn viên du lịch",
            "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", "Cấp giấy phép kinh doanh dịch vụ karaoke, vũ trường",
        ], divisions: []),
        DepartmentSpec(id: "SKHCN", name: "Sở Khoa học và Công nghệ", weight: 5, services: [
            "Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", "Cấp giấy phép tiến hành công việc bức xạ",
            "Tiếp nhận hồ sơ công bố hợp chuẩn", "Cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ",
            "Kiểm tra nhà nước về đo lường đối với hàng đóng gói sẵn", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục"),
        ]),
        DepartmentSpec(id: "SGDDT", name: "Sở Giáo dục và Đào tạo", weight: 8, services: [
            "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Chỉnh sửa nội dung văn bằng, chứng chỉ",
            "Cho phép trường trung học phổ thông hoạt động giáo dục", "Cấp phép hoạt động dạy thêm, học thêm",
            "Công nhận trường trung học đạt chuẩn quốc gia", "Phúc khảo bài thi tốt nghiệp trung học phổ thông",
        ], divisions: []),
        DepartmentSpec(id: "SYT", name: "Sở Y tế", weight: 8, services: [
            "Cấp mới chứng chỉ hành nghề khám bệnh, chữa bệnh", "Cấp giấy phép hoạt động phòng khám đa khoa",
            "Cấp chứng chỉ hành nghề dược", "Cấp giấy chứng nhận đủ điều kiện kinh doanh dược",
            "Cấp giấy xác nhận nội dung quảng cáo thực phẩm", "Công bố cơ sở đủ điều kiện thực hiện khám sức khỏe",
        ], divisions: [
            ("VP", "Văn phòng Sở", "Văn phòng"), ("CCATTP", "Chi cục An toàn vệ sinh thực phẩm", "Chi cục"),
            ("CCDS", "Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục"),
        ]),
        DepartmentSpec(id: "TTT", name: "Thanh tra tỉnh", weight: 4, services: [
            "Giải quyết khiếu nại lần hai tại cấp tỉnh", "Giải quyết tố cáo tại cấp tỉnh",
            "Tiếp công dân tại cấp tỉnh", "Xử lý đơn tại cấp tỉnh",
        ], divisions: []),
        DepartmentSpec(id: "BDT", name: "Ban Dân tộc", weight: 3, services: [
            "Công nhận người có uy tín trong đồng bào dân tộc thiểu số", "Đưa ra khỏi danh sách người có uy tín",
        ], divisions: []),
        DepartmentSpec(id: "BQLKKT", name: "Ban Quản lý Khu kinh tế", weight: 4, services: [
            "Cấp giấy phép lao động cho người nước ngoài làm việc trong khu kinh tế",
            "Cấp giấy chứng nhận đăng ký đầu tư trong khu kinh tế", "Cấp giấy phép xây dựng trong khu kinh tế",
            "Cấp giấy chứng nhận xuất xứ hàng hóa ưu đãi",
        ], divisions: []),
        DepartmentSpec(id: "SNGV", name: "Sở Ngoại vụ", weight: 3, services: [
            "Cho phép tổ chức hội nghị, hội thảo quốc tế", "Tiếp nhận, xử lý hồ sơ xin cấp thẻ ABTC",
            "Cho phép cán bộ, công chức đi công tác nước ngoài",
        ], divisions: []),
    ]

    /// (id, name, kind of the head unit, commune kind): huyện, thị xã, thành phố.
    static let provinceDistricts: [(id: String, name: String, kind: String, town: Bool)] = [
        ("TPBA", "Thành phố Bình An", "UBND thành phố", true),
        ("TXAP", "Thị xã An Phước", "UBND thị xã", true),
        ("HPT", "Huyện Phú Tân", "UBND huyện", false),
        ("HTH", "Huyện Tây Hòa", "UBND huyện", false),
        ("HDL", "Huyện Đồng Lâm", "UBND huyện", false),
        ("HHS", "Huyện Hoài Sơn", "UBND huyện", false),
        ("HVL", "Huyện Vân Lĩnh", "UBND huyện", false),
        ("HCL", "Huyện Cát Lộc", "UBND huyện", false),
        ("HMT", "Huyện Mỹ Thạnh", "UBND huyện", false),
    ]

    /// Syllables that make commune names ("An Thạnh", "Phước Hiệp"...).
    static let placeFirst = [
        "An", "Bình", "Cát", "Đại", "Hòa", "Hưng", "Lộc", "Mỹ", "Nhơn", "Phú", "Phước", "Tân", "Tây", "Thạnh",
        "Vĩnh", "Xuân", "Đông", "Quang", "Ân", "Hoài",
    ]
    static let placeSecond = [
        "Hòa", "Thành", "Lợi", "Phong", "Sơn", "Hiệp", "Thuận", "Tiến", "Hưng", "Lộc", "Mỹ", "Tân", "An",
        "Trung", "Đông", "Hải", "Nghĩa", "Khánh", "Thịnh", "Quang",
    ]

    /// Procedures a district (UBND cấp huyện) receives.
    static let districtServices = [
        "Cấp Giấy chứng nhận đăng ký hộ kinh doanh", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
        "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký khai sinh có yếu tố nước ngoài",
        "Đăng ký kết hôn có yếu tố nước ngoài", "Cấp Giấy phép bán lẻ rượu",
        "Chứng thực bản sao từ bản chính giấy tờ do cơ quan nước ngoài cấp", "Thẩm định báo cáo kinh tế - kỹ thuật đầu tư xây dựng",
        "Giải quyết khiếu nại lần đầu tại cấp huyện", "Cho phép thành lập trường mầm non tư thục",
        "Trợ cấp xã hội hàng tháng cho người cao tuổi", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội",
        "Đăng ký thế chấp quyền sử dụng đất", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "Thay đổi, cải chính hộ tịch cho người từ đủ 14 tuổi trở lên",
    ]

    /// Procedures a commune (UBND cấp xã) receives.
    static let communeServices = [
        "Đăng ký khai sinh", "Đăng ký khai tử", "Đăng ký kết hôn", "Đăng ký nhận cha, mẹ, con",
        "Cấp bản sao trích lục hộ tịch", "Cấp giấy xác nhận tình trạng hôn nhân", "Chứng thực bản sao từ bản chính",
        "Chứng thực chữ ký trong giấy tờ, văn bản", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
        "Đăng ký giám hộ", "Hòa giải tranh chấp đất đai", "Xác nhận hộ gia đình làm nông nghiệp có mức sống trung bình",
        "Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", "Đăng ký hoạt động tín ngưỡng",
    ]

    /// System procedures every unit with a quality system keeps (TCVN ISO 9001:2015).
    static let systemProcedures = [
        "Quy trình kiểm soát thông tin dạng văn bản",
        "Quy trình kiểm soát hồ sơ",
        "Quy trình đánh giá nội bộ",
        "Quy trình kiểm soát đầu ra không phù hợp",
        "Quy trình hành động khắc phục",
        "Quy trình xem xét của lãnh đạo",
        "Quy trình quản lý rủi ro và cơ hội",
        "Quy trình tiếp nhận và xử lý văn bản đến",
        "Quy trình phát hành văn bản đi",
        "Quy trình khảo sát sự hài lòng của tổ chức, cá nhân",
        "Quy trình tiếp công dân, xử lý đơn thư",
        "Quy trình lập dự toán và quyết toán kinh phí",
    ]
}
