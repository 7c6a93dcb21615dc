import QMSDomain

/// What a JSON export holds, found by reading it once in full before anything is
/// written: an array of records of the kind its name names, or a bundle whose keys
/// name kinds. Syntax errors and unknown bundle keys reject the file here.
struct JSONLayout: Sendable {
    /// Whether the file is a bundle object (rather than an array of one kind).
    let isBundle: Bool
    /// The kinds the file holds, in contract order (§4), each once.
    let kinds: [RecordKind]

    /// A problem that rejects the file, with the line when there is one.
    struct Problem: Sendable {
        let line: Int?
        let message: String
    }

    /// The layout, or the problems that reject the file.
    enum Scan: Sendable {
        case success(JSONLayout)
        case failure([Problem])
    }

    static func scan(path: String, namedKind: RecordKind?) -> Scan {
        do {
            let reader = try JSONReader(path: path)
            switch try reader.beginTop() {
            case .array:
                guard let namedKind else {
                    return .failure([Problem(line: 1, message: "the file holds an array of records but its name "
                        + "names no kind, expected a bundle object of kind → records, or a file named after its kind "
                        + "(such as units.json)")])
                }
                var first = true
                while try reader.nextElement(first: &first) { try reader.skipValue() }
                try reader.finish()
                return .success(JSONLayout(isBundle: false, kinds: [namedKind]))
            case .object:
                var problems: [Problem] = []
                var kinds: Set<RecordKind> = []
                var first = true
                while let key = try reader.nextMember(first: &first) {
                    let line = reader.line
                    guard let kind = RecordKind.named(key) else {
                        problems.append(Problem(line: line, message: "\(QuotedValue.show(key)) is not a kind, expected "
                            + "bundle keys among " + RecordKind.allCases.map(\.rawValue).joined(separator: ", ")))
                        try reader.skipValue()
                        continue
                    }
                    guard try reader.open("[") else {
                        problems.append(Problem(line: line, message: "the value of \(QuotedValue.show(key)) is not "
                            + "an array, expected an array of \(kind.rawValue) records"))
                        try reader.skipValue()
                        continue
                    }
                    kinds.insert(kind)
                    var firstRecord = true
                    while try reader.nextElement(first: &firstRecord) { try reader.skipValue() }
                }
                try reader.finish()
                if !problems.isEmpty { return .failure(problems) }
                return .success(JSONLayout(isBundle: true, kinds: RecordKind.allCases.filter(kinds.contains)))
            }
        } catch {
            return .failure([Problem(line: error.line, message: error.message)])
        }
    }
}
