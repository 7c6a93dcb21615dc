// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let unitPicker_en = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
         ✓ 2/7 met · ✗ 2 off track · ! 2 at risk · 5 overdue · 2 audits open
        ┌ Qu┌ Choose a unit ───────────────────────────────────────────────────────┐/7 ┐
        │Sta│> Type to search                                                      │get│
        │✗ o│Whole organisation                                                    │95%│
        │✗ o│Sở Thông tin và Truyền thông                          SO              │80%│
        │! a│Phòng Bưu chính, Viễn thông                           BCVT            │90%│
        │! a│Trung tâm Công nghệ thông tin và Truyền thông         TT              │ ≤5│
        │· n│Văn phòng Sở                                          VP              │≥12│
        │✓ m│Bộ phận Một cửa                                       MC              │85%│
        │✓ m│                                                                      │50%│
        └───│                                                                      │───┘
        ┌ Op│                                                                      │/5 ┐
        │Aud│                                                                      │   │
        │Đán│                                                                      │ c…│
        │Đán│                                                                      │ c…│
        │   │                                                                      │ C…│
        │   │                                                                      │ột…│
        │   │                                                                      │ Sở│
        │   │                                                                      │   │
        │   └──────────────────────────────────────────────────────────────────────┘   │
        └──────────────────────────────────────┘└──────────────────────────────────────┘
        ↑↓ Move  Enter Choose  Esc Cancel  Backspace Delete
        """#
}
