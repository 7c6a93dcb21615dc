/// An enumerated column of the export contract (§4): a fixed English word per case,
/// plus Vietnamese aliases, accepted ignoring case and diacritics.
///
/// Conformers list their aliases and labels; matching, the folded lookup table and
/// the word list for error messages come from the extension. Each conformer keeps
/// its table in a `static let matchTable = ContractEnumTable<Self>()` so it is built
/// once, lazily and thread-safely, and a lookup per row is one fold and one hash.
public protocol ContractEnum: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {
    /// Words accepted for this case besides its raw value: the Vietnamese aliases of
    /// EXPORT-FORMAT.md §4 and common spelling variants. Written as users write them.
    var aliases: [String] { get }

    /// How the case is named on screen.
    func label(_ language: Language) -> String

    /// The folded lookup table; conformers store it in a `static let`.
    static var matchTable: ContractEnumTable<Self> { get }
}

extension ContractEnum {
    /// The case `text` names (its English word or an alias), ignoring case, diacritics
    /// and surrounding space; `in progress` and `in-progress` also match `in_progress`.
    /// nil for empty or unknown text.
    public static func matching(_ text: String) -> Self? {
        matchTable.lookup(text)
    }

    /// Every word accepted, English first then the aliases, for an error message
    /// that tells the user what would have been accepted.
    public static var acceptedWords: [String] {
        allCases.map(\.rawValue) + allCases.flatMap(\.aliases)
    }

    /// The English contract words only, e.g. `planned, in_progress, closed`.
    public static var contractWords: [String] {
        allCases.map(\.rawValue)
    }
}

/// The folded words of a `ContractEnum`, built once per type.
public struct ContractEnumTable<E: ContractEnum>: Sendable {
    private let byWord: [String: E]

    /// Folds every word of every case; traps if one word names two cases, a
    /// programming error that the tests catch.
    public init() {
        var table: [String: E] = [:]
        for value in E.allCases {
            for word in [value.rawValue] + value.aliases {
                let key = TextMatching.fold(word)
                precondition(table[key] == nil || table[key] == value,
                             "\(E.self): '\(word)' names two cases")
                table[key] = value
                let spaced = ContractEnumTable.separatorsAsSpaces(key)
                if spaced != key, table[spaced] == nil { table[spaced] = value }
            }
        }
        byWord = table
    }

    func lookup(_ text: String) -> E? {
        if let exact = byWord[text] { return exact }  // already folded: the common case
        let key = TextMatching.fold(text)
        if let value = byWord[key] { return value }
        let spaced = ContractEnumTable.separatorsAsSpaces(key)
        return spaced == key ? nil : byWord[spaced]
    }

    private static func separatorsAsSpaces(_ folded: String) -> String {
        guard folded.utf8.contains(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }) else {
            return folded
        }
        return TextMatching.fold(String(folded.map { $0 == "_" || $0 == "-" ? " " : $0 }))
    }
}
