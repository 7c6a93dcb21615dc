// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let audits_en_80x24 = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Open and recent audits ───────────────────────────────────────────────── 1/3 ┐
        │Start      Audit                      Kind         Status      Maj/Min/Obs/OFI│
        │2026-12-02 Đánh giá giám sát lần 1    surveillance planned     0/0/0/0        │
        │2026-11-10 Đánh giá nội bộ đợt 2 năm… internal     reporting   1/1/1/0        │
        │2026-05-12 Đánh giá nội bộ đợt 1 năm… internal     closed      0/1/0/0        │
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
        q Quit  ? Help  ↑↓ Move  Enter Open  u Unit  1-6 Screens
        """#
}
