import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// Issue 8, hostile and malformed input: every broken file gets a clear `FILE:LINE`
/// error (or a skip with its reason), never a crash, and leaves the store as it was.
///
/// The committed corpus is `Fixtures/hostile/`: one small file per error class of the
/// contract (EXPORT-FORMAT §1–§4, §7), plus truncated and mis-encoded files. What is too
/// big to commit (a 50 MB line, deep nesting, binary garbage) is generated here.
@Suite struct HostileInputTests {
    /// What the sync must say about one corpus file.
    struct Case: Sendable {
        enum Where: Sendable {
            /// `FILE:LINE: …`
            case line(Int)
            /// `FILE:record N: …` (JSON)
            case record(Int)
            /// `FILE: …` (the file as a whole)
            case file
            /// Not read at all: skipped or rejected by name, with this reason.
            case reason(FileState)
        }

        let file: String
        let at: Where
        /// A part of the first message that says what is wrong.
        let says: String

        init(_ file: String, _ at: Where, _ says: String) {
            self.file = file
            self.at = at
            self.says = says
        }
    }

    static let corpus: [Case] = [
        // §1 names
        Case("export-2026.csv", .reason(.rejected), "the name does not say which kind of record"),
        Case("notes.txt", .reason(.skipped), "not a .csv or .json file"),
        Case("records.json", .line(1), "its name names no kind"),
        Case("bundle-unknown-key.json", .line(3), "'people' is not a kind"),
        Case("bundle-kind-not-an-array.json", .line(2), "the value of 'units' is not an array"),
        // §2 encoding and dialect
        Case("units-windows-1258.csv", .line(3), "are not valid UTF-8"),
        Case("units-truncated-in-character.csv", .line(3), "a multi-byte character cut short"),
        Case("documents-nul-byte.csv", .line(2), "contains a NUL byte"),
        Case("units-open-quote.csv", .line(3), "a quoted field starting here is never closed"),
        Case("units-truncated-in-quoted-field.csv", .line(3), "a quoted field starting here is never closed"),
        Case("units-text-after-quote.csv", .line(2), "after the closing quote of a field"),
        Case("units-utf16le-bom.csv", .file, "the file is UTF-16 (little-endian)"),
        Case("units-utf16be.csv", .file, "the file is UTF-16 (big-endian)"),
        Case("units-empty.csv", .file, "the file is empty"),
        Case("units-only-bom-and-blank-lines.csv", .file, "the file is empty"),
        Case("units-missing-required-column.csv", .line(1), "column 'name': is missing"),
        Case("units-column-named-twice.csv", .line(1), "names the same column as 'name'"),
        Case("documents-too-many-fields.csv", .line(3), "the row has 8 fields but the header has 5 columns"),
        // §3 values
        Case("units-id-too-long.csv", .line(2), "is 65 characters long"),
        Case("units-id-control-character.csv", .line(2), "holds a control character"),
        Case("units-text-too-long.csv", .line(2), "is 10001 characters long"),
        Case("actions-unreal-date.csv", .line(2), "'31/02/2026' is not a real calendar date"),
        Case("actions-not-a-date.csv", .line(2), "'20260110' is not a date"),
        Case("measurements-not-a-period.csv", .line(2), "'2026-Q5' is not a period"),
        Case("objectives-thousands-separator.csv", .line(2), "'1,000' is not a number"),
        Case("objectives-decimal-comma-in-comma-file.csv", .line(2), "'90,5' is not a number"),
        Case("units-not-a-bool.csv", .line(2), "is not a yes/no value"),
        Case("audits-not-an-accepted-word.csv", .line(2), "'hằng năm' is not an accepted word"),
        Case("actions-empty-required-value.csv", .line(2), "column 'title': is empty"),
        Case("objectives-unknown-indicator.csv", .line(2), "'docs_pct' is not an accepted word"),
        Case("objectives-not-a-year.csv", .line(2), "'năm 2026' is not a year"),
        Case("units-deleted-not-a-bool.csv", .line(2), "column 'deleted': 'có thể' is not a yes/no value"),
        Case("documents-number-as-date.json", .record(1), "'20260105' is not a date"),
        Case("tallies-month-is-a-quarter.csv", .line(2), "is a quarter, not a month"),
        Case("tallies-not-a-whole-number.csv", .line(2), "'10.5' is not a whole number"),
        Case("tallies-negative-count.csv", .line(2), "'-1' is negative"),
        // §4 rules of each kind
        Case("units-own-parent.csv", .line(2), "names the unit itself"),
        Case("units-parent-cycle.csv", .line(2), "(ORG → VP → ORG)"),
        Case("measurements-for-an-indicator-objective.csv", .line(2), "takes its values from the indicator"),
        Case("measurements-ratio-disagrees.csv", .line(2), "expected them to agree within 0.5"),
        Case("audits-ends-before-starts.csv", .line(2), "is before starts_on"),
        Case("actions-due-before-opened.csv", .line(2), "is before opened_on"),
        Case("actions-done-without-closed-on.csv", .line(2), "is empty while the status is 'done'"),
        Case("tallies-counts-exceed-total.csv", .line(2), "electronic 8 + confidential 5 is more than total 10"),
        Case("tallies-on-time-exceeds-with-due.csv", .line(2), "6 is more than with_due 4"),
        Case("tallies-with-due-exceeds-total.csv", .line(2), "12 is more than total 10"),
        // §7 references and deletions
        Case("documents-unknown-unit.csv", .line(2), "'NOPE' names no unit"),
        Case("findings-unknown-audit.csv", .line(2), "'DG-NOPE' names no audit"),
        Case("measurements-unknown-objective.csv", .line(2), "'MT-NOPE' names no objective"),
        Case("actions-unknown-finding.csv", .line(2), "'PH-NOPE' names no finding"),
        Case("units-delete-still-referenced.csv", .line(2), "cannot delete unit 'VP'"),
        // JSON
        Case("units-nested-value.json", .record(1), "is an object or array"),
        Case("units-not-an-object.json", .record(1), "is not an object"),
        Case("units-syntax-error.json", .line(2), "not valid JSON: found '}'"),
        Case("units-trailing-garbage.json", .line(2), "after the end of the top value"),
        Case("bundle-truncated.json", .line(3), "a string starting here is never closed"),
        Case("units-invalid-utf8.json", .line(2), "not UTF-8"),
        Case("units-utf16le-bom.json", .file, "the file is UTF-16 (little-endian)"),
    ]

