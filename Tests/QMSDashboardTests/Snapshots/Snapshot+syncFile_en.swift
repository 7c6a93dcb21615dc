// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let syncFile_en = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ actions-2026-11.csv ─────────────────────────────────────────────────────────┐
        │ File          /srv/exports/actions-2026-11.csv                               │
        │ Time          2026-11-24 07:30                                               │
        │ Kind          actions                                                        │
        │ Result        rejected                                                       │
        │ Reason        2 errors                                                       │
        │ SHA-256       cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc…│
        │                                                                              │
        │ actions-2026-11.csv: 2 errors                                                │
        │  line 4, column 'due_on': '31/02/2026' is not a date; expected YYYY-MM-DD,   │
        │    D/M/YYYY or DD/MM/YYYY                                                    │
        │  line 7, column 'status': 'xong' is not a status; expected open,             │
        │    in_progress, done, verified or cancelled                                  │
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
