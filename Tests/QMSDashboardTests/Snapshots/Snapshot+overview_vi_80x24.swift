// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let overview_vi_80x24 = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
         ✓ đạt 2/7 · ✗ 2 chưa đạt · ! 2 có nguy cơ · 5 quá hạn · 2 cuộc đánh giá đang mở
        ┌ Mục tiêu chất lượng 2026 ─────────────────────────────────────────────── 1/7 ┐
        │Trạng thái   Mục tiêu                          Tiến độ       Giá trị  Chỉ tiêu│
        │✗ chưa đạt   Tỷ lệ hồ sơ giải quyết đúng hạn   ███████████░      88%      ≥95%│
        │✗ chưa đạt   Tỷ lệ thủ tục hành chính cung cấ… █████████░░░      60%      ≥80%│
        │! có nguy cơ không thể đạt · Tỷ lệ văn bản đế… ███████████▋    87,9%      ≥90%│
        │! có nguy cơ Thời gian trung bình xử lý hồ sơ  ███████████░      5,4        ≤5│
        │· chưa có s… Số quy trình được rà soát, cập n… ░░░░░░░░░░░░        —       ≥12│
        │✓ đạt        Mức độ hài lòng của người dân     ████████████      90%      ≥85%│
        │✓ đạt        Mục tiêu ␛[…]đỏ␛[…] có ký tự điề… ████████████      60%      ≥50%│
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Đánh giá đang mở ─────────────── 1/2 ┐┌ Hành động quá hạn ────────────── 1/5 ┐
        │Cuộc đánh giá          Nặng/Nhẹ/KN/CH ││      Trễ Hành động       Đơn vị      │
        │Đánh giá nội bộ đợt 2… 1/1/1/0        ││ 148 ngày Lập kế hoạch t… Phòng Bưu c…│
        │Đánh giá giám sát lần… 0/0/0/0        ││ 102 ngày Rà soát danh m… Phòng Bưu c…│
        │                                      ││  85 ngày Sao lưu định k… Trung tâm C…│
        │                                      ││  30 ngày Niêm yết quy t… Bộ phận Một…│
        │                                      ││   5 ngày Bổ sung thời h… Văn phòng Sở│
        │                                      ││                                      │
        │                                      ││                                      │
        └──────────────────────────────────────┘└──────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Xem  Tab Khung  u Đơn vị  1-6 Màn hình
        """#
}
