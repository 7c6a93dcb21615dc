import Foundation
import QMSDomain
import QMSStore
import QMSSync
import Testing

/// The demo folder is what a new user syncs first and what the dashboard is shown
/// with, so these tests read the written files back the way a user's sync would
/// (with a small reader of their own, independent of the sync code) and check
/// that they keep the contract and tell the story they are meant to tell.
@Suite("Demo generator")
struct DemoGeneratorTests {
    static let asOf = Day(year: 2026, month: 11, day: 20)!

    // MARK: Determinism

    @Test func sameInputsWriteIdenticalBytesAndAnotherSeedDoesNot() throws {
        let generator = DemoGenerator(scale: .department, seed: 42, asOf: Self.asOf)
        let first = try TempFolder()
        let second = try TempFolder()
        let third = try TempFolder()
        let a = try generator.write(to: first.path)
        let b = try generator.write(to: second.path)
        #expect(a.files.map(\.name) == b.files.map(\.name))
        for file in a.files {
            let left = try Data(contentsOf: URL(fileURLWithPath: first.path + "/" + file.name))
            let right = try Data(contentsOf: URL(fileURLWithPath: second.path + "/" + file.name))
            #expect(left == right, "\(file.name) differs between two runs with the same seed")
        }
        _ = try DemoGenerator(scale: .department, seed: 43, asOf: Self.asOf).write(to: third.path)
        let differing = a.files.filter { file in
            let left = try? Data(contentsOf: URL(fileURLWithPath: first.path + "/" + file.name))
            let right = try? Data(contentsOf: URL(fileURLWithPath: third.path + "/" + file.name))
            return left != right
        }
        #expect(differing.count >= 3, "another seed should change the data, changed only \(differing.map(\.name))")
    }

    // MARK: Files and kinds

    @Test func departmentWritesEveryKindInFilesNamedForIt() throws {
        let folder = try TempFolder()
        let generator = DemoGenerator(scale: .department, seed: 1, asOf: Self.asOf)
        let summary = try generator.write(to: folder.path)
        #expect(summary.files.map(\.name) == generator.fileNames)
        for kind in RecordKind.allCases where kind != .tallies {
            #expect(summary.rows(of: kind) > 0, "no \(kind.rawValue) written")
        }
        #expect(summary.rows(of: .tallies) == 0)
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(onDisk == summary.files.map(\.name).sorted())
        for file in summary.files {
            if let kind = RecordKind.fromFileName(file.name) {
                #expect(file.kinds == [kind], "\(file.name) is detected as \(kind.rawValue) but holds \(file.kinds)")
            } else {
                #expect(file.name.hasSuffix(".json"), "\(file.name) names no kind and is not a JSON bundle")
                #expect(file.kinds.count > 1)
            }
            let size = try FileManager.default.attributesOfItem(atPath: folder.path + "/" + file.name)[.size] as? Int
            #expect(size == file.bytes, "\(file.name): summary says \(file.bytes) bytes")
        }
        let data = try DemoData(folder.path, summary)
        #expect(data.count(.units) == summary.rows(of: .units))
        #expect(data.count(.documents) == summary.rows(of: .documents))
        #expect(summary.rows(of: .documents) == generator.documentRows)
        #expect(generator.documentRows == 20_000)
        #expect((10...30).contains(data.units.count))
    }

