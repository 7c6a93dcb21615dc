import QMSDomain

/// One piece of interface text in both languages.
///
/// Every label, hint and message the dashboard and `status` show is a `Phrase`,
/// kept in the catalogue files beside this one (`Phrase+Status.swift`,
/// `Phrase+Screens.swift`, …) rather than scattered through the code. Because the
/// initialiser takes both languages, a phrase missing a translation does not compile;
/// `Phrase.catalogue` lists them all so a test can check none is empty.
///
/// Phrases with values use `%@`-free Swift functions instead of format strings, e.g.
/// `static func daysOverdue(_ n: Int) -> Phrase`, so arguments are type-checked.
public struct Phrase: Hashable, Sendable {
    public let english: String
    public let vietnamese: String

    public init(en english: String, vi vietnamese: String) {
        self.english = english
        self.vietnamese = vietnamese
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .vi: return vietnamese
        }
    }
}
