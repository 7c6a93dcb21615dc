// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let overview_vi_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 đơn vị)               tính đến 25/11/2026 · đồng bộ 24/11/2026 07:30 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
         ✓ đạt 2/7 · ✗ 2 mục tiêu chưa đạt · ! 2 có nguy cơ · 5 hành động quá hạn · 2 cuộc đánh giá đang mở
        ┌ Mục tiêu đạt ─────────────────┐┌ Mục tiêu chưa đạt ────────────┐┌ Hành động quá hạn ────────────┐┌ Đánh giá đang mở ─────────────┐
        │          ▀▀█   █ ▀▀█          ││              ▀▀█              ││              █▀▀              ││              ▀▀█              │
        │          █▀▀ ▄▀    █          ││              █▀▀              ││              ▀▀█              ││              █▀▀              │
        │          ▀▀▀ ▀     ▀          ││              ▀▀▀              ││              ▀▀▀              ││              ▀▀▀              │
        └───────────────────────────────┘└───────────────────────────────┘└───────────────────────────────┘└───────────────────────────────┘
        ┌ Mục tiêu chất lượng 2026 ─────────────────────────────────────────────────────────────────────────────────────────────────── 1/7 ┐
        │Trạng thái        Mục tiêu                                        Đơn vị                   Tiến độ               Giá trị  Chỉ tiêu│
        │✗ chưa đạt        Tỷ lệ hồ sơ giải quyết đúng hạn                 Văn phòng Sở             ██████████████████▌░      88%      ≥95%│
        │✗ chưa đạt        Tỷ lệ thủ tục hành chính cung cấp dịch vụ công… Trung tâm Công nghệ thô… ███████████████░░░░░      60%      ≥80%│
        │! có nguy cơ      không thể đạt · Tỷ lệ văn bản đến được xử lý t… Sở Thông tin và Truyền…  ███████████████████▌    87,9%      ≥90%│
        │! có nguy cơ      Thời gian trung bình xử lý hồ sơ                Bộ phận Một cửa          ██████████████████▌░      5,4        ≤5│
        │· chưa có số liệu Số quy trình được rà soát, cập nhật             Phòng Bưu chính, Viễn t… ░░░░░░░░░░░░░░░░░░░░        —       ≥12│
        │✓ đạt             Mức độ hài lòng của người dân                   Toàn cơ quan             ████████████████████      90%      ≥85%│
        │✓ đạt             Mục tiêu ␛[…]đỏ␛[…] có ký tự điều khiển         Văn phòng Sở             ████████████████████      60%      ≥50%│
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        ┌ Đánh giá đang mở ───────────────────────────────────────── 1/2 ┐┌ Hành động quá hạn ──────────────────────────────────────── 1/5 ┐
        │Bắt đầu    Cuộc đánh giá                Phát hiện               ││      Trễ Hành động          Đơn vị               Phụ trách     │
        │10/11/2026 Đánh giá nội bộ đợt 2 năm 2… 1 nặng 1 nhẹ 1 k.nghị   ││ 148 ngày Lập kế hoạch thực… Phòng Bưu chính, Vi… Hoàng Văn Em  │
        │02/12/2026 Đánh giá giám sát lần 1      0                       ││ 102 ngày Rà soát danh mục…  Phòng Bưu chính, Vi… Hoàng Văn Em  │
        │                                                                ││  85 ngày Sao lưu định kỳ m… Trung tâm Công nghệ… Đặng Thu Trang│
        │                                                                ││  30 ngày Niêm yết quy trìn… Bộ phận Một cửa      Vũ Thị Giang  │
        │                                                                ││   5 ngày Bổ sung thời hạn…  Văn phòng Sở         Nguyễn Văn An │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        │                                                                ││                                                                │
        └────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Xem  Tab Khung  u Đơn vị  1-6 Màn hình
        """#
}