    @Test func everyEnumeratedValueOccurs() throws {
        let folder = try TempFolder()
        let summary = try DemoGenerator(scale: .department, seed: 5, asOf: Self.asOf).write(to: folder.path)
        let data = try DemoData(folder.path, summary)
        func check<E: ContractEnum>(_ type: E.Type, _ kind: RecordKind, _ column: String) {
            let words = data.values(kind, column)
            var seen = Set<E>()
            for word in words where !word.isEmpty {
                guard let value = E.matching(word) else {
                    Issue.record("\(kind.rawValue).\(column): '\(word)' is not a \(E.self)")
                    continue
                }
                seen.insert(value)
            }
            for value in E.allCases where !seen.contains(value) {
                Issue.record("\(kind.rawValue).\(column) never says \(value.rawValue)")
            }
        }
        check(AuditKind.self, .audits, "kind")
        check(AuditStatus.self, .audits, "status")
        check(FindingGrade.self, .findings, "grade")
        check(ActionStatus.self, .actions, "status")
        check(ProcedureStatus.self, .procedures, "status")
        check(ServiceLevel.self, .services, "level")
        check(Indicator.self, .objectives, "indicator")
        check(Direction.self, .objectives, "direction")
        check(DocumentDirection.self, .documents, "direction")
        // English words are used as well as Vietnamese ones.
        #expect(data.values(.actions, "status").contains("in_progress"))
        #expect(data.values(.objectives, "direction").contains { Direction(rawValue: $0) != nil })
        #expect(data.values(.objectives, "direction").contains("thấp hơn tốt hơn"))
        #expect(data.values(.documents, "direction").contains("nội bộ"))
    }

    // MARK: Contract rules

    @Test func departmentKeepsTheContract() throws {
        let folder = try TempFolder()
        let summary = try DemoGenerator(scale: .department, seed: 9, asOf: Self.asOf).write(to: folder.path)
        try DemoData(folder.path, summary).checkContract(asOf: Self.asOf)
    }

    @Test func reducedProvinceHasTheShapeOfAProvinceAndKeepsTheContract() throws {
        let folder = try TempFolder()
        let generator = DemoGenerator(scale: .province, seed: 3, asOf: Self.asOf, documentScale: 0.01)
        #expect(DemoGenerator(scale: .province, seed: 3, asOf: Self.asOf).documentRows >= 1_000_000)
        #expect(generator.documentRows == 10_500)
        let summary = try generator.write(to: folder.path)
        #expect(summary.files.map(\.name) == generator.fileNames)
        let data = try DemoData(folder.path, summary)
        try data.checkContract(asOf: Self.asOf)
        #expect(summary.rows(of: .documents) == 10_500)
        #expect((170...240).contains(data.units.count), "\(data.units.count) units")
        #expect(summary.rows(of: .actions) >= 2_000)
        // Depth of the unit tree: UBND tỉnh → Sở → chi cục → hạt kiểm lâm.
        let parents = Dictionary(uniqueKeysWithValues: data.units.map { ($0.id, $0.parent) })
        func depth(_ id: String) -> Int { parents[id].flatMap { $0 }.map { depth($0) + 1 } ?? 1 }
        #expect(data.units.map { depth($0.id) }.max() == 4)
        let names = data.values(.units, "name")
        #expect(names.contains("Ủy ban nhân dân tỉnh Bình An"))
        #expect(names.filter { $0.hasPrefix("Sở ") }.count >= 15)
        #expect(names.filter { $0.hasPrefix("Xã ") || $0.hasPrefix("Phường ") || $0.hasPrefix("Thị trấn ") }.count >= 100)
        // Districts and communes report in their own Vietnamese files.
        #expect(summary.files.first { $0.name.hasPrefix("documents-cap-huyen") }!.rows[.documents]! > 3_000)
        #expect(summary.files.first { $0.name.hasPrefix("actions-cap-huyen") }!.rows[.actions]! > 500)
    }

    // MARK: Shaping around asOf

    @Test func actionsAreOverdueInEveryAgeBucketAndSomeAreDueSoon() throws {
        let folder = try TempFolder()
        let summary = try DemoGenerator(scale: .department, seed: 11, asOf: Self.asOf).write(to: folder.path)
        let actions = try DemoData(folder.path, summary).actions()
        let overdue = actions.compactMap { $0.daysOverdue(on: Self.asOf) }
        #expect(overdue.contains { $0 <= 3 }, "nothing overdue by a few days")
        for bucket in [1...30, 31...60, 61...90, 91...10_000] {
            #expect(overdue.contains { bucket.contains($0) }, "nothing overdue by \(bucket) days")
        }
        for edge in [30, 31, 60, 61, 90, 91] {
            #expect(overdue.contains(edge), "no action exactly \(edge) days overdue")
        }
        let dueSoon = actions.filter { $0.status.isPending && $0.dueOn >= Self.asOf && $0.dueOn.days(since: Self.asOf) <= 14 }
        #expect(dueSoon.count >= 3)
        #expect(actions.contains { $0.isClosedOnTime })
        #expect(actions.contains { $0.status.isClosed && !$0.isClosedOnTime }, "no action closed late")
        #expect(actions.contains { $0.findingID != nil } && actions.contains { $0.findingID == nil })
    }

