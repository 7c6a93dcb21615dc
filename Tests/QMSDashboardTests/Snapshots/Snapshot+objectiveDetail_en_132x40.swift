// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectiveDetail_en_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 units)                     as of 2026-11-25 · synced 2026-11-24 07:30 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ MT-03 Thời gian trung bình xử lý hồ sơ ──────────────────────────────────────────────────────────────────────────────────────────┐
        │ Status             ! at risk                                                                                                     │
        │ Value              5.4 ngày · latest period Oct 2026                                                                             │
        │ Why                5.4 ngày misses the target 5 ngày but is within the margin 0.5 ngày (≤ 5.5 ngày), so: at risk                 │
        │ Target             ≤5 ngày · warning margin 0.5 ngày · lower is better                                                           │
        │ Unit               Bộ phận Một cửa                                                                                               │
        │ Owner              Phạm Minh Đức                                                                                                 │
        │ Due                2026-12-31                                                                                                    │
        │ Indicator          reported measurements                                                                                         │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        ┌ Trend 2026 ──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
        │ Sep ████████████████████████████████████████████████████████████████████████████████████████┊████▏                        5.3 !  │
        │ Oct ████████████████████████████████████████████████████████████████████████████████████████┊██████                       5.4 !  │
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
        q Quit  ? Help  ↑↓ Move  Esc Back  u Unit  1-6 Screens
        """#
}
