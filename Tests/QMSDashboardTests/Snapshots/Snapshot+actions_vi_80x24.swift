// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let actions_vi_80x24 = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ Hành động đang mở ────────────────────────────────────────────────────── 1/6 ┐
        │         Trễ Hành động                               Đơn vị         Hạn       │
        │    148 ngày Lập kế hoạch thực hiện mục tiêu chất l… Phòng Bưu chí… 30/06/2026│
        │    102 ngày Rà soát danh mục hồ sơ lưu trữ của phò… Phòng Bưu chí… 15/08/2026│
        │     85 ngày Sao lưu định kỳ máy chủ dịch vụ công    Trung tâm Côn… 01/09/2026│
        │     30 ngày Niêm yết quy trình mới tại Bộ phận Một… Bộ phận Một c… 26/10/2026│
        │      5 ngày Bổ sung thời hạn trả kết quả vào sổ ti… Văn phòng Sở   20/11/2026│
        │ còn 20 ngày Cập nhật bản mô tả quy trình lưu trữ    Bộ phận Một c… 15/12/2026│
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         0 sắp đến hạn · Ngày xử lý: trung vị 78, p90 78 (1 đã đóng)
        ┌ Quá hạn theo thời gian ─────────── 5 ┐┌ Quá hạn theo đơn vị ──────────── 1/3 ┐
        │ 1–30 ngày  ███████████████████████ 2 ││Đơn vị                         Quá hạn│
        │ 31–60 ngày                         0 ││Phòng Bưu chính, Viễn thông          2│
        │ 61–90 ngày ███████████▌            1 ││Bộ phận Một cửa                      1│
        │ >90 ngày   ███████████████████████ 2 ││Trung tâm Công nghệ thông t…         1│
        └──────────────────────────────────────┘└──────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  / Lọc  Tab Khung  s Trạng thái  o Chỉ quá hạn
        """#
}
