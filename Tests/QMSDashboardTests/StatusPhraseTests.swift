import Foundation
import Testing
import QMSDomain
@testable import QMSDashboard

/// Every word `isodash status` prints exists in both languages.
struct StatusPhraseTests {
    @Test func noStatusPhraseIsEmptyInEitherLanguage() {
        #expect(Phrase.statusCatalogue.count >= 20)
        for phrase in Phrase.statusCatalogue {
            for language in Language.allCases {
                let text = phrase.text(language)
                #expect(!text.isEmpty, "empty \(language) text in \(phrase)")
                #expect(text == text.trimmingCharacters(in: .whitespaces), "stray spaces in '\(text)'")
            }
        }
    }

    @Test func pluralsReadRightInEnglish() {
        #expect(Phrase.Status.days(1).english == "1 day")
        #expect(Phrase.Status.days(2).english == "2 days")
        #expect(Phrase.Status.rejectedFiles(1, names: "a.csv").english.hasPrefix("1 file rejected"))
        #expect(Phrase.Status.needsAttention(offTrack: 1, overdue: 2).english == "Needs attention: 1 objective off track, 2 actions overdue")
        #expect(Phrase.Status.needsAttention(offTrack: 0, overdue: 1).vietnamese == "Cần chú ý: 1 hành động quá hạn")
    }
}
