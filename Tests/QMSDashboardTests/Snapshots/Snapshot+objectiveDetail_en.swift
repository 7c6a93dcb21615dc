// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectiveDetail_en = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ MT-01 Tỷ lệ văn bản đến được xử lý trên môi trường điện tử ──────────────────┐
        │ Status          ! at risk                                                    │
        │ Value           87.9% (29 of 33) · year to date (Jan–Nov 2026)               │
        │ Why             87.9% misses the target 90% but is within the margin 5% (≥   │
        │                 85%), so: at risk                                            │
        │ Pace            The remaining 36 days need 109.4% of incoming documents      │
        │                 handled electronically; the last three months reached 100%.  │
        │                 It can no longer be met by its due day.                      │
        │ Target          ≥90% · warning margin 5% · higher is better                  │
        │ Unit            Sở Thông tin và Truyền thông                                 │
        │ Owner           Lê Văn Cường                                                 │
        │ Due             2026-12-31                                                   │
        │ Indicator       Incoming documents handled electronically                    │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Trend 2026 ──────────────────────────────────────────────────────────────────┐
        │ Jul ████████████████████████████████████████████████████┊█████   100% 3/3 ✓  │
        │ Aug ████████████████████████████████████████████████████┊█████   100% 3/3 ✓  │
        │ Sep ████████████████████████████████████████████████████┊█████   100% 3/3 ✓  │
        │ Oct ████████████████████████████████████████████████████┊█████   100% 3/3 ✓  │
        │ Nov ████████████████████████████████████████████████████┊█████   100% 3/3 ✓  │
        └──────────────────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Esc Back  u Unit  1-6 Screens
        """#
}