    @Test func objectivesShowEveryStatus() throws {
        let folder = try TempFolder()
        let summary = try DemoGenerator(scale: .department, seed: 21, asOf: Self.asOf).write(to: folder.path)
        let data = try DemoData(folder.path, summary)
        let objectives = try data.objectives()
        let measurements = try data.measurements()
        var statuses = Set<ObjectiveStatus>()
        for objective in objectives where objective.indicator == nil {
            let latest = measurements.filter { $0.objectiveID == objective.id }.max { $0.period < $1.period }
            statuses.insert(objective.status(value: latest?.value))
        }
        #expect(statuses == Set(ObjectiveStatus.allCases), "measured objectives show only \(statuses)")
        #expect(measurements.allSatisfy { $0.period.end < Self.asOf }, "a measurement for a period not yet over")
        #expect(Set(measurements.map(\.period.granularity)) == [.month, .quarter, .half])
        #expect(Set(objectives.compactMap(\.indicator)) == Set(Indicator.allCases))
        #expect(objectives.contains { $0.direction == .lower })
        #expect(objectives.contains { $0.target == 98.5 }, "a target with a decimal comma was not read back")

        // The document indicators, computed over each objective's unit and its
        // descendants, land where the demo means them to.
        let documents = try data.documents()
        let parents = Dictionary(uniqueKeysWithValues: data.units.map { ($0.id, $0.parent) })
        func within(_ unit: String?, _ id: String) -> Bool {
            guard let unit else { return true }
            var current: String? = id
            while let here = current {
                if here == unit { return true }
                current = parents[here] ?? nil
            }
            return false
        }
        func value(_ objective: ObjectiveRecord) -> Double? {
            let mine = documents.filter { within(objective.unitID, $0.unitID) }
            switch objective.indicator {
            case .docsInElectronicPct?, .docsOutElectronicPct?:
                let direction: DocumentDirection = objective.indicator == .docsInElectronicPct ? .in : .out
                let counted = mine.filter { $0.direction == direction && !$0.confidential }
                return Double(counted.filter(\.electronic).count) * 100 / Double(counted.count)
            case .docsOnTimePct?:
                let counted = mine.filter { doc in doc.dueOn.map { doc.doneOn != nil || $0 < Self.asOf } ?? false }
                return Double(counted.filter { doc in doc.doneOn.map { $0 <= doc.dueOn! } ?? false }.count) * 100
                    / Double(counted.count)
            default:
                return nil
            }
        }
        let expected: [String: ObjectiveStatus] = [
            "MT-01": .met, "MT-02": .atRisk, "MT-03": .atRisk, "MT-07": .atRisk, "MT-08": .met,
        ]
        for (id, status) in expected {
            let objective = try #require(objectives.first { $0.id == id })
            #expect(objective.status(value: value(objective)) == status, "\(id): \(value(objective) ?? -1)")
        }
    }

    @Test func documentsHaveLateAndConfidentialOnesAndStayBeforeAsOf() throws {
        let folder = try TempFolder()
        let summary = try DemoGenerator(scale: .department, seed: 2, asOf: Self.asOf).write(to: folder.path)
        let documents = try DemoData(folder.path, summary).documents()
        let start = Day(year: 2026, month: 1, day: 1)!
        #expect(documents.allSatisfy { $0.date >= start && $0.date <= Self.asOf })
        #expect(documents.allSatisfy { doc in doc.doneOn.map { $0 <= Self.asOf && $0 >= doc.date } ?? true })
        let late = documents.filter { doc in doc.dueOn.map { due in doc.doneOn.map { $0 > due } ?? false } ?? false }
        let withDue = documents.filter { $0.dueOn != nil && ($0.doneOn != nil || $0.dueOn! < Self.asOf) }
        #expect(!late.isEmpty && late.count * 10 < withDue.count, "\(late.count) late of \(withDue.count)")
        let confidential = documents.filter(\.confidential)
        #expect(!confidential.isEmpty && confidential.count * 50 < documents.count)
        #expect(confidential.allSatisfy { !$0.electronic })
        #expect(Set(documents.map(\.id)).count == documents.count, "document ids repeat")
        // Working days carry the register.
        let weekend = documents.filter { $0.date.weekday >= 6 }.count
        #expect(weekend * 20 < documents.count)
    }

