// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let syncFile_vi = #"""
         Sở Thông tin và Truyền thông (5 đơn…  tính đến 25/11/2026 · ⚠ 1 tệp bị từ chối
         1 Tổng quan   2 Mục tiêu   3 Đánh giá   4 Hành động   5 Đơn vị   6 Đồng bộ
        ┌ actions-2026-11.csv ─────────────────────────────────────────────────────────┐
        │ Tệp           /srv/exports/actions-2026-11.csv                               │
        │ Thời gian     24/11/2026 07:30                                               │
        │ Loại          actions                                                        │
        │ Kết quả       bị từ chối                                                     │
        │ Lý do         2 errors                                                       │
        │ SHA-256       cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc…│
        │                                                                              │
        │ actions-2026-11.csv: 2 lỗi                                                   │
        │  dòng 4, cột 'due_on': '31/02/2026' is not a date; expected YYYY-MM-DD,      │
        │    D/M/YYYY or DD/MM/YYYY                                                    │
        │  dòng 7, cột 'status': 'xong' is not a status; expected open, in_progress,   │
        │    done, verified or cancelled                                               │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        q Thoát  ? Trợ giúp  ↑↓ Di chuyển  Esc Quay lại  u Đơn vị  1-6 Màn hình
        """#
}
