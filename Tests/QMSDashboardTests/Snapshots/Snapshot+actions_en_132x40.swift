// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let actions_en_132x40 = #"""
         isodash  Sở Thông tin và Truyền thông (5 units)                     as of 2026-11-25 · synced 2026-11-24 07:30 · ⚠ 1 file rejected
         1 Overview   2 Objectives   3 Audits   4 Actions   5 Units   6 Sync
        ┌ Open actions ─────────────────────────────────────────────────────────────────────────────────────────────────────────────── 1/6 ┐
        │     Late Action                                            Unit                     Owner              Status          Due       │
        │    148 d Lập kế hoạch thực hiện mục tiêu chất lượng của p… Phòng Bưu chính, Viễn t… Hoàng Văn Em       open            2026-06-30│
        │    102 d Rà soát danh mục hồ sơ lưu trữ của phòng          Phòng Bưu chính, Viễn t… Hoàng Văn Em       open            2026-08-15│
        │     85 d Sao lưu định kỳ máy chủ dịch vụ công              Trung tâm Công nghệ thô… Đặng Thu Trang     in progress     2026-09-01│
        │     30 d Niêm yết quy trình mới tại Bộ phận Một cửa        Bộ phận Một cửa          Vũ Thị Giang       open            2026-10-26│
        │      5 d Bổ sung thời hạn trả kết quả vào sổ tiếp nhận     Văn phòng Sở             Nguyễn Văn An      open            2026-11-20│
        │  in 20 d Cập nhật bản mô tả quy trình lưu trữ              Bộ phận Một cửa          Phạm Minh Đức      in progress     2026-12-15│
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
         0 due soon · Days to close: median 78, p90 78 (1 closed)
        ┌ Overdue by age ───────────────────────────────────────────── 5 ┐┌ Overdue per unit ───────────────────────────────────────── 1/4 ┐
        │ 1–30 days  █████████████████████████████████████████████████ 2 ││Unit                                                     Overdue│
        │ 31–60 days                                                   0 ││Phòng Bưu chính, Viễn thông                                    2│
        │ 61–90 days ████████████████████████▌                         1 ││Bộ phận Một cửa                                                1│
        │ >90 days   █████████████████████████████████████████████████ 2 ││Trung tâm Công nghệ thông tin và Truyền thông                  1│
        │                                                                ││Văn phòng Sở                                                   1│
        │                                                                ││                                                                │
        └────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────┘
        q Quit  ? Help  ↑↓ Move  / Filter  Tab Panel  s Status  o Overdue only  u Unit  1-6 Screens
        """#
}
