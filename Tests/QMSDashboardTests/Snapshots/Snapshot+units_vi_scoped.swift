// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let units_vi_scoped = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Bảng theo dõi đơn vị · đang chọn ● ───────────────────────────────────── 1/5 ┐
        │Đơn vị                 Chưa đạt Nguy cơ Đánh giá Quá hạn Sắp đến hạn VB đ.tử %│
        │● Sở Thông tin và Tru…        2       2        2       5           0     87,9%│
        │    Phòng Bưu chính,…         0       0        0       2           0         —│
        │    Trung tâm Công ng…        1       0        0       1           0         —│
        │  ▸ Văn phòng Sở              1       1        1       2           0     87,9%│
        │      Bộ phận Một cửa         0       1        0       1           0     63,6%│
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
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Enter Chọn phạm vi  u Đơn vị  1-6 Màn hình
        """#
}
