import QMSDomain

/// What `DemoGenerator.write(to:)` wrote: enough for `isodash demo` to tell the
/// user what to sync next, and for tests to check the counts.
public struct DemoSummary: Sendable, Hashable {
    /// One written file.
    public struct File: Sendable, Hashable {
        /// The file name inside `directory` (its start names the kind, §1).
        public let name: String
        /// Records of each kind in the file (a bundle holds more than one kind).
        public let rows: [RecordKind: Int]
        /// Size of the file in bytes.
        public let bytes: Int

        public init(name: String, rows: [RecordKind: Int], bytes: Int) {
            self.name = name
            self.rows = rows
            self.bytes = bytes
        }

        /// The kinds in the file, in contract order.
        public var kinds: [RecordKind] {
            RecordKind.allCases.filter { rows[$0] != nil }
        }
    }

    /// The folder the files were written to.
    public let directory: String
    /// The files in the order they were written.
    public let files: [File]

    public init(directory: String, files: [File]) {
        self.directory = directory
        self.files = files
    }

    /// Records of `kind` over all files.
    public func rows(of kind: RecordKind) -> Int {
        files.reduce(0) { $0 + ($1.rows[kind] ?? 0) }
    }

    /// Records over all files and kinds.
    public var totalRows: Int {
        files.reduce(0) { total, file in total + file.rows.values.reduce(0, +) }
    }

    /// Bytes over all files.
    public var totalBytes: Int {
        files.reduce(0) { $0 + $1.bytes }
    }
}
