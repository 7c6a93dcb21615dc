// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let audits_en_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 units)                     as of 2026-11-25 · synced 2026-11-24 07:30 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Open and recent audits ───────────────────────────────────────────────────────────────────────────────────────────────────── 1/3 ┐
        │Start      End        Audit                               Kind           Status          Lead             Findings                │
        │2026-12-02            Đánh giá giám sát lần 1             surveillance   planned         QUACERT          0                       │
        │2026-11-10 2026-11-12 Đánh giá nội bộ đợt 2 năm 2026      internal       reporting       Trần Thị Bình    1 major 1 minor 1 obs.  │
        │2026-05-12 2026-05-14 Đánh giá nội bộ đợt 1 năm 2026      internal       closed          Trần Thị Bình    1 minor                 │
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
        │                                                                                                                                  │
        │                                                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Enter Open  u Unit  1-6 Screens
        """#
}
