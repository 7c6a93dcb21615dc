/// The kinds of record an export file can hold, in the order of EXPORT-FORMAT.md §4,
/// which is also the order a sync applies them in (units before what refers to them).
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    case units, objectives, measurements, audits, findings, actions, procedures, services, documents, tallies

    /// The singular name, which a file may also start with (`unit.csv`).
    public var singular: String {
        switch self {
        case .units: return "unit"
        case .objectives: return "objective"
        case .measurements: return "measurement"
        case .audits: return "audit"
        case .findings: return "finding"
        case .actions: return "action"
        case .procedures: return "procedure"
        case .services: return "service"
        case .documents: return "document"
        case .tallies: return "tally"
        }
    }

    /// Position in the contract order; sync applies kinds by it.
    public var order: Int {
        RecordKind.allCases.firstIndex(of: self)!
    }

    /// The kind a file name names (§1): the start of the name, before the first `.`,
    /// `-`, `_` or digit, compared ignoring case, plural or singular. Any folder part
    /// is ignored, and so is white space before the separator (`Units 2026.csv`).
    /// nil when the start names no kind: such a `.json` file is a bundle.
    ///
    ///     fromFileName("Documents_2026Q3.CSV")  // .documents
    ///     fromFileName("actions-2026-11.csv")   // .actions
    ///     fromFileName("tally.csv")             // .tallies
    ///     fromFileName("bundle.json")           // nil
    public static func fromFileName(_ name: String) -> RecordKind? {
        var base = Substring(name)
        if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
        var word = ""
        for ch in base.unicodeScalars {
            if ch == "." || ch == "-" || ch == "_" || ("0"..."9").contains(ch) { break }
            word.unicodeScalars.append(ch)
        }
        let key = word.trimmingWhitespace().lowercasedASCII()
        guard !key.isEmpty else { return nil }
        return byName[key]
    }

    /// The kind a bundle key or a `--kind` value names: the plural or the singular,
    /// ignoring case.
    public static func named(_ name: String) -> RecordKind? {
        byName[name.trimmingWhitespace().lowercasedASCII()]
    }

    private static let byName: [String: RecordKind] = {
        var table: [String: RecordKind] = [:]
        for kind in allCases {
            table[kind.rawValue] = kind
            table[kind.singular] = kind
        }
        return table
    }()

    /// How the kind is named on screen.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.units, .en): return "units"
        case (.units, .vi): return "đơn vị"
        case (.objectives, .en): return "objectives"
        case (.objectives, .vi): return "mục tiêu chất lượng"
        case (.measurements, .en): return "measurements"
        case (.measurements, .vi): return "kết quả đo"
        case (.audits, .en): return "audits"
        case (.audits, .vi): return "đánh giá"
        case (.findings, .en): return "findings"
        case (.findings, .vi): return "phát hiện"
        case (.actions, .en): return "actions"
        case (.actions, .vi): return "hành động khắc phục"
        case (.procedures, .en): return "procedures"
        case (.procedures, .vi): return "quy trình"
        case (.services, .en): return "services"
        case (.services, .vi): return "thủ tục hành chính"
        case (.documents, .en): return "documents"
        case (.documents, .vi): return "văn bản"
        case (.tallies, .en): return "tallies"
        case (.tallies, .vi): return "số liệu tổng hợp"
        }
    }
}
