// Recorded by ReviewViewSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

/// Review mode's screens, by name (see `ReviewViewSnapshotTests`).
enum ReviewSnapshots {
    static let all: [String: String] = [
        "nonconformities_en": #"""
             Review 1 · Quý IV             2026-11-25 · Sở Thông tin và Truyền thông · open
             9.3.2 c) 4) · section 6/13                  Chair: Nguyễn Văn An · 2 attendees
             Nonconformities and corrective actions
                        █▀▀                        █▀▀                       ▀▀█
                        █▀█                        ▀▀█                        ▀█
                        ▀▀▀                        ▀▀▀                       ▀▀▀
                   actions open                  overdue               nonconformities

             Corrective actions open: 6, overdue: 5; closed this year: 1, on time: 1.
             Days to close (1 action closed in 2026): median 78, 90th percentile 78.
             Findings this year: major nonconformities 1, minor 2, observations 1,
             opportunities for improvement 0.
             Id     Title                                    Unit  Due         Days overdue
             HD-03  Lập kế hoạch thực hiện mục tiêu chất l…  BCVT  2026-06-30  148
             HD-06  Rà soát danh mục hồ sơ lưu trữ của phò…  BCVT  2026-08-15  102
             HD-04  Sao lưu định kỳ máy chủ dịch vụ công     TT    2026-09-01  85
             HD-07  Niêm yết quy trình mới tại Bộ phận Một…  MC    2026-10-26  30
             HD-01  Bổ sung thời hạn trả kết quả vào sổ ti…  VP    2026-11-20  5
             Actions due within 14 days: 0.
             ── Notes / Decisions ─────────────────────────────────────────────────────────
             • Tồn 3 hồ sơ quá hạn ở bộ phận một cửa
             ▶ Decision: Bổ sung kinh phí số hoá hồ sơ

            ←→ Section  d Decision  n Note  a Action item  t Attendees  q Quit  ↑↓ Scroll
            """#,
        "nonconformities_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 4) · mục 6/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Sự không phù hợp và hành động khắc phục
                        █▀▀                        █▀▀                       ▀▀█
                        █▀█                        ▀▀█                        ▀█
                        ▀▀▀                        ▀▀▀                       ▀▀▀
                 hành động đang mở               quá hạn              điểm không phù hợp

             Hành động khắc phục đang mở: 6, quá hạn: 5; hoàn thành trong năm: 1, đúng hạn:
             1.
             Thời gian hoàn thành (1 hành động đóng trong năm 2026): trung vị 78 ngày, phân
             vị 90 là 78 ngày.
             Phát hiện trong năm: không phù hợp nặng 1, nhẹ 2, khuyến nghị 1, cơ hội cải
             tiến 0.
             Mã     Nội dung                            Đơn vị  Hạn         Số ngày quá hạn
             HD-03  Lập kế hoạch thực hiện mục tiêu c…  BCVT    30/06/2026  148
             HD-06  Rà soát danh mục hồ sơ lưu trữ củ…  BCVT    15/08/2026  102
             HD-04  Sao lưu định kỳ máy chủ dịch vụ c…  TT      01/09/2026  85
             HD-07  Niêm yết quy trình mới tại Bộ phậ…  MC      26/10/2026  30
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             • Tồn 3 hồ sơ quá hạn ở bộ phận một cửa
             ▶ Kết luận: Bổ sung kinh phí số hoá hồ sơ

            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "objectives_vi_ascii": #"""
             Cuoc hop 1 | Quy IV       25/11/2026 | So Thong tin va Truyen thong | dang hop
             9.3.2 c) 2) | muc 4/13                     Chu tri: Nguyen Van An | 2 nguoi du
             Muc do dat muc tieu chat luong
                           _    /  _                                   _
                           _|  /    |                                  _|
                          |_  /     |                                 |_
                          muc tieu dat                             khong dat

             2 dat, 2 co nguy co khong dat, 2 khong dat, 1 chua co so lieu.
             Ma     Noi dung                 Ket qua          Chi tieu      Tinh trang
             MT-02  Ty le ho so giai quy...  88%              95%           chua dat
             MT-06  Ty le thu tuc hanh c...  60%              80%           chua dat
             MT-01  Ty le van ban den du...  87,88%           90%           co nguy co
             MT-03  Thoi gian trung binh...  5,4 ngay         <= 5 ngay     co nguy co
             MT-04  So quy trinh duoc ra...  chua co so lieu  12 quy trinh  chua co so lieu
             MT-05  Muc do hai long cua...   90%              85%           dat
             MT-07  Muc tieu ^[[...]do^[...  60%              50%           dat
             * MT-01: khong the dat; thoi gian con lai can 109,39%, ba thang gan nhat dat
               100%.
             -- Y kien, ghi chu / Ket luan ------------------------------------------------
             Muc nay chua co ghi chu hay ket luan: d ket luan, n ghi chu.


            <> Muc  d Ket luan  n Ghi chu  a Giao viec  t Nguoi du  q Thoat  j/k Cuon
            """#,
        "outputs_en_unknownOwner": #"""
             Review 1 · Quý IV             2026-11-25 · Sở Thông tin và Truyền thông · open
             9.3.3 · section 13/13                       Chair: Nguyễn Văn An · 2 attendees
             Decisions: improvement, changes to the quality system, resource needs
                              ▀▀█                                     ▄█
                              █▀▀                                      █
                              ▀▀▀                                     ▀▀▀
                           decisions                              action items

             ── Notes / Decisions ─────────────────────────────────────────────────────────
             ▶ Decision: Cập nhật quy trình tiếp nhận hồ sơ
             → XXLD-1-1 Rà soát danh mục thủ tục  VP · 2026-12-31











             Owner unit id: NOPE          ⚠ No unit 'NOPE': type a unit id as in units.csv.
            Enter Save  Esc Cancel
            """#,
        "section_a_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 a) · mục 1/13                        Chủ trì: Nguyễn Văn An · 2 người dự
             Tình hình thực hiện các quyết định của lần xem xét trước

             Không có.
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.
















            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_b_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 b) · mục 2/13                        Chủ trì: Nguyễn Văn An · 2 người dự
             Thay đổi của các vấn đề bên ngoài và nội bộ

             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.

















            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_c1_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 1) · mục 3/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Sự hài lòng và phản hồi của người dân, doanh nghiệp
                                              █▀▀ █▀█ ▀ █
                                              █▀█ █ █ ▄▀
                                              ▀▀▀ ▀▀▀ ▀ ▀
                                        dịch vụ công trực tuyến

             Chỉ số                         Kết quả  Số đếm
             Thủ tục hành chính trực tuyến  60%      3/5
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.











            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_c2_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 2) · mục 4/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Mức độ đạt mục tiêu chất lượng
                          ▀▀█   █ ▀▀█                                 ▀▀█
                          █▀▀ ▄▀    █                                 █▀▀
                          ▀▀▀ ▀     ▀                                 ▀▀▀
                          mục tiêu đạt                             không đạt

             2 đạt, 2 có nguy cơ không đạt, 2 không đạt, 1 chưa có số liệu.
             Mã     Nội dung                 Kết quả          Chỉ tiêu      Tình trạng
             MT-02  Tỷ lệ hồ sơ giải quyết…  88%              95%           chưa đạt
             MT-06  Tỷ lệ thủ tục hành chí…  60%              80%           chưa đạt
             MT-01  Tỷ lệ văn bản đến được…  87,88%           90%           có nguy cơ
             MT-03  Thời gian trung bình x…  5,4 ngày         ≤ 5 ngày      có nguy cơ
             MT-04  Số quy trình được rà s…  chưa có số liệu  12 quy trình  chưa có số liệu
             MT-05  Mức độ hài lòng của ng…  90%              85%           đạt
             MT-07  Mục tiêu ␛[…]đỏ␛[…] có…  60%              50%           đạt
             • MT-01: không thể đạt; thời gian còn lại cần 109,39%, ba tháng gần nhất đạt
               100%.
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.


            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_c3_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 3) · mục 5/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Kết quả thực hiện quá trình và sự phù hợp
                                           █▀▀ █▀▀   ▀▀█ ▀ █
                                           █▀█ █▀█ ▄   █ ▄▀
                                           ▀▀▀ ▀▀▀ ▀   ▀ ▀ ▀
                                            văn bản đúng hạn

             Chỉ số                            Kết quả          Số đếm
             Văn bản xử lý đúng hạn            66,67%           22/33
             Quy trình được rà soát trong năm  chưa có số liệu  0/0
             Văn bản đến xử lý điện tử         87,88%           29/33
             Văn bản đi gửi điện tử            chưa có số liệu  0/0
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.








            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_c4_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 4) · mục 6/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Sự không phù hợp và hành động khắc phục
                        █▀▀                        █▀▀                       ▀▀█
                        █▀█                        ▀▀█                        ▀█
                        ▀▀▀                        ▀▀▀                       ▀▀▀
                 hành động đang mở               quá hạn              điểm không phù hợp

             Hành động khắc phục đang mở: 6, quá hạn: 5; hoàn thành trong năm: 1, đúng hạn:
             1.
             Thời gian hoàn thành (1 hành động đóng trong năm 2026): trung vị 78 ngày, phân
             vị 90 là 78 ngày.
             Phát hiện trong năm: không phù hợp nặng 1, nhẹ 2, khuyến nghị 1, cơ hội cải
             tiến 0.
             Mã     Nội dung                            Đơn vị  Hạn         Số ngày quá hạn
             HD-03  Lập kế hoạch thực hiện mục tiêu c…  BCVT    30/06/2026  148
             HD-06  Rà soát danh mục hồ sơ lưu trữ củ…  BCVT    15/08/2026  102
             HD-04  Sao lưu định kỳ máy chủ dịch vụ c…  TT      01/09/2026  85
             HD-07  Niêm yết quy trình mới tại Bộ phậ…  MC      26/10/2026  30
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             • Tồn 3 hồ sơ quá hạn ở bộ phận một cửa
             ▶ Kết luận: Bổ sung kinh phí số hoá hồ sơ

            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_c5_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 5) · mục 7/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Kết quả theo dõi và đo lường
                                           █▀▀ █▀▀   ▀▀█ ▀ █
                                           █▀█ █▀█ ▄   █ ▄▀
                                           ▀▀▀ ▀▀▀ ▀   ▀ ▀ ▀
                                            văn bản đúng hạn

             Chỉ số                                   Kết quả          Số đếm
             Văn bản đến xử lý điện tử                87,88%           29/33
             Văn bản đi gửi điện tử                   chưa có số liệu  0/0
             Văn bản xử lý đúng hạn                   66,67%           22/33
             Thủ tục hành chính trực tuyến            60%              3/5
             Hành động khắc phục hoàn thành đúng hạn  16,67%           1/6
             Quy trình được rà soát trong năm         chưa có số liệu  0/0
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.






            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_c6_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 6) · mục 8/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Kết quả đánh giá
                              ▀▀█                                     ▀▀█
                              █▀▀                                      ▀█
                              ▀▀▀                                     ▀▀▀
                         cuộc đánh giá                         điểm không phù hợp

             Mã     Nội dung         Loại    Thời gian        Tình trạng    Phát hiện (nặn…
             DG-03  Đánh giá nội b…  nội bộ  12/05/2026–14/…  đã đóng       0/1/0/0
             DG-01  Đánh giá nội b…  nội bộ  10/11/2026–12/…  đang báo cáo  1/1/1/0
             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.










            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_c7_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 c) 7) · mục 9/13                     Chủ trì: Nguyễn Văn An · 2 người dự
             Kết quả thực hiện của nhà cung cấp bên ngoài

             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.

















            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_d_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 d) · mục 10/13                       Chủ trì: Nguyễn Văn An · 2 người dự
             Sự thỏa đáng của các nguồn lực

             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.

















            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_e_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 e) · mục 11/13                       Chủ trì: Nguyễn Văn An · 2 người dự
             Hiệu lực của các hành động giải quyết rủi ro và cơ hội

             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.

















            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_f_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.2 f) · mục 12/13                       Chủ trì: Nguyễn Văn An · 2 người dự
             Cơ hội cải tiến
                                                  █▀█
                                                  █ █
                                                  ▀▀▀
                                            cơ hội cải tiến

             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             Mục này chưa có ghi chú hay kết luận: d kết luận, n ghi chú.













            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
        "section_out_vi": #"""
             Cuộc họp 1 · Quý IV       25/11/2026 · Sở Thông tin và Truyền thông · đang họp
             9.3.3 · mục 13/13                          Chủ trì: Nguyễn Văn An · 2 người dự
             Kết luận: cải tiến, thay đổi hệ thống quản lý chất lượng, nhu cầu nguồn lực
                              ▀▀█                                     ▄█
                              █▀▀                                      █
                              ▀▀▀                                     ▀▀▀
                            kết luận                               việc giao

             ── Ý kiến, ghi chú / Kết luận ────────────────────────────────────────────────
             ▶ Kết luận: Cập nhật quy trình tiếp nhận hồ sơ
             → XXLD-1-1 Rà soát danh mục thủ tục  VP · 31/12/2026












            ←→ Mục  d Kết luận  n Ghi chú  a Giao việc  t Người dự  q Thoát  ↑↓ Cuộn
            """#,
    ]
}
