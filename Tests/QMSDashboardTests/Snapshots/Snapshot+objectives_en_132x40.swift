// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectives_en_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 units)                     as of 2026-11-25 · synced 2026-11-24 07:30 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Objectives 2026 · sorted by status ───────────────────────────────────────────────────────────────────────────────────────── 1/7 ┐
        │ID         Status      Objective                                         Unit                   Progress          Value     Target│
        │MT-02      ✗ off track Tỷ lệ hồ sơ giải quyết đúng hạn                   Văn phòng Sở           ████████████▉░      88%       ≥95%│
        │MT-06      ✗ off track Tỷ lệ thủ tục hành chính cung cấp dịch vụ công t… Trung tâm Công nghệ t… ██████████▌░░░      60%       ≥80%│
        │MT-01      ! at risk   Tỷ lệ văn bản đến được xử lý trên môi trường điệ… Sở Thông tin và Truyề… █████████████▋    87.9%       ≥90%│
        │MT-03      ! at risk   Thời gian trung bình xử lý hồ sơ                  Bộ phận Một cửa        ████████████▉░      5.4         ≤5│
        │MT-04      · no data   Số quy trình được rà soát, cập nhật               Phòng Bưu chính, Viễn… ░░░░░░░░░░░░░░      n/a        ≥12│
        │MT-05      ✓ met       Mức độ hài lòng của người dân                     Whole organisation     ██████████████      90%       ≥85%│
        │MT-07      ✓ met       Mục tiêu ␛[…]đỏ␛[…] có ký tự điều khiển           Văn phòng Sở           ██████████████      60%       ≥50%│
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        │                                                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Enter Open  / Filter  s Sort  u Unit  1-6 Screens
        """#
}
