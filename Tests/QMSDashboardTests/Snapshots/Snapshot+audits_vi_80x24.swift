// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let audits_vi_80x24 = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Đánh giá đang mở và gần đây ──────────────────────────────────────────── 1/3 ┐
        │Bắt đầu    Cuộc đánh giá              Loại         Trạng thái  Nặng/Nhẹ/KN/CH │
        │02/12/2026 Đánh giá giám sát lần 1    giám sát     kế hoạch    0/0/0/0        │
        │10/11/2026 Đánh giá nội bộ đợt 2 năm… nội bộ       đang báo c… 1/1/1/0        │
        │12/05/2026 Đánh giá nội bộ đợt 1 năm… nội bộ       đã đóng     0/1/0/0        │
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
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Xem  u Đơn vị  1-6 Màn hình
        """#
}
