// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectiveDetail_en_hostileTitle = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ MT-07 Mục tiêu ␛[…]đỏ␛[…] có ký tự điều khiển ───────────────────────────────┐
        │ Status          ✓ met                                                        │
        │ Value           60% · latest period Q3 2026                                  │
        │ Why             60% ≥ target 50%, so: met                                    │
        │ Target          ≥50% · warning margin 5% · higher is better                  │
        │ Unit            Văn phòng Sở                                                 │
        │ Due             2026-12-31                                                   │
        │ Indicator       reported measurements                                        │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Trend 2026 ──────────────────────────────────────────────────────────────────┐
        │ Q3 ████████████████████████████████┊████▊                             60% ✓  │
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
        q Quit  ? Help  ↑↓ Move  Esc Back  u Unit  1-6 Screens
        """#
}