    @Test func proceduresIncludeSomeNotReviewedForAYear() throws {
        let folder = try TempFolder()
        let summary = try DemoGenerator(scale: .department, seed: 8, asOf: Self.asOf).write(to: folder.path)
        let procedures = try DemoData(folder.path, summary).procedures()
        let active = procedures.filter { $0.status == .active }
        let stale = active.filter { !$0.isReviewed(asOf: Self.asOf) }
        #expect(!stale.isEmpty && stale.count * 3 < active.count, "\(stale.count) of \(active.count) not reviewed")
    }

    // MARK: Dialects

    @Test func filesUseTheDialectsOfTheContract() throws {
        let folder = try TempFolder()
        let year = "2026"
        _ = try DemoGenerator(scale: .department, seed: 4, asOf: Self.asOf).write(to: folder.path)
        func bytes(_ name: String) throws -> [UInt8] {
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + name)))
        }
        func text(_ name: String) throws -> String { String(decoding: try bytes(name), as: UTF8.self) }
        let units = try bytes("units.csv")
        #expect(units.starts(with: [0xEF, 0xBB, 0xBF]), "units.csv has no byte-order mark")
        #expect(try text("units.csv").contains("Mã đơn vị;Tên đơn vị;"))
        #expect(try text("measurements_\(year).csv").contains("\r\n"))
        #expect(try !text("objectives-\(year).csv").contains("\r\n"))
        let objectives = try text("objectives-\(year).csv")
        #expect(objectives.contains(";98,5;"), "no decimal comma")
        #expect(objectives.contains("\"\""), "no doubled quote")
        #expect(objectives.contains("Nguyễn Thị Lan"))
        #expect(objectives.contains("Tỷ lệ văn bản đến được xử lý trên môi trường mạng"))
        #expect(objectives.range(of: #";\d{1,2}/\d{1,2}/2026"#, options: .regularExpression) != nil)
        let actions = try text("actions-\(year).csv")
        #expect(actions.hasPrefix("id,title,unit_id,"))
        #expect(actions.contains(",\"Chuẩn hóa biểu mẫu \"\"Phiếu kiểm soát quá trình giải quyết hồ sơ\"\" theo mẫu mới"))
        #expect(actions.range(of: #",\"[^\"\n]*, [^\"\n]*\","#, options: .regularExpression) != nil, "no quoted comma")
        // NFD: the procedures export is decomposed, and folds back to the same text.
        let procedures = try text("procedures.csv")
        #expect(procedures.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }, "procedures.csv is not NFD")
        #expect(procedures.contains("\t"))
        #expect(TextMatching.nfc(procedures).contains("Quy trình kiểm soát hồ sơ"))
        #expect(try text("Documents_\(year).csv").hasPrefix("id,unit_id,direction,date,electronic,"))
        #expect(try text("documents-trung-tam-cntt-\(year).csv").hasPrefix("Số ký hiệu;Mã đơn vị;Loại;Ngày;"))
        let bundle = try JSONSerialization.jsonObject(with: Data(bytes("ket-qua-danh-gia.json"))) as? [String: Any]
        #expect(Set(bundle?.keys.map { $0 } ?? []) == ["audits", "findings"])
        #expect(try JSONSerialization.jsonObject(with: Data(bytes("services.json"))) is [Any])
    }

    // MARK: Through sync

    @Test func theDemoFolderSyncsIntoAFreshStoreWithoutAComplaint() throws {
        let folder = try TempFolder()
        let summary = try DemoGenerator(scale: .department, seed: 12, asOf: Self.asOf, documentScale: 0.1)
            .write(to: folder.path + "/demo")
        let store = try Store.open(path: folder.path + "/store.sqlite", mode: .readWrite)
        defer { store.close() }
        let report = try SyncRunner(store: store).run(paths: [folder.path + "/demo"])
        #expect(report.files.count == summary.files.count)
        for file in report.files {
            let name = URL(fileURLWithPath: file.path).lastPathComponent
            #expect(file.state == .applied, "\(name): \(file.state) \(file.reason ?? "") \(file.errors.kept)")
            #expect(file.warnings.isEmpty, "\(name): \(file.warnings.kept)")
            let rows = summary.files.first { $0.name == name }.map { $0.rows.values.reduce(0, +) }
            #expect(file.counts.inserted == rows, "\(name): \(file.counts)")
        }
    }

    @Test func aNonsensicalDocumentScaleIsRefused() throws {
        let folder = try TempFolder()
        #expect(throws: DemoError.self) {
            _ = try DemoGenerator(scale: .department, seed: 1, asOf: Self.asOf, documentScale: 0).write(to: folder.path)
        }
        #expect(throws: DemoError.self) {
            _ = try DemoGenerator(scale: .province, seed: 1, asOf: Self.asOf, documentScale: 1e12).write(to: folder.path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "a refused run wrote files")
        let file = folder.path + "/not-a-folder"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        #expect(throws: DemoError.self) {
            _ = try DemoGenerator(scale: .department, seed: 1, asOf: Self.asOf).write(to: file)
        }
    }

    @Test func anEarlyAsOfStillGivesDataInTheYear() throws {
        let folder = try TempFolder()
        let early = Day(year: 2027, month: 1, day: 9)!
        let summary = try DemoGenerator(scale: .department, seed: 6, asOf: early, documentScale: 0.05).write(to: folder.path)
        let data = try DemoData(folder.path, summary)
        try data.checkContract(asOf: early)
        #expect(try data.documents().allSatisfy { $0.date.year == 2027 && $0.date <= early })
        #expect(try data.measurements().allSatisfy { $0.period.year == 2027 })
    }
}

