// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let sync_vi_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 đơn vị)               tính đến 25/11/2026 · đồng bộ 24/11/2026 07:30 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Nhật ký đồng bộ ──────────────────────────────────────────────────────────────────────────────────────────────────────────── 1/4 ┐
        │Thời gian        Tệp                                     Loại         Kết quả       Số dòng Lý do                                 │
        │24/11/2026 07:30 actions-2026-11.csv                     actions      bị từ chối          2 2 errors                              │
        │24/11/2026 07:30 objectives.csv                          objectives   bỏ qua                already applied (same SHA-256)        │
        │20/11/2026 01:00 objectives.csv                          objectives   đã áp dụng          8                                       │
        │20/11/2026 01:00 units.csv                               units        đã áp dụng          5                                       │
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
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Xem  u Đơn vị  1-6 Màn hình
        """#
}
