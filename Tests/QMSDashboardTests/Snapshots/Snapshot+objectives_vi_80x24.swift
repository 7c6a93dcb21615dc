// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let objectives_vi_80x24 = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Mục tiêu 2026 · sắp xếp theo trạng thái ──────────────────────────────── 1/7 ┐
        │Mã       Trạng thái   Mục tiêu                              Giá trị   Chỉ tiêu│
        │MT-02    ✗ chưa đạt   Tỷ lệ hồ sơ giải quyết đúng hạn           88%       ≥95%│
        │MT-06    ✗ chưa đạt   Tỷ lệ thủ tục hành chính cung cấp d…      60%       ≥80%│
        │MT-01    ! có nguy cơ Tỷ lệ văn bản đến được xử lý trên m…    87,9%       ≥90%│
        │MT-03    ! có nguy cơ Thời gian trung bình xử lý hồ sơ          5,4         ≤5│
        │MT-04    · chưa có s… Số quy trình được rà soát, cập nhật         —        ≥12│
        │MT-05    ✓ đạt        Mức độ hài lòng của người dân             90%       ≥85%│
        │MT-07    ✓ đạt        Mục tiêu ␛[…]đỏ␛[…] có ký tự điều k…      60%       ≥50%│
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
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Xem  / Lọc  s Sắp xếp  u Đơn vị
        """#
}
