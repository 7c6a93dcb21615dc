import Foundation
@testable import QMSDashboard
import QMSDomain
import Testing

/// The dashboard's texts: every one in both languages.
@Suite struct DashboardCatalogueTests {
    @Test func everyPhraseHasBothLanguages() {
        let phrases = Phrase.Dashboard.allCases.map(\.phrase) + Phrase.Dashboard.samples
        #expect(phrases.count > 150)
        for phrase in phrases {
            #expect(!phrase.english.trimmingCharacters(in: .whitespaces).isEmpty, "empty English: \(phrase)")
            #expect(!phrase.vietnamese.trimmingCharacters(in: .whitespaces).isEmpty, "empty Vietnamese: \(phrase)")
            #expect(TextMatching.nfc(phrase.vietnamese) == phrase.vietnamese, "not NFC: \(phrase.vietnamese)")
        }
    }

    @Test func reviewPhrasesHaveBothLanguages() {
        let phrases = Phrase.Review.catalogue + Phrase.ReviewMode.catalogue
        for phrase in phrases {
            #expect(!phrase.english.trimmingCharacters(in: .whitespaces).isEmpty, "empty English: \(phrase)")
            #expect(!phrase.vietnamese.trimmingCharacters(in: .whitespaces).isEmpty, "empty Vietnamese: \(phrase)")
            #expect(TextMatching.nfc(phrase.vietnamese) == phrase.vietnamese, "not NFC: \(phrase.vietnamese)")
        }
    }

    @Test func screenNamesAreFoundInEitherLanguage() {
        #expect(DashboardScreen.named("objectives") == .objectives)
        #expect(DashboardScreen.named("Mục tiêu") == .objectives)
        #expect(DashboardScreen.named("dong bo") == .sync)
        #expect(DashboardScreen.named("5") == .units)
        #expect(DashboardScreen.named("nothing") == nil)
    }
}
