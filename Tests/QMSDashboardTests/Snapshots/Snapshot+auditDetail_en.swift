// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let auditDetail_en = #"""
         Sở Thông tin và Truyền thông (5 units)    as of 2026-11-25 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ DG-01 Đánh giá nội bộ đợt 2 năm 2026 ───────────────────────────────── 19/21 ┐
        │ Kind           internal                                                      │
        │ Status         reporting                                                     │
        │ Dates          2026-11-10 – 2026-11-12                                       │
        │ Unit           Văn phòng Sở                                                  │
        │ Lead           Trần Thị Bình                                                 │
        │ Findings       1 major · 1 minor · 1 obs. · 0 OFI                            │
        │                                                                              │
        │ F-01 · MAJOR NONCONFORMITY · Clause 8.5.1 · Văn phòng Sở                     │
        │   Sổ tiếp nhận hồ sơ không ghi thời hạn trả kết quả cho 12 hồ sơ             │
        │   → HD-01 Bổ sung thời hạn trả kết quả vào sổ tiếp nhận                      │
        │       open · due 2026-11-20 · 5 days late · Nguyễn Văn An                    │
        │                                                                              │
        │ F-02 · MINOR NONCONFORMITY · Clause 7.5.3 · Bộ phận Một cửa                  │
        │   Bản mô tả quy trình lưu trữ chưa cập nhật phiên bản mới                    │
        │   → HD-02 Cập nhật bản mô tả quy trình lưu trữ                               │
        │       in progress · due 2026-12-15 · Phạm Minh Đức                           │
        │                                                                              │
        │ F-03 · OBSERVATION · Clause 9.1.3 · Văn phòng Sở                             │
        │   Nên phân tích số liệu hài lòng theo từng lĩnh vực                          │
        └──────────────────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  Esc Back  u Unit  1-6 Screens
        """#
}
