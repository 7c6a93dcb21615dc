import Foundation
import QMSDomain
import Testing
@testable import QMSSync

/// A property: the same records written in any dialect the contract allows — any
/// delimiter, quoting, line ends, header names in English or Vietnamese in any case,
/// any date style, Vietnamese words, CSV or JSON — sync to the same store content.
struct DialectRoundTripTests {
    /// SplitMix64: a small seeded generator, so every failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The base fixtures as rows of canonical values by English column name.
    static func canonicalRows(_ kind: RecordKind) throws -> [[String: String]] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("base/\(kind.rawValue).csv")
        let reader = try CSVReader(path: url.path)
        var rows: [[String: String]] = []
        while let row = try reader.nextRow() {
            var values: [String: String] = [:]
            for (index, name) in reader.header.enumerated() { values[name] = row.string(index) }
            rows.append(values)
        }
        return rows
    }

    struct Dialect {
        var json: Bool
        var delimiter: Character
        var lineEnd: String
        var quoteAll: Bool
        var bom: Bool
    }

    static func render(_ value: String, _ type: ValueType, dialect: Dialect, random: inout SeededGenerator) -> String {
        guard !value.isEmpty else { return value }
        switch type {
        case .date:
            let day = Day.parse(value)!
            switch Int.random(in: 0..<3, using: &random) {
            case 0: return day.description
            case 1: return "\(day.day)/\(day.month)/\(day.year)"
            default: return String(format: "%02d/%02d/%04d", day.day, day.month, day.year)
            }
        case .period, .monthPeriod:
            let period = Period.parse(value)!
            guard Bool.random(using: &random) else { return period.description }
            switch period.granularity {
            case .month: return String(format: "%02d/%04d", period.index, period.year)
            case .quarter: return "Q\(period.index)/\(period.year)"
            default: return period.description
            }
        case .number:
            let decimalComma = !dialect.json && dialect.delimiter != "," && Bool.random(using: &random)
            var text = decimalComma ? value.replacingOccurrences(of: ".", with: ",") : value
            if !dialect.json && Int.random(in: 0..<4, using: &random) == 0 { text += "%" }
            return text
        case .bool(let defaultValue):
            let yes = ContractBool.parse(value)!
            let words = yes ? ["1", "true", "Yes", "x", "có", "CO"] : ["0", "false", "no", "không", "khong"]
                + (defaultValue ? [] : [""])
            return words.randomElement(using: &random)!
        case .choice(let choice):
            return alias(of: value, choice, random: &random)
        case .id, .text, .count, .year:
            return value
        }
    }

    static func alias(of word: String, _ choice: ChoiceType, random: inout SeededGenerator) -> String {
        func pick<E: ContractEnum>(_ type: E.Type) -> String {
            let value = E(rawValue: word)!
            return ([value.rawValue.uppercased()] + value.aliases).randomElement(using: &random)!
        }
        switch choice {
        case .direction: return pick(Direction.self)
        case .auditKind: return pick(AuditKind.self)
        case .auditStatus: return pick(AuditStatus.self)
        case .findingGrade: return pick(FindingGrade.self)
        case .actionStatus: return pick(ActionStatus.self)
        case .procedureStatus: return pick(ProcedureStatus.self)
        case .serviceLevel: return pick(ServiceLevel.self)
        case .documentDirection: return pick(DocumentDirection.self)
        case .indicator: return pick(Indicator.self)
        }
    }

    static func header(_ column: ColumnSpec, random: inout SeededGenerator) -> String {
        let name = column.acceptedNames.randomElement(using: &random)!
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return name.uppercased()
        case 1: return " " + name.capitalized + " "
        case 2: return name.decomposedStringWithCanonicalMapping
        default: return name
        }
    }

    /// One kind's rows as a file in a random dialect.
    static func file(_ kind: RecordKind, rows: [[String: String]], random: inout SeededGenerator) -> (name: String, bytes: [UInt8]) {
        let dialect = Dialect(json: Int.random(in: 0..<5, using: &random) == 0,
                              delimiter: [",", ";", "\t"].randomElement(using: &random)!,
                              lineEnd: Bool.random(using: &random) ? "\r\n" : "\n",
                              quoteAll: Bool.random(using: &random), bom: Bool.random(using: &random))
        let schema = ContractSchema.schema(for: kind)
        let present = Set(rows.flatMap(\.keys))
        let columns = schema.columns.filter { present.contains($0.name) }.shuffled(using: &random)
        let headers = columns.map { header($0, random: &random) }
        let stem = [kind.rawValue, kind.singular, kind.rawValue.uppercased()].randomElement(using: &random)!
        if dialect.json {
            var records: [String] = []
            for row in rows {
                var members: [String] = []
                for (column, name) in zip(columns, headers) {
                    let value = render(row[column.name] ?? "", column.type, dialect: dialect, random: &random)
                    if value.isEmpty, Bool.random(using: &random) { continue }
                    let isNumber = (column.type == .number || column.type == .count || column.type == .year)
                        && Double(value) != nil && Bool.random(using: &random)
                    members.append(jsonString(name) + ": " + (isNumber ? value : jsonString(value)))
                }
                records.append("{" + members.joined(separator: ", ") + "}")
            }
            return ("\(stem)-\(UInt8.random(in: 0...99, using: &random)).json",
                    Array(("[\n" + records.joined(separator: ",\n") + "\n]\n").utf8))
        }
        func field(_ text: String) -> String {
            let needsQuotes = text.contains(dialect.delimiter) || text.contains("\"") || text.contains("\n")
                || text.hasPrefix(" ") || text.hasSuffix(" ")
            guard dialect.quoteAll || needsQuotes else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        let separator = String(dialect.delimiter)
        var lines = [headers.map(field).joined(separator: separator)]
        for row in rows {
            lines.append(columns.map { field(render(row[$0.name] ?? "", $0.type, dialect: dialect, random: &random)) }
                .joined(separator: separator))
            if Int.random(in: 0..<6, using: &random) == 0 { lines.append("") }
        }
        let text = lines.joined(separator: dialect.lineEnd) + dialect.lineEnd
        return ("\(stem)_\(UInt8.random(in: 0...99, using: &random)).csv", (dialect.bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04X", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    @Test func anyDialectSyncsToTheSameContent() throws {
        let reference = try SyncSandbox()
        var paths: [String] = []
        for kind in RecordKind.allCases {
            paths.append(try reference.copyFixture("base/\(kind.rawValue).csv", as: "\(kind.rawValue).csv"))
        }
        let referenceReport = try reference.sync(paths)
        #expect(referenceReport.exitStatus == 0, "\(SyncReportFormatter.format(referenceReport))")
        let expected = try reference.snapshot()
        let rows = try Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0, try Self.canonicalRows($0)) })

        for seed in UInt64(1)...30 {
            var random = SeededGenerator(state: seed)
            let box = try SyncSandbox()
            var written: [String] = []
            for kind in RecordKind.allCases.shuffled(using: &random) {
                let file = Self.file(kind, rows: rows[kind]!, random: &random)
                written.append(try box.writeBytes("seed-\(seed)/" + file.name, file.bytes))
            }
            let report = try box.sync([box.path("seed-\(seed)")])
            #expect(report.exitStatus == 0, "seed \(seed):\n\(SyncReportFormatter.format(report))")
            #expect(try box.snapshot() == expected, "seed \(seed)")
        }
    }
}