// MARK: - A small, independent reader of the demo files

/// A folder that disappears after the test.
private final class TempFolder {
    let path: String
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("isodash-demo-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

private struct TestFailure: Error, CustomStringConvertible {
    let description: String
}

/// The rows of every demo file, by kind, with header names mapped to the English
/// contract names and values trimmed and in NFC, as sync reads them.
private struct DemoData {
    struct Row {
        let file: String
        let cells: [String: String]
        subscript(_ column: String) -> String { cells[column] ?? "" }
    }
    struct Unit {
        let id: String
        let parent: String?
    }

    private(set) var rows: [RecordKind: [Row]] = [:]

    /// Vietnamese header names of the columns the demo writes.
    static let aliases: [String: String] = [
        "ma don vi": "unit_id", "ten don vi": "name", "don vi cha": "parent_id", "loai": "kind",
        "tieu chuan": "standard", "ngay cong bo": "announced_on", "bat buoc": "mandatory",
        "ma muc tieu": "id", "muc tieu": "title", "nam": "year", "chi so": "indicator", "chi tieu": "target",
        "don vi tinh": "measure", "chieu": "direction", "nguong canh bao": "margin", "nguoi phu trach": "owner",
        "han": "due_on", "ky": "period", "gia tri": "value", "tu so": "numerator", "mau so": "denominator",
        "ghi chu": "note", "ma hanh dong": "id", "noi dung": "title", "ma phat hien": "finding_id",
        "nguoi thuc hien": "owner", "ngay mo": "opened_on", "han hoan thanh": "due_on",
        "ngay hoan thanh": "closed_on", "trang thai": "status", "so ky hieu": "id", "ngay": "date",
        "dien tu": "electronic", "mat": "confidential", "han xu ly": "due_on", "ngay xu ly xong": "done_on",
    ]

    init(_ folder: String, _ summary: DemoSummary) throws {
        for file in summary.files {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file.name))
            if file.name.hasSuffix(".json") {
                let json = try JSONSerialization.jsonObject(with: data)
                if let array = json as? [[String: Any]], let kind = RecordKind.fromFileName(file.name) {
                    rows[kind, default: []] += array.map { Row(file: file.name, cells: DemoData.strings($0)) }
                } else if let bundle = json as? [String: [[String: Any]]] {
                    for (key, records) in bundle {
                        let kind = try #require(RecordKind.named(key), "bundle key \(key)")
                        rows[kind, default: []] += records.map { Row(file: file.name, cells: DemoData.strings($0)) }
                    }
                } else {
                    throw TestFailure(description: "\(file.name) is neither an array nor a bundle")
                }
            } else {
                let kind = try #require(RecordKind.fromFileName(file.name))
                rows[kind, default: []] += try DemoData.csv(data, file: file.name, kind: kind)
            }
        }
    }

