import Testing
@testable import TermUI

@Suite struct TransliteratorTests {
    @Test func foldsAccentedLettersToTheirBase() {
        let fold = Transliterator.asciiFolding
        #expect(fold("Việt Nam") == "Viet Nam")
        #expect(fold("Vie\u{323}\u{302}t Nam") == "Viet Nam")
        #expect(fold("Ủy ban nhân dân") == "Uy ban nhan dan")
    }

    @Test func leavesWhatItCannotFoldAsAQuestionMark() {
        let fold = Transliterator.asciiFolding
        #expect(fold("Đà Nẵng") == "?a Nang")  // the domain's folder knows Đ → D
        #expect(fold("日本") == "??")
        #expect(fold("😀") == "?")
    }

    @Test func mapsTypographicPunctuation() {
        #expect(Transliterator.asciiFolding("“Hà Nội” – 5…") == "\"Ha Noi\" - 5...")
        #expect(Transliterator.asciiFolding("10.000₫") == "10.000d")
    }
}
