// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let overview_en_empty = #"""
         Whole organisation                           as of 2026-11-25 · ⚠ never synced
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
         Nothing off track, nothing overdue
        ┌ Quality objectives 2026 ─────────────────────────────────────────────────────┐
        │Status      Objective                          Progress        Value    Target│
        │No objectives for this year in scope                                          │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Open audits ─────────────────────────┐┌ Overdue actions ─────────────────────┐
        │Audit                  Maj/Min/Obs/OFI││  Late Action             Unit        │
        │No open audits                        ││No overdue actions                    │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        └──────────────────────────────────────┘└──────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Tab Panel  u Unit  1-6 Screens
        """#
}
