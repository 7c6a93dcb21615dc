// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let units_vi_80x24 = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Bảng theo dõi đơn vị ─────────────────────────────────────────────────── 1/5 ┐
        │Đơn vị                  Chưa đạt Nguy cơ Đánh giá Quá hạn VB đ.tử % Đúng hạn %│
        │▸ Sở Thông tin và Truy…        2       2        2       5     87,9%      66,7%│
        │    Phòng Bưu chính, V…        0       0        0       2         —          —│
        │    Trung tâm Công ngh…        1       0        0       1         —          —│
        │  ▸ Văn phòng Sở               1       1        1       2     87,9%      66,7%│
        │      Bộ phận Một cửa          0       1        0       1     63,6%       100%│
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
