// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let units_vi_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 đơn vị)               tính đến 25/11/2026 · đồng bộ 24/11/2026 07:30 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Bảng theo dõi đơn vị ─────────────────────────────────────────────────────────────────────────────────────────────────────── 1/5 ┐
        │Đơn vị                                               Chưa đạt Nguy cơ Đánh giá Quá hạn Sắp đến hạn VB đ.tử % Đúng hạn % Ngày xử lý│
        │▸ Sở Thông tin và Truyền thông                              2       2        2       5           0     87,9%      66,7%      78/78│
        │    Phòng Bưu chính, Viễn thông                             0       0        0       2           0         —          —          –│
        │    Trung tâm Công nghệ thông tin và Truyền thông           1       0        0       1           0         —          —      78/78│
        │  ▸ Văn phòng Sở                                            1       1        1       2           0     87,9%      66,7%          –│
        │      Bộ phận Một cửa                                       0       1        0       1           0     63,6%       100%          –│
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
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Chọn phạm vi  u Đơn vị  1-6 Màn hình
        """#
}
