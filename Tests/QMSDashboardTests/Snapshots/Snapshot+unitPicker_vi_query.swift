// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let unitPicker_vi_query = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
         ✓ đạt 2/7 · ✗ 2 chưa đạt · ! 2 có nguy cơ · 5 quá hạn · 2 cuộc đánh giá đang mở
        ┌ Mụ┌ Chọn đơn vị ─────────────────────────────────────────────────────────┐/7 ┐
        │Trạ│> van phong▏                                                          │iêu│
        │✗ c│Văn phòng Sở                                          VP              │95%│
        │✗ c│                                                                      │80%│
        │! c│                                                                      │90%│
        │! c│                                                                      │ ≤5│
        │· c│                                                                      │≥12│
        │✓ đ│                                                                      │85%│
        │✓ đ│                                                                      │50%│
        └───│                                                                      │───┘
        ┌ Đá│                                                                      │/5 ┐
        │Cuộ│                                                                      │   │
        │Đán│                                                                      │ c…│
        │Đán│                                                                      │ c…│
        │   │                                                                      │ C…│
        │   │                                                                      │ột…│
        │   │                                                                      │ Sở│
        │   │                                                                      │   │
        │   └──────────────────────────────────────────────────────────────────────┘   │
        └──────────────────────────────────────┘└──────────────────────────────────────┘
        ↑↓ Di chuyển  Enter Chọn  Esc Huỷ  Backspace Xoá
        """#
}
