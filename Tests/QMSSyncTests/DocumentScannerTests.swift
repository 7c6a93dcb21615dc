import Foundation
import QMSDomain
import QMSStore
import Testing
@testable import QMSSync

/// The byte-level reader of document registers (`DocumentRowScanner`, `DocumentBulkWriter`)
/// must change how fast a register is read, never what a sync stores or says: every
/// file here is synced into two stores, one with the fast path and one without, and
/// the reports (counts, errors, positions, warnings) and the stores must be equal.
@Suite struct DocumentScannerTests {
    /// A sandbox with a second store beside its own, synced without the fast path.
    final class Pair {
        let box: SyncSandbox
        let general: Store
        let fast: StoreFingerprint
        let slow: StoreFingerprint

        init() throws {
            box = try SyncSandbox()
            general = try Store.open(path: box.path("general.sqlite"), mode: .readWrite)
            let tables = SyncSandbox.dataTables + ["document_due", "document_due_months"]
            fast = try StoreFingerprint(box.store.connection, tables: tables)
            slow = try StoreFingerprint(general.connection, tables: tables)
            try box.copyFixture("base/units.csv", as: "base/units.csv")
            let (a, b) = try sync([box.path("base/units.csv")])
            #expect(a.files.first?.state == .applied && a == b)
        }

        deinit {
            general.close()
        }

        /// Syncs `paths` into both stores; returns the two reports.
        func sync(_ paths: [String], force: Bool = false) throws -> (fast: SyncReport, general: SyncReport) {
            var fastOptions = SyncOptions(force: force, lockTimeout: 5, now: SyncSandbox.clock)
            var generalOptions = fastOptions
            fastOptions.scansDocuments = true
            generalOptions.scansDocuments = false
            let fastReport = try SyncRunner(store: box.store, options: fastOptions).run(paths: paths)
            let generalReport = try SyncRunner(store: general, options: generalOptions).run(paths: paths)
            return (fastReport, generalReport)
        }

