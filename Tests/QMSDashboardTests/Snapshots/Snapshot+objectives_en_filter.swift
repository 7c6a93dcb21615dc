// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectives_en_filter = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Objectives 2026 · sorted by status · filter “van phong” ──────────────── 1/2 ┐
        │ID       Status      Objective                                Value     Target│
        │MT-02    ✗ off track Tỷ lệ hồ sơ giải quyết đúng hạn            88%       ≥95%│
        │MT-07    ✓ met       Mục tiêu ␛[…]đỏ␛[…] có ký tự điều kh…      60%       ≥50%│
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Enter Open  Esc Back  / Filter  s Sort  u Unit
        """#
}
