// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let audits_vi_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 đơn vị)               tính đến 25/11/2026 · đồng bộ 24/11/2026 07:30 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Đánh giá đang mở và gần đây ──────────────────────────────────────────────────────────────────────────────────────────────── 1/3 ┐
        │Bắt đầu    Kết thúc   Cuộc đánh giá                       Loại           Trạng thái      Trưởng đoàn      Phát hiện               │
        │02/12/2026            Đánh giá giám sát lần 1             giám sát       kế hoạch        QUACERT          0                       │
        │10/11/2026 12/11/2026 Đánh giá nội bộ đợt 2 năm 2026      nội bộ         đang báo cáo    Trần Thị Bình    1 nặng 1 nhẹ 1 k.nghị   │
        │12/05/2026 14/05/2026 Đánh giá nội bộ đợt 1 năm 2026      nội bộ         đã đóng         Trần Thị Bình    1 nhẹ                   │
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
        │                                                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Xem  u Đơn vị  1-6 Màn hình
        """#
}
