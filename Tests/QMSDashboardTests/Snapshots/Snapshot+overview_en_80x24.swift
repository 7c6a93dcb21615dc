// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let overview_en_80x24 = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
         ✓ 2/7 met · ✗ 2 off track · ! 2 at risk · 5 overdue · 2 audits open
        ┌ Quality objectives 2026 ──────────────────────────────────────────────── 1/7 ┐
        │Status      Objective                          Progress        Value    Target│
        │✗ off track Tỷ lệ hồ sơ giải quyết đúng hạn    ███████████░      88%      ≥95%│
        │✗ off track Tỷ lệ thủ tục hành chính cung cấp… █████████░░░      60%      ≥80%│
        │! at risk   cannot be met · Tỷ lệ văn bản đến… ███████████▋    87.9%      ≥90%│
        │! at risk   Thời gian trung bình xử lý hồ sơ   ███████████░      5.4        ≤5│
        │· no data   Số quy trình được rà soát, cập nh… ░░░░░░░░░░░░      n/a       ≥12│
        │✓ met       Mức độ hài lòng của người dân      ████████████      90%      ≥85%│
        │✓ met       Mục tiêu ␛[…]đỏ␛[…] có ký tự điều… ████████████      60%      ≥50%│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Open audits ──────────────────── 1/2 ┐┌ Overdue actions ──────────────── 1/5 ┐
        │Audit                  Maj/Min/Obs/OFI││  Late Action             Unit        │
        │Đánh giá nội bộ đợt 2… 1/1/1/0        ││ 148 d Lập kế hoạch thực… Phòng Bưu c…│
        │Đánh giá giám sát lần… 0/0/0/0        ││ 102 d Rà soát danh mục…  Phòng Bưu c…│
        │                                      ││  85 d Sao lưu định kỳ m… Trung tâm C…│
        │                                      ││  30 d Niêm yết quy trìn… Bộ phận Một…│
        │                                      ││   5 d Bổ sung thời hạn…  Văn phòng Sở│
        │                                      ││                                      │
        │                                      ││                                      │
        └──────────────────────────────────────┘└──────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Enter Open  Tab Panel  u Unit  1-6 Screens
        """#
}
