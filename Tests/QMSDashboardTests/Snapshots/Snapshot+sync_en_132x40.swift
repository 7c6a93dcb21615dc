// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let sync_en_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 units)                     as of 2026-11-25 · synced 2026-11-24 07:30 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Sync log ─────────────────────────────────────────────────────────────────────────────────────────────────────────────────── 1/4 ┐
        │Time             File                                     Kind         Result        Rows Reason                                  │
        │2026-11-24 07:30 actions-2026-11.csv                      actions      rejected         2 2 errors                                │
        │2026-11-24 07:30 objectives.csv                           objectives   skipped            already applied (same SHA-256)          │
        │2026-11-20 01:00 objectives.csv                           objectives   applied          8                                         │
        │2026-11-20 01:00 units.csv                                units        applied          5                                         │
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
