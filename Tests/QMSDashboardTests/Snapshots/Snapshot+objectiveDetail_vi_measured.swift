// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectiveDetail_vi_measured = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ MT-02 Tỷ lệ hồ sơ giải quyết đúng hạn ───────────────────────────────────────┐
        │ Trạng thái      ✗ chưa đạt                                                   │
        │ Giá trị         88% (176 trên 200) · kỳ gần nhất Quý 3/2026                  │
        │ Căn cứ          88% chưa đạt chỉ tiêu 95%, vượt quá ngưỡng 5% (< 90%) nên:   │
        │                 chưa đạt                                                     │
        │ Chỉ tiêu        ≥95% · ngưỡng cảnh báo 5% · càng cao càng tốt                │
        │ Đơn vị          Văn phòng Sở                                                 │
        │ Phụ trách       Nguyễn Thị Hoa                                               │
        │ Hạn             31/12/2026                                                   │
        │ Chỉ số          số liệu báo cáo                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        ┌ Diễn biến 2026 ──────────────────────────────────────────────────────────────┐
        │ Quý 1 █████████████████████████████████████████████████┊      96% 192/200 ✓  │
        │ Quý 2 ████████████████████████████████████████████████▎┊      93% 186/200 !  │
        │ Quý 3 █████████████████████████████████████████████▊   ┊      88% 176/200 ✗  │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Esc Quay lại  u Đơn vị  1-6 Màn hình
        """#
}
