// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let units_en_80x24 = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Unit scorecard ───────────────────────────────────────────────────────── 1/5 ┐
        │Unit                        Off track At risk Audits Overdue Due soon Docs e-%│
        │▸ Sở Thông tin và Truyền t…         2       2      2       5        0    87.9%│
        │    Phòng Bưu chính, Viễn…          0       0      0       2        0      n/a│
        │    Trung tâm Công nghệ th…         1       0      0       1        0      n/a│
        │  ▸ Văn phòng Sở                    1       1      1       2        0    87.9%│
        │      Bộ phận Một cửa               0       1      0       1        0    63.6%│
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
        q Quit  ? Help  ↑↓ Move  Enter Set scope  u Unit  1-6 Screens
        """#
}
