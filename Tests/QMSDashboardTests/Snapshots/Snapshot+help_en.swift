// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let help_en = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
         ✓ 2/7 met · ✗ 2 off track · ! 2 at risk · 5 overdue · 2 audits open
        ┌┌ Keys ─────────────────────────────────────────────────────────────── 17/24 ┐┐
        ││ 1 … 6                 Jump to a screen (the tabs at the top)               ││
        ││ ↑ ↓  k j              Move the selection, or scroll                        ││
        ││ PgUp PgDn  Space      One page up or down                                  ││
        ││ Home End  g G         First or last row                                    ││
        ││ Enter  →  l           Open the selected row; on Units, make that unit the  ││
        ││                       scope                                                ││
        ││ Esc  ←  h  Backspace  Back out of a detail, clear the filter, or (on Units)││
        ││                       go back up to the unit above                         ││
        └│ Tab  Shift-Tab        Next or previous panel                               │┘
        ┌│ /                     Filter objectives (id, title, unit, owner) or actions│┐
        ││                       (owner); ignores case and diacritics: van phong finds││
        ││                       Văn phòng                                            ││
        ││ u                     Choose the unit in scope, from any screen            ││
        ││ s                     Objectives: change the sort order                    ││
        ││ s                     Actions: show one status (open, in progress) or all  ││
        ││ o                     Actions: only overdue ones, or all open ones         ││
        ││ r                     Review mode: hold today's management review for the  ││
        │└────────────────────────────────────────────────────────────────────────────┘│
        └──────────────────────────────────────┘└──────────────────────────────────────┘
        ↑↓ Move  Esc/q Close
        """#
}
