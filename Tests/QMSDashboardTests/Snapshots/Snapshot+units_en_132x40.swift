// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let units_en_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 units)                     as of 2026-11-25 · synced 2026-11-24 07:30 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Unit scorecard ───────────────────────────────────────────────────────────────────────────────────────────────────────────── 1/5 ┐
        │Unit                                                    Off track At risk Audits Overdue Due soon Docs e-% On time % Days to close│
        │▸ Sở Thông tin và Truyền thông                                  2       2      2       5        0    87.9%     66.7%         78/78│
        │    Phòng Bưu chính, Viễn thông                                 0       0      0       2        0      n/a       n/a             –│
        │    Trung tâm Công nghệ thông tin và Truyền thông               1       0      0       1        0      n/a       n/a         78/78│
        │  ▸ Văn phòng Sở                                                1       1      1       2        0    87.9%     66.7%             –│
        │      Bộ phận Một cửa                                           0       1      0       1        0    63.6%      100%             –│
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
        │                                                                                                                                  │
        │                                                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Enter Set scope  u Unit  1-6 Screens
        """#
}
