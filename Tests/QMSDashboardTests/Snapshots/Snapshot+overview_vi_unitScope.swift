// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let overview_vi_unitScope = #"""
         Văn phòng Sở (2 đơn vị)               tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
         ✓ đạt 1/3 · ✗ 1 chưa đạt · ! 1 có nguy cơ · 2 quá hạn · 1 cuộc đánh giá đang mở
        ┌ Mục tiêu chất lượng 2026 ─────────────────────────────────────────────── 1/3 ┐
        │Trạng thái   Mục tiêu                          Tiến độ       Giá trị  Chỉ tiêu│
        │✗ chưa đạt   Tỷ lệ hồ sơ giải quyết đúng hạn   ███████████░      88%      ≥95%│
        │! có nguy cơ Thời gian trung bình xử lý hồ sơ  ███████████░      5,4        ≤5│
        │✓ đạt        Mục tiêu ␛[…]đỏ␛[…] có ký tự điề… ████████████      60%      ≥50%│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Đánh giá đang mở ─────────────── 1/1 ┐┌ Hành động quá hạn ────────────── 1/2 ┐
        │Cuộc đánh giá          Nặng/Nhẹ/KN/CH ││      Trễ Hành động       Đơn vị      │
        │Đánh giá nội bộ đợt 2… 1/1/1/0        ││  30 ngày Niêm yết quy t… Bộ phận Một…│
        │                                      ││   5 ngày Bổ sung thời h… Văn phòng Sở│
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
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Xem  Tab Khung  u Đơn vị  1-6 Màn hình
        """#
}
