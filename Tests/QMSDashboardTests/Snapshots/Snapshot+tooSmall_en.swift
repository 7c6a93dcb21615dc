// Recorded by DashboardSnapshotTests with ISODASH_RECORD_SNAPSHOTS=1; review changes with git diff.

extension DashboardSnapshots {
    static let tooSmall_en = #"""




                    The terminal is too small
             Now 50×12; enlarge it to at least 60×16.
                              q Quit





        """#
}
