// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let overview_en_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 units)                     as of 2026-11-25 · synced 2026-11-24 07:30 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
         ✓ 2 of 7 met · ✗ 2 objectives off track · ! 2 at risk · 5 actions overdue · 2 audits open
        ┌ Objectives met ───────────────┐┌ Objectives off track ─────────┐┌ Overdue actions ──────────────┐┌ Open audits ──────────────────┐
        │          ▀▀█   █ ▀▀█          ││              ▀▀█              ││              █▀▀              ││              ▀▀█              │
        │          █▀▀ ▄▀    █          ││              █▀▀              ││              ▀▀█              ││              █▀▀              │
        │          ▀▀▀ ▀     ▀          ││              ▀▀▀              ││              ▀▀▀              ││              ▀▀▀              │
        └───────────────────────────────┘└───────────────────────────────┘└───────────────────────────────┘└───────────────────────────────┘
        ┌ Quality objectives 2026 ──────────────────────────────────────────────────────────────────────────────────────────────────── 1/7 ┐
        │Status      Objective                                             Unit                     Progress                Value    Target│
        │✗ off track Tỷ lệ hồ sơ giải quyết đúng hạn                       Văn phòng Sở             ██████████████████▌░      88%      ≥95%│
        │✗ off track Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực…  Trung tâm Công nghệ thô… ███████████████░░░░░      60%      ≥80%│
        │! at risk   cannot be met · Tỷ lệ văn bản đến được xử lý trên mô… Sở Thông tin và Truyền…  ███████████████████▌    87.9%      ≥90%│
        │! at risk   Thời gian trung bình xử lý hồ sơ                      Bộ phận Một cửa          ██████████████████▌░      5.4        ≤5│
        │· no data   Số quy trình được rà soát, cập nhật                   Phòng Bưu chính, Viễn t… ░░░░░░░░░░░░░░░░░░░░      n/a       ≥12│
        │✓ met       Mức độ hài lòng của người dân                         Whole organisation       ████████████████████      90%      ≥85%│
        │✓ met       Mục tiêu ␛[…]đỏ␛[…] có ký tự điều khiển               Văn phòng Sở             ████████████████████      60%      ≥50%│
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        ┌ Open audits ────────────────────────────────────────────── 1/2 ┐┌ Overdue actions ────────────────────────────────────────── 1/5 ┐
        │Start      Audit                        Findings                ││  Late Action                Unit                 Owner         │
        │2026-11-10 Đánh giá nội bộ đợt 2 năm 2… 1 major 1 minor 1 obs.  ││ 148 d Lập kế hoạch thực hi… Phòng Bưu chính, Vi… Hoàng Văn Em  │
        │2026-12-02 Đánh giá giám sát lần 1      0                       ││ 102 d Rà soát danh mục hồ…  Phòng Bưu chính, Vi… Hoàng Văn Em  │
        │                                                                ││  85 d Sao lưu định kỳ máy…  Trung tâm Công nghệ… Đặng Thu Trang│
        │                                                                ││  30 d Niêm yết quy trình m… Bộ phận Một cửa      Vũ Thị Giang  │
        │                                                                ││   5 d Bổ sung thời hạn trả… Văn phòng Sở         Nguyễn Văn An │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        └────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Enter Open  Tab Panel  u Unit  1-6 Screens
        """#
}
