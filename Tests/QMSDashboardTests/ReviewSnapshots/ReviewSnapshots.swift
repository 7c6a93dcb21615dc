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

             6 corrective actions open, 5 of them overdue; 1 closed this year, 1 of them on
             time.
             Findings this year: 1 major and 2 minor nonconformities, 1 observations, 0
             opportunities for improvement.
             Id     Title                                    Unit  Due         Days overdue
             HD-03  Lập kế hoạch thực hiện mục tiêu chất l…  BCVT  2026-06-30  148
             HD-06  Rà soát danh mục hồ sơ lưu trữ của phò…  BCVT  2026-08-15  102
             HD-04  Sao lưu định kỳ máy chủ dịch vụ công     TT    2026-09-01  85
             HD-07  Niêm yết quy trình mới tại Bộ phận Một…  MC    2026-10-26  30
             HD-01  Bổ sung thời hạn trả kết quả vào sổ ti…  VP    2026-11-20  5
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

             6 hành động khắc phục đang mở, 5 quá hạn; 1 đã hoàn thành trong năm, 1 đúng
             hạn.
             Phát hiện trong năm: 1 điểm không phù hợp nặng, 2 không phù hợp nhẹ, 1 khuyến
             nghị, 0 cơ hội cải tiến.
             Mã     Nội dung                            Đơn vị  Hạn         Số ngày quá hạn
             HD-03  Lập kế hoạch thực hiện mục tiêu c…  BCVT    30/06/2026  148
             HD-06  Rà soát danh mục hồ sơ lưu trữ củ…  BCVT    15/08/2026  102
             HD-04  Sao lưu định kỳ máy chủ dịch vụ c…  TT      01/09/2026  85
             HD-07  Niêm yết quy trình mới tại Bộ phậ…  MC      26/10/2026  30
             HD-01  Bổ sung thời hạn trả kết quả vào…   VP      20/11/2026  5
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
             MT-07  Muc tieu ?[...]do?[....  60%              50%           dat
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
    ]
}