    static func fixtureFolder() throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("hostile")
    }

    /// A store holding the base fixtures, and its content before anything hostile arrives.
    static func baseSandbox() throws -> (SyncSandbox, [String]) {
        let box = try SyncSandbox()
        for kind in RecordKind.allCases {
            try box.copyFixture("base/\(kind.rawValue).csv", as: "base/\(kind.rawValue).csv")
        }
        let report = try box.sync([box.path("base")])
        #expect(report.files.allSatisfy { $0.state == .applied })
        return (box, try box.snapshot())
    }

    /// One store for the whole corpus: each file must leave it exactly as it was, so the
    /// next one meets the same store (and a file that changed it fails here, by name).
    @Test func everyBrokenFileIsRejectedWithItsPlaceAndChangesNothing() throws {
        let (box, before) = try Self.baseSandbox()
        for hostile in Self.corpus {
            try check(hostile, in: box, before: before)
        }
    }

    private func check(_ hostile: Case, in box: SyncSandbox, before: [String]) throws {
        let name = hostile.file
        let path = try box.copyFixture("hostile/\(name)", as: "corpus/\(name)")
        let report = try box.sync([path])
        let file = try #require(report.files.first, "\(name)")
        #expect(report.files.count == 1, "\(name)")
        #expect(try box.snapshot() == before, "\(name) changed the store")
        #expect(file.counts == SyncCounts(), "\(name)")

        if case .reason(let state) = hostile.at {
            #expect(file.state == state, "\(name)")
            #expect(file.reason?.contains(hostile.says) == true, "\(name): \(file.reason ?? "no reason")")
            return
        }
        #expect(file.state == .rejected, "\(name)")
        let first = try #require(file.messages.first, "\(name): a rejected file lists its errors")
        let prefix: String
        switch hostile.at {
        case .line(let line): prefix = "\(path):\(line): "
        case .record(let index): prefix = "\(path):record \(index): "
        case .file: prefix = "\(path): "
        case .reason: prefix = ""
        }
        #expect(first.hasPrefix(prefix) && first.contains(hostile.says), "\(name): \(first)")
        // Every message names the file and a place in it; none is empty.
        #expect(file.messages.allSatisfy { $0.hasPrefix(path + ":") && $0.count > path.count + 10 }, "\(name)")
        // The rejection is in the sync log, with its errors, for `status` and the dashboard.
        let logged = try box.store.syncLog.rejectedSinceLastCleanSync().first
        #expect(logged?.path == path && logged?.errorCount == file.errors.count, "\(name)")
    }

    @Test func everyFileOfTheCorpusIsListedHere() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: try Self.fixtureFolder().path)
        #expect(Set(names) == Set(Self.corpus.map(\.file)))
        #expect(Set(Self.corpus.map(\.file)).count == Self.corpus.count)
    }

    // MARK: Generated: too big or too odd to commit

    /// The size of the single-line file. 50 MB as the issue asks when `ISODASH_HEAVY`
    /// is set (`.ci/reliability-heavy.sh`); by default just over the reader's 16 MiB cap on
    /// one record, which takes the same path at a third of the cost in a debug build
    /// (hashing dominates).
    static var longLineBytes: Int {
        ProcessInfo.processInfo.environment["ISODASH_HEAVY"] == nil ? 17 << 20 : 50_000_000
    }

    @Test func aHugeSingleLineIsRejectedAtItsLineWithBoundedMemory() throws {
        let (box, before) = try Self.baseSandbox()
        var bytes = Array("id,unit_id,direction,date,electronic\n".utf8)
        bytes += Array(repeating: UInt8(ascii: "x"), count: Self.longLineBytes)
        let csv = try box.writeBytes("documents-one-line.csv", bytes)
        bytes.removeAll()
        // The same size as one JSON string.
        var json = Array(#"[{"id": "H1", "name": ""#.utf8)
        json += Array(repeating: UInt8(ascii: "a"), count: 4 << 20)
        json += Array(#""}]"#.utf8)
        let jsonPath = try box.writeBytes("units-one-line.json", json)
        let report = try box.sync([csv, jsonPath])
        #expect(report.files.map(\.state) == [.rejected, .rejected])
        let csvFile = try #require(report.files.first { $0.path == csv })
        #expect(csvFile.messages == ["\(csv):2: the record starting here is longer than 16 MiB; expected a line break before that"])
        let jsonFile = try #require(report.files.first { $0.path == jsonPath })
        #expect(jsonFile.messages == ["\(jsonPath):1: a string is longer than 1 MiB, expected values of at most 10,000 characters"])
        #expect(try box.snapshot() == before)
    }

    @Test func deeplyNestedJSONIsRejectedWithoutRecursion() throws {
        let (box, before) = try Self.baseSandbox()
        let depth = 100_000
        // Never closed: the end of the file inside the nesting.
        let open = try box.writeBytes("units-deep.json", Array(repeating: UInt8(ascii: "["), count: depth))
        // Closed, as the value of a column.
        var closed = Array(#"[{"id": "H1", "name": "#.utf8)
        closed += Array(repeating: UInt8(ascii: "["), count: depth) + Array(repeating: UInt8(ascii: "]"), count: depth)
        closed += Array("}]\n".utf8)
        let closedPath = try box.writeBytes("units-deep-closed.json", closed)
        // Deep objects inside a bundle key that is not a kind.
        var bundle = Array(#"{"units": [], "x": "#.utf8)
        bundle += Array(String(repeating: #"{"a":"#, count: depth).utf8) + Array("1".utf8)
        bundle += Array(repeating: UInt8(ascii: "}"), count: depth) + Array("}".utf8)
        let bundlePath = try box.writeBytes("bundle-deep.json", bundle)

        let report = try box.sync([open, closedPath, bundlePath])
        #expect(report.files.allSatisfy { $0.state == .rejected })
        let messages = report.files.flatMap(\.messages)
        #expect(messages.contains("\(open):1: not valid JSON: the file ends where a value was expected"))
        #expect(messages.contains("\(closedPath):record 1: column 'name': is an object or array, expected a string, number or boolean"))
        #expect(messages.contains { $0.hasPrefix("\(bundlePath):1: 'x' is not a kind") })
        #expect(try box.snapshot() == before)
    }

    @Test func binaryGarbageUnderEveryNameIsRejectedAtALine() throws {
        let (box, before) = try Self.baseSandbox()
        var random = FuzzRandom(seed: 0x15_0900_1)
        var paths: [String] = []
        for (index, name) in ["units-garbage.csv", "documents-garbage.csv", "units-garbage.json", "garbage.json"].enumerated() {
            var bytes = (0..<(64 << 10) + index).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if index == 1 { bytes.insert(contentsOf: Array("id,unit_id,direction,date,electronic\n".utf8), at: 0) }
            paths.append(try box.writeBytes(name, bytes))
        }
        let report = try box.sync(paths)
        #expect(report.files.count == paths.count)
        for file in report.files {
            #expect(file.state == .rejected)
            let first = try #require(file.messages.first)
            #expect(first.range(of: #"^.+:[0-9]+: "#, options: .regularExpression) != nil, "\(first)")
        }
        #expect(try box.snapshot() == before)
    }

    @Test func aFolderNamedLikeAKindAndOtherOddEntriesAreSkippedWithTheirReason() throws {
        let (box, before) = try Self.baseSandbox()
        let folder = box.path("exports")
        try FileManager.default.createDirectory(atPath: folder + "/documents", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/units.csv", withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/actions.csv", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/tallies.csv", withDestinationPath: "/dev/zero")
        let report = try box.sync([folder])
        let reasons = Dictionary(report.files.map { (FileDiscovery.baseName($0.path), ($0.state, $0.reason ?? "")) },
                                 uniquingKeysWith: { a, _ in a })
        #expect(reasons["documents"]?.0 == .skipped)
        #expect(reasons["documents"]?.1.contains("a folder named like a kind (documents)") == true)
        #expect(reasons["units.csv"]?.0 == .skipped)
        // A FIFO would block a reader forever; a device would never end.
        #expect(reasons["actions.csv"]?.0 == .skipped)
        #expect(reasons["actions.csv"]?.1 == "not a regular file")
        #expect(reasons["tallies.csv"]?.1 == "not a regular file")
        #expect(report.exitStatus == 0)
        #expect(try box.snapshot() == before)
    }

    @Test func aSymlinkLoopInASyncedFolderIsReportedAndTheOtherFilesApply() throws {
        let (box, before) = try Self.baseSandbox()
        let folder = box.path("loops")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let links = FileManager.default
        try links.createSymbolicLink(atPath: folder + "/documents-self.csv", withDestinationPath: "documents-self.csv")
        try links.createSymbolicLink(atPath: folder + "/units-a.csv", withDestinationPath: "units-b.csv")
        try links.createSymbolicLink(atPath: folder + "/units-b.csv", withDestinationPath: "units-a.csv")
        try links.createSymbolicLink(atPath: folder + "/services", withDestinationPath: ".")  // the folder itself
        try links.createSymbolicLink(atPath: folder + "/tallies-gone.csv", withDestinationPath: "nowhere.csv")
        try box.write("loops/procedures.csv", "id,title,unit_id\nQT-09,Quy trình mới,VP\n")

        let report = try box.sync([folder, folder + "/units-a.csv"])
        let byName = Dictionary(report.files.map { (FileDiscovery.baseName($0.path), $0) }, uniquingKeysWith: { a, _ in a })
        for loop in ["documents-self.csv", "units-a.csv", "units-b.csv"] {
            #expect(byName[loop]?.state == .rejected)
            #expect(byName[loop]?.reason == "a loop of symbolic links, which cannot be followed")
        }
        #expect(byName["services"]?.state == .skipped)
        #expect(byName["tallies-gone.csv"]?.reason == "a symbolic link to something that does not exist")
        #expect(byName["procedures.csv"]?.state == .applied)
        #expect(report.exitStatus == 1)
        var after = try box.snapshot()
        after.removeAll { $0.hasPrefix("procedures|QT-09|") }
        #expect(after == before, "only the good file changed the store")
    }
}
