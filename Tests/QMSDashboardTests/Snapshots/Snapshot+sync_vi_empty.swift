// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let sync_vi_empty = #"""
         Toàn cơ quan                              tính đến 25/11/2026 · ⚠ chưa đồng bộ
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Nhật ký đồng bộ ─────────────────────────────────────────────────────────────┐
        │Thời gian        Tệp                        Loại         Kết quả       Số dòng│
        │Chưa đồng bộ lần nào: chạy 'isodash sync PATH' để nhập các tệp xuất           │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
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
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  u Đơn vị  1-6 Màn hình
        """#
}
