// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let actions_vi_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 đơn vị)               tính đến 25/11/2026 · đồng bộ 24/11/2026 07:30 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Hành động đang mở ────────────────────────────────────────────────────────────────────────────────────────────────────────── 1/6 ┐
        │         Trễ Hành động                                      Đơn vị                   Phụ trách          Trạng thái      Hạn       │
        │    148 ngày Lập kế hoạch thực hiện mục tiêu chất lượng củ… Phòng Bưu chính, Viễn t… Hoàng Văn Em       mở              30/06/2026│
        │    102 ngày Rà soát danh mục hồ sơ lưu trữ của phòng       Phòng Bưu chính, Viễn t… Hoàng Văn Em       mở              15/08/2026│
        │     85 ngày Sao lưu định kỳ máy chủ dịch vụ công           Trung tâm Công nghệ thô… Đặng Thu Trang     đang thực hiện  01/09/2026│
        │     30 ngày Niêm yết quy trình mới tại Bộ phận Một cửa     Bộ phận Một cửa          Vũ Thị Giang       mở              26/10/2026│
        │      5 ngày Bổ sung thời hạn trả kết quả vào sổ tiếp nhận  Văn phòng Sở             Nguyễn Văn An      mở              20/11/2026│
        │ còn 20 ngày Cập nhật bản mô tả quy trình lưu trữ           Bộ phận Một cửa          Phạm Minh Đức      đang thực hiện  15/12/2026│
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
         0 sắp đến hạn · Ngày xử lý: trung vị 78, p90 78 (1 đã đóng)
        ┌ Quá hạn theo thời gian ───────────────────────────────────── 5 ┐┌ Quá hạn theo đơn vị ────────────────────────────────────── 1/4 ┐
        │ 1–30 ngày  █████████████████████████████████████████████████ 2 ││Đơn vị                                                   Quá hạn│
        │ 31–60 ngày                                                   0 ││Phòng Bưu chính, Viễn thông                                    2│
        │ 61–90 ngày ████████████████████████▌                         1 ││Bộ phận Một cửa                                                1│
        │ >90 ngày   █████████████████████████████████████████████████ 2 ││Trung tâm Công nghệ thông tin và Truyền thông                  1│
        │                                                                ││Văn phòng Sở                                                   1│
        │                                                                ││                                                                │
        └────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  / Lọc  Tab Khung  s Trạng thái  o Chỉ quá hạn  u Đơn vị  1-6 Màn hình
        """#
}