        /// Syncs `text` as a documents file into both stores and expects the same outcome.
        @discardableResult
        func expectSame(_ name: String, _ text: String, force: Bool = true,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> SyncReport {
            let path = try box.write(name, text)
            return try expectSame([path], force: force, sourceLocation: sourceLocation)
        }

        @discardableResult
        func expectSame(_ paths: [String], force: Bool = true, replay: String = "",
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> SyncReport {
            let (a, b) = try sync(paths, force: force)
            #expect(a == b, "the reports differ \(replay)", sourceLocation: sourceLocation)
            #expect(try fast.value() == slow.value(), "the stores differ \(replay)", sourceLocation: sourceLocation)
            return a
        }
    }

    static let header = "id,unit_id,direction,date,electronic,confidential,due_on,done_on,deleted\n"

    @Test func fixturesGiveTheSameStoreAndReport() throws {
        let pair = try Pair()
        for name in ["base/documents.csv", "dialect/documents-tab.csv", "csv/documents-vn-semicolon-bom.csv",
                     "hostile/documents-unknown-unit.csv", "hostile/documents-too-many-fields.csv",
                     "hostile/documents-nul-byte.csv"] {
            let path = try pair.box.copyFixture(name)
            let report = try pair.expectSame([path], force: false, replay: name)
            // Again, unchanged: every row compared.
            try pair.expectSame([path], force: true, replay: name + " again")
            if name.hasPrefix("hostile") { #expect(report.files.first?.state == .rejected, "\(name)") }
        }
        #expect(try SyncFuzzTests.summariesMatchTheRegister(pair.box))
    }

    /// Values the fast path reads itself and values it leaves to the general path, in
    /// one valid file: the same rows stored, the same counts.
    @Test func unusualButValidSpellingsAreStoredAlike() throws {
        let pair = try Pair()
        let nbsp = "\u{00A0}", nfdE = "e\u{0301}"
        let rows = [
            "A1,VP,in,2026-01-05,1,0,2026-01-10,2026-01-09,0",
            " A2 , VP ,\tout\t, 2026-01-06 ,0,,,,",
            "A3,VP,IN,5/1/2026,Có,x,05/02/2026,,no",
            "A4,VP,incoming,2026-02-28,yes,false,2026-03-01,2026-03-05,",
            "A5,TTr,đến,29/02/2028,có,không,,,",
            "A6,TTr,Đi,2026-12-31,TRUE,,2026-12-31,2026-12-31,",
            "A7,TTr,nội bộ,2026-03-03,không,,,,",
            "Đ-8/VBĐ,VP,văn bản đến,2026-03-04,1,,,,",
            "A9\(nbsp),VP,in,2026-03-05,1,,,,",
            "\(nbsp)A10,VP,in,2026-03-06,1,,,,",
            "A11-\(nfdE),VP,in,2026-03-07,1,,,,",
            "\"A12,quoted\",VP,in,2026-03-08,1,,,,",
            "\"A13 \"\"q\"\"\",VP,\"in\",\"2026-03-09\",\"1\",,,,",
            String(repeating: "Ệ", count: 30) + ",VP,in,2026-03-10,1,,,,",
            String(repeating: "x", count: 64) + ",VP,in,2026-03-11,1,,,,",
            "A1,VP,in,2026-01-05,1,0,2026-01-10,2026-01-09,0",
            "A2,VP,out,2026-01-06,1,,,,",
            "A14,VP,in,2026-04-01,1,,2026-04-10,,",
            "A14,VP,in,2026-04-01,1,,2026-04-10,2026-04-02,",
        ]
        let report = try pair.expectSame("documents-a.csv", Self.header + rows.joined(separator: "\n") + "\n",
                                         force: false)
        #expect(report.files.first?.state == .applied)
        #expect(report.totals.inserted == 16 && report.totals.updated == 2 && report.totals.unchanged == 1)
        // The same file again, forced: nothing new, the rows given twice updated again;
        // then deletions and a changed row.
        let again = try pair.expectSame("documents-a.csv", Self.header + rows.joined(separator: "\n") + "\n")
        #expect(again.totals.inserted == 0 && again.totals.updated == 4 && again.totals.unchanged == rows.count - 4)
        let later = try pair.expectSame("documents-b.csv", Self.header + """
            A3,VP,in,2026-01-05,1,,,,1
            A4,VP,in,2026-02-28,0,,,,
            A15,VP,in,2026-05-01,1,,,,x
            A5,TTr,in,2028-02-29,1,,,,false

            """, force: false)
        #expect(later.totals.deleted == 1 && later.totals.updated == 1 && later.totals.unchanged == 2)
        #expect(try SyncFuzzTests.summariesMatchTheRegister(pair.box))
    }

    /// Each invalid file is rejected with the same errors at the same positions.
    @Test func problemsAreReportedAlike() throws {
        let pair = try Pair()
        let good = "G1,VP,in,2026-01-05,1,0,,,\n"
        let bad = [
            "B1,NOPE,in,2026-01-05,1,,,,",
            "B2,,in,2026-01-05,1,,,,",
            ",VP,in,2026-01-05,1,,,,",
            "B4,VP,sideways,2026-01-05,1,,,,",
            "B5,VP,in,2026-02-30,1,,,,",
            "B6,VP,in,2026-13-01,1,,,,",
            "B7,VP,in,31/04/2026,1,,,,",
            "B8,VP,in,2026/01/05,1,,,,",
            "B9,VP,in,,1,,,,",
            "B10,VP,in,2026-01-05,maybe,,,,",
            "B11,VP,in,2026-01-05,1,2,,,",
            "B12,VP,in,2026-01-05,1,,soon,,",
            "B13,VP,in,2026-01-05,1,,,0000-01-01,",
            "B14,VP,in,2026-01-05,1,,,,perhaps",
            "B15\u{1B}[31m,VP,in,2026-01-05,1,,,,",
            "B16\u{85}X,VP,in,2026-01-05,1,,,,",
            "B17\u{202E},VP,in,2026-01-05,1,,,,",
            String(repeating: "y", count: 65) + ",VP,in,2026-01-05,1,,,,",
            "B19,VP,in,2026-01-05,1,,,,,extra",
            "NOPE,VP,in,2026-01-05,1,,,,1",
            "B21,VP\u{7F},in,2026-01-05,1,,,,",
        ]
        for (n, row) in bad.enumerated() {
            let report = try pair.expectSame("documents-bad-\(n).csv", Self.header + good + row + "\n" + good)
            let state = report.files.first?.state
            #expect(state == .rejected || row.hasPrefix("NOPE"), "row \(n): \(row)")
        }
        // All the problems of one file, in order.
        let all = try pair.expectSame("documents-all-bad.csv", Self.header + bad.joined(separator: "\n") + "\n")
        #expect(all.files.first?.errors.count ?? 0 >= bad.count - 2)
    }

    /// Mutated registers (bytes flipped, lines duplicated, swapped, truncated, odd
    /// characters): whatever becomes of each, both paths agree.
    @Test(.timeLimit(.minutes(5))) func fuzzedRegistersGiveTheSameStoreAndReport() throws {
        let pair = try Pair()
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let sources = ["base/documents.csv", "dialect/documents-tab.csv", "csv/documents-vn-semicolon-bom.csv"]
        var originals = try sources.map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
        // A longer register in the contract's own spelling, with repeated ids and units.
        var long = Array(Self.header.utf8)
        for n in 0..<60 {
            long += Array("L\(n % 45),\(["VP", "TTr", "ORG"][n % 3]),\(["in", "out", "internal"][n % 3]),2026-0\(n % 9 + 1)-1\(n % 10),\(n % 2),\(n % 5 == 0 ? "1" : ""),\(n % 4 == 0 ? "" : "2026-10-0\(n % 9 + 1)"),\(n % 3 == 0 ? "2026-10-05" : ""),\n".utf8)
        }
        originals.append(long)
        var random = FuzzRandom(seed: 0x0D0C_5CA2)
        var applied = 0
        for iteration in 0..<240 {
            let source = random.below(originals.count)
            var bytes = originals[source]
            var mutations: [String] = []
            for _ in 0...random.below(3) { mutations.append(FileMutation.apply(to: &bytes, random: &random)) }
            let path = try pair.box.writeBytes("fuzz/documents-\(iteration % 7).csv", bytes)
            let report = try pair.expectSame([path], force: true,
                                             replay: "iteration \(iteration), source \(source): \(mutations)")
            if report.files.first?.state == .applied { applied += 1 }
        }
        #expect(applied > 24)
        #expect(try SyncFuzzTests.summariesMatchTheRegister(pair.box))
    }

    // MARK: The scanner itself

    /// What the scanner makes of `line`, looked at by `body` while the reader's and the
    /// scanner's buffers, which the values point into, are alive.
    func scan<T>(_ line: String, header: String = "id,unit_id,direction,date,electronic,confidential,due_on,done_on,deleted",
                 _ body: (DocumentRowValues?) throws -> T) throws -> T {
        let reader = try CSVReader(bytes: Array((header + "\n" + line + "\n").utf8))
        let resolved = ResolvedHeader(names: reader.header, schema: DocumentColumns.schema)
        let scanner = DocumentRowScanner(columnFields: resolved.columnFields)
        let row = try #require(try reader.nextRow())
        return try withExtendedLifetime((reader, scanner)) { try body(scanner.scan(row)) }
    }

    func scan(_ line: String) throws -> Bool {
        try scan(line) { $0 != nil }
    }

    @Test func scannerReadsCommonSpellingsInPlace() throws {
        try scan("12/QĐ-UBND , VP ,đến,5/1/2026,có,,2026-01-10,09/01/2026,0") { scanned in
            let values = try #require(scanned)
            #expect(String(decoding: values.id, as: UTF8.self) == "12/QĐ-UBND")
            #expect(String(decoding: values.unitID, as: UTF8.self) == "VP")
            #expect(values.direction == .in && values.electronic && !values.confidential)
            #expect(values.date == Day(year: 2026, month: 1, day: 5) && values.monthIndex == 2026 * 12)
            #expect(String(decoding: values.dateText, as: UTF8.self) == "2026-01-05")
            #expect(values.dueOn == Day(year: 2026, month: 1, day: 10))
            #expect(String(decoding: values.dueOnText, as: UTF8.self) == "2026-01-10")
            #expect(String(decoding: values.doneOnText, as: UTF8.self) == "2026-01-09")
        }
        // Columns the file lacks read as empty.
        try scan("A,VP,out,2026-02-01,x", header: "id,unit_id,direction,date,electronic") { scanned in
            let short = try #require(scanned)
            #expect(short.direction == .out && short.electronic && short.dueOn == nil && short.doneOn == nil)
        }
    }

    @Test func scannerLeavesEverythingUncertainToTheGeneralPath() throws {
        for line in ["A,VP,in,2026-01-05,1,,,,1", "A,VP,in,2026-01-05,1,,,,maybe", "A,VP,IN,2026-01-05,1,,,,",
                     "A,VP,in,2026-01-05,Yes,,,,", "A,VP,in,2026-02-30,1,,,,", "A,VP,in,0999-01-01,1,,,,",
                     "A,,in,2026-01-05,1,,,,", "A\u{A0},VP,in,2026-01-05,1,,,,", "e\u{301},VP,in,2026-01-05,1,,,,",
                     "A\u{1B},VP,in,2026-01-05,1,,,,", "A,VP,in,2026-01-05,1,,2026-1-5,,", "A,VP,in,,1,,,,",
                     String(repeating: "Ệ", count: 22) + ",VP,in,2026-01-05,1,,,,"] {
            #expect(try !scan(line), "\(line)")
        }
        #expect(DocumentRowScanner.isPlainID(UnsafeRawBufferPointer(start: nil, count: 0)) == false)
    }

    @Test func unitSpanTableFindsWhatWasInsertedAcrossGrowth() {
        var table = UnitSpanTable()
        let ids = (0..<300).map { "UNIT-\($0)-Đ" }
        for (slot, id) in ids.enumerated() {
            Array(id.utf8).withUnsafeBytes { table.insert($0, slot: slot) }
        }
        for (slot, id) in ids.enumerated() {
            #expect(Array(id.utf8).withUnsafeBytes { table.slot(of: $0) } == slot)
        }
        #expect(Array("UNIT-300-Đ".utf8).withUnsafeBytes { table.slot(of: $0) } == nil)
        table.removeAll()
        #expect(Array("UNIT-1-Đ".utf8).withUnsafeBytes { table.slot(of: $0) } == nil)
    }
}