    private static func strings(_ object: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in object { result[key] = TextMatching.nfc("\(value)") }
        return result
    }

    /// RFC 4180 with the delimiter that occurs most in the header line.
    private static func csv(_ data: Data, file: String, kind: RecordKind) throws -> [Row] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let headerEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let header = bytes[..<headerEnd]
        let delimiter = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
            .max { a, b in header.filter { $0 == a }.count < header.filter { $0 == b }.count }!
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var i = 0
        func endField() {
            record.append(TextMatching.nfc(String(decoding: field, as: UTF8.self)).trimmingCharacters(in: .whitespaces))
            field.removeAll()
        }
        while i < bytes.count {
            let b = bytes[i]
            if quoted {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(b)
                }
            } else if b == UInt8(ascii: "\"") && field.isEmpty {
                quoted = true
            } else if b == delimiter {
                endField()
            } else if b == 0x0A || b == 0x0D {
                if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                endField()
                if record != [""] { records.append(record) }
                record = []
            } else {
                field.append(b)
            }
            i += 1
        }
        if quoted { throw TestFailure(description: "\(file): a quote is left open") }
        if !field.isEmpty || !record.isEmpty { endField(); records.append(record) }
        guard let names = records.first else { return [] }
        let columns = names.map { name -> String in
            let folded = TextMatching.fold(name)
            if folded == "ma don vi" && kind != .units { return "unit_id" }
            if folded == "ma don vi" { return "id" }
            if folded == "ma muc tieu" && kind == .measurements { return "objective_id" }
            if folded == "loai" && kind == .documents { return "direction" }
            return aliases[folded] ?? folded
        }
        var result: [Row] = []
        for (n, values) in records.dropFirst().enumerated() {
            guard values.count <= columns.count else {
                throw TestFailure(description: "\(file):\(n + 2): \(values.count) fields for \(columns.count) columns")
            }
            var cells: [String: String] = [:]
            for (column, value) in zip(columns, values) { cells[column] = value }
            result.append(Row(file: file, cells: cells))
        }
        return result
    }

    func count(_ kind: RecordKind) -> Int { rows[kind]?.count ?? 0 }

    func values(_ kind: RecordKind, _ column: String) -> [String] {
        (rows[kind] ?? []).map { $0[column] }
    }

    var units: [Unit] {
        (rows[.units] ?? []).map { Unit(id: $0["id"], parent: $0["parent_id"].isEmpty ? nil : $0["parent_id"]) }
    }

    // MARK: Typed records

    static func day(_ text: String, _ row: Row, _ column: String) throws -> Day? {
        if text.isEmpty { return nil }
        guard let day = Day.parse(text) else {
            throw TestFailure(description: "\(row.file): column '\(column)': '\(text)' is not a date")
        }
        return day
    }

    static func number(_ row: Row, _ column: String) throws -> Double? {
        var text = row[column]
        if text.isEmpty { return nil }
        if row.file.hasSuffix(".csv"), !row.file.hasPrefix("measurements_") { text = text.replacingOccurrences(of: ",", with: ".") }
        guard let value = Double(text) else {
            throw TestFailure(description: "\(row.file): column '\(column)': '\(text)' is not a number")
        }
        return value
    }

    static func bool(_ text: String) -> Bool {
        ["1", "true", "yes", "x", "có", "co"].contains(text.lowercased())
    }

    func actions() throws -> [ActionRecord] {
        try (rows[.actions] ?? []).map { r in
            ActionRecord(id: r["id"], title: r["title"], unitID: r["unit_id"],
                         findingID: r["finding_id"].isEmpty ? nil : r["finding_id"], owner: r["owner"],
                         openedOn: try #require(try DemoData.day(r["opened_on"], r, "opened_on")),
                         dueOn: try #require(try DemoData.day(r["due_on"], r, "due_on")),
                         closedOn: try DemoData.day(r["closed_on"], r, "closed_on"),
                         status: try #require(ActionStatus.matching(r["status"]), "status \(r["status"])"))
        }
    }

    func objectives() throws -> [ObjectiveRecord] {
        try (rows[.objectives] ?? []).map { r in
            let measure = r["measure"].isEmpty ? "%" : r["measure"]
            var indicator: Indicator?
            if !r["indicator"].isEmpty {
                let named: Indicator = try #require(Indicator.matching(r["indicator"]), "indicator")
                indicator = named
            }
            return ObjectiveRecord(
                id: r["id"], title: r["title"], year: try #require(Int(r["year"])),
                unitID: r["unit_id"].isEmpty ? nil : r["unit_id"],
                indicator: indicator,
                target: try #require(try DemoData.number(r, "target")), measure: measure,
                direction: r["direction"].isEmpty ? .higher : try #require(Direction.matching(r["direction"])),
                margin: try DemoData.number(r, "margin"), owner: r["owner"], dueOn: try DemoData.day(r["due_on"], r, "due_on"))
        }
    }

    func measurements() throws -> [MeasurementRecord] {
        try (rows[.measurements] ?? []).map { r in
            MeasurementRecord(objectiveID: r["objective_id"],
                              period: try #require(Period.parse(r["period"]), "period \(r["period"])"),
                              value: try #require(try DemoData.number(r, "value")),
                              numerator: try DemoData.number(r, "numerator"),
                              denominator: try DemoData.number(r, "denominator"), note: r["note"])
        }
    }

    func procedures() throws -> [ProcedureRecord] {
        try (rows[.procedures] ?? []).map { r in
            ProcedureRecord(id: r["id"], title: r["title"], unitID: r["unit_id"].isEmpty ? nil : r["unit_id"],
                            version: r["version"], issuedOn: try DemoData.day(r["issued_on"], r, "issued_on"),
                            reviewedOn: try DemoData.day(r["reviewed_on"], r, "reviewed_on"),
                            status: try #require(ProcedureStatus.matching(r["status"])))
        }
    }

    func documents() throws -> [DocumentRecord] {
        try (rows[.documents] ?? []).map { r in
            DocumentRecord(id: r["id"], unitID: r["unit_id"],
                           direction: try #require(DocumentDirection.matching(r["direction"])),
                           date: try #require(try DemoData.day(r["date"], r, "date")),
                           electronic: DemoData.bool(r["electronic"]), confidential: DemoData.bool(r["confidential"]),
                           dueOn: try DemoData.day(r["due_on"], r, "due_on"), doneOn: try DemoData.day(r["done_on"], r, "done_on"))
        }
    }

    // MARK: The contract

    /// Keys unique, references resolving, dates in order, required values present,
    /// ratios agreeing with values (EXPORT-FORMAT §4 and §7).
    func checkContract(asOf: Day) throws {
        let unitIDs = Set(units.map(\.id))
        #expect(unitIDs.count == units.count, "unit ids repeat")
        for unit in units {
            if let parent = unit.parent { #expect(unitIDs.contains(parent), "unit \(unit.id): parent \(parent) unknown") }
        }
        func resolves(_ kind: RecordKind, _ column: String, in ids: Set<String>, required: Bool = false) {
            for row in rows[kind] ?? [] {
                let value = row[column]
                if value.isEmpty {
                    #expect(!required, "\(row.file): \(kind.rawValue) without \(column)")
                } else {
                    #expect(ids.contains(value), "\(row.file): \(kind.rawValue).\(column) '\(value)' does not resolve")
                }
            }
        }
        func uniqueIDs(_ kind: RecordKind) -> Set<String> {
            let ids = values(kind, "id")
            #expect(Set(ids).count == ids.count, "\(kind.rawValue) ids repeat")
            #expect(ids.allSatisfy { !$0.isEmpty && $0.count <= 64 }, "\(kind.rawValue): an id is empty or too long")
            return Set(ids)
        }
        let objectives = try objectives()
        let objectiveIDs = uniqueIDs(.objectives)
        let auditIDs = uniqueIDs(.audits)
        let findingIDs = uniqueIDs(.findings)
        _ = uniqueIDs(.actions)
        _ = uniqueIDs(.procedures)
        _ = uniqueIDs(.services)
        resolves(.objectives, "unit_id", in: unitIDs)
        resolves(.measurements, "objective_id", in: objectiveIDs, required: true)
        resolves(.audits, "unit_id", in: unitIDs)
        resolves(.findings, "audit_id", in: auditIDs, required: true)
        resolves(.findings, "unit_id", in: unitIDs)
        resolves(.actions, "unit_id", in: unitIDs, required: true)
        resolves(.actions, "finding_id", in: findingIDs)
        resolves(.procedures, "unit_id", in: unitIDs)
        resolves(.services, "unit_id", in: unitIDs)
        resolves(.documents, "unit_id", in: unitIDs, required: true)
        for kind in [RecordKind.objectives, .audits, .findings, .actions, .procedures, .services] {
            for row in rows[kind] ?? [] {
                for column in ["title", "name", "description"] where row.cells[column] != nil {
                    #expect(!row[column].isEmpty, "\(row.file): empty \(column)")
                }
            }
        }

        // Measurements only for measured objectives; ratios agree with values.
        let measured = Set(objectives.filter { $0.indicator == nil }.map(\.id))
        let percent = Set(objectives.filter(\.isPercentage).map(\.id))
        var keys = Set<String>()
        for m in try measurements() {
            #expect(measured.contains(m.objectiveID), "measurement for \(m.objectiveID), which has an indicator")
            #expect(keys.insert(m.objectiveID + "|" + m.period.description).inserted, "measurement key repeats")
            if percent.contains(m.objectiveID) { #expect(m.ratioAgreesWithValue(), "\(m.objectiveID) \(m.period)") }
        }

        // Audits: ends on or after starts; findings of audits that have begun.
        var starts: [String: Day] = [:]
        for row in rows[.audits] ?? [] {
            let start = try #require(try DemoData.day(row["starts_on"], row, "starts_on"))
            starts[row["id"]] = start
            if let end = try DemoData.day(row["ends_on"], row, "ends_on") { #expect(end >= start, "audit \(row["id"]) ends before it starts") }
            #expect(AuditKind.matching(row["kind"]) != nil && AuditStatus.matching(row["status"]) != nil)
        }
        for row in rows[.findings] ?? [] {
            #expect(FindingGrade.matching(row["grade"]) != nil)
            if let raised = try DemoData.day(row["raised_on"], row, "raised_on") {
                #expect(raised <= asOf && raised >= starts[row["audit_id"]]!, "finding \(row["id"]) raised out of its audit")
            }
        }
        for action in try actions() {
            #expect(action.dueOn >= action.openedOn, "\(action.id) due before it was opened")
            #expect(action.openedOn <= asOf, "\(action.id) opened after asOf")
            if action.status.isClosed { #expect(action.closedOn != nil, "\(action.id) is \(action.status) without closed_on") }
            if let closed = action.closedOn { #expect(closed >= action.openedOn && closed <= asOf, "\(action.id) closed_on") }
        }
        for row in rows[.services] ?? [] { #expect(ServiceLevel.matching(row["level"]) != nil) }
        let documents = try documents()
        #expect(Set(documents.map(\.id)).count == documents.count, "document ids repeat")
        for doc in documents.prefix(50_000) {
            if let due = doc.dueOn { #expect(due >= doc.date) }
            if let done = doc.doneOn { #expect(done >= doc.date && done <= asOf) }
        }
    }
}
