// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let tooSmall_vi = #"""






                          Cửa sổ terminal quá nhỏ
                 Hiện 59×16; hãy phóng to tối thiểu 60×16.
                                  q Thoát







        """#
}
