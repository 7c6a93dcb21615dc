import QMSDomain

/// An export file ready to apply: found readable and, for JSON, its layout read.
struct PlannedFile: Sendable {
    let file: ExportFile
    /// Taken while planning for JSON (its layout is read then anyway); nil for CSV,
    /// whose digest the run's `FileHasher` takes while earlier rows are applied.
    let sha256: String?
    /// The kinds it holds, in contract order.
    let kinds: [RecordKind]
    /// The JSON layout; nil for CSV.
    let layout: JSONLayout?

    /// Where the file goes in a run (§7): kind by kind in contract order, by name within
    /// a kind; a bundle takes the place of the first kind it holds.
    static func precedes(_ a: PlannedFile, _ b: PlannedFile) -> Bool {
        let ka = a.kinds.first?.order ?? Int.max, kb = b.kinds.first?.order ?? Int.max
        if ka != kb { return ka < kb }
        if a.file.name != b.file.name {
            return Array(a.file.name.utf8).lexicographicallyPrecedes(Array(b.file.name.utf8))
        }
        return Array(a.file.path.utf8).lexicographicallyPrecedes(Array(b.file.path.utf8))
    }
}
