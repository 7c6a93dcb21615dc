// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let auditDetail_vi = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ DG-01 Đánh giá nội bộ đợt 2 năm 2026 ───────────────────────────────── 19/21 ┐
        │ Loại           nội bộ                                                        │
        │ Trạng thái     đang báo cáo                                                  │
        │ Thời gian      10/11/2026 – 12/11/2026                                       │
        │ Đơn vị         Văn phòng Sở                                                  │
        │ Trưởng đoàn    Trần Thị Bình                                                 │
        │ Phát hiện      1 nặng · 1 nhẹ · 1 k.nghị · 0 c.tiến                          │
        │                                                                              │
        │ F-01 · KHÔNG PHÙ HỢP NẶNG · Điều khoản 8.5.1 · Văn phòng Sở                  │
        │   Sổ tiếp nhận hồ sơ không ghi thời hạn trả kết quả cho 12 hồ sơ             │
        │   → HD-01 Bổ sung thời hạn trả kết quả vào sổ tiếp nhận                      │
        │       mở · hạn 20/11/2026 · trễ 5 ngày · Nguyễn Văn An                       │
        │                                                                              │
        │ F-02 · KHÔNG PHÙ HỢP NHẸ · Điều khoản 7.5.3 · Bộ phận Một cửa                │
        │   Bản mô tả quy trình lưu trữ chưa cập nhật phiên bản mới                    │
        │   → HD-02 Cập nhật bản mô tả quy trình lưu trữ                               │
        │       đang thực hiện · hạn 15/12/2026 · Phạm Minh Đức                        │
        │                                                                              │
        │ F-03 · KHUYẾN NGHỊ · Điều khoản 9.1.3 · Văn phòng Sở                         │
        │   Nên phân tích số liệu hài lòng theo từng lĩnh vực                          │
        └──────────────────────────────────────────────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Esc Quay lại  u Đơn vị  1-6 Màn hình
        """#
}
