import Testing
@testable import TermUI

@Suite struct TextFitTests {
    @Test func textThatFitsIsUnchanged() {
        #expect(TextFit.truncate("Sở Y tế", toWidth: 7) == "Sở Y tế")
        #expect(TextFit.truncate("Sở Y tế", toWidth: 20) == "Sở Y tế")
    }

    @Test func longTextEndsInAnEllipsis() {
        #expect(TextFit.truncate("Hello, world", toWidth: 8) == "Hello,…")
        #expect(TextFit.truncate("Hello, world", toWidth: 8, ellipsis: "...") == "Hello...")
        #expect(TextFit.truncate("Văn phòng UBND tỉnh", toWidth: 10) == "Văn phòng…")
    }

    @Test func tooNarrowForAnEllipsisCutsPlainly() {
        #expect(TextFit.truncate("Hello", toWidth: 1) == "H")
        #expect(TextFit.truncate("Hello", toWidth: 3, ellipsis: "...") == "Hel")
        #expect(TextFit.truncate("Hello", toWidth: 0) == "")
    }

    @Test func aWideCharacterThatWouldStraddleIsDropped() {
        #expect(TextFit.truncate("日本語テキスト", toWidth: 5) == "日本…")
        #expect(TextFit.truncate("日本語テキスト", toWidth: 4) == "日…")
        #expect(TextFit.fit("日本語テキスト", toWidth: 4) == "日… ")
        #expect(TextFit.truncate("日本語", toWidth: 1) == "")
        #expect(TextFit.truncate("日本語", toWidth: 2) == "日")
        #expect(TextFit.truncate("日本語", toWidth: 3) == "日…")
    }

    @Test func truncationNeverExceedsTheWidth() {
        let samples = ["Hello, world", "日本語テキスト", "a日b本c語", "Vie\u{323}\u{302}t Nam", "😀x😀y😀", "", "ab"]
        for sample in samples {
            for width in 0...16 {
                for ellipsis in ["…", "..."] {
                    let truncated = TextFit.truncate(sample, toWidth: width, ellipsis: ellipsis)
                    #expect(DisplayWidth.of(truncated) <= width, "\(sample) @\(width): \(truncated)")
                    let fitted = TextFit.fit(sample, toWidth: width, alignment: .right, ellipsis: ellipsis)
                    #expect(DisplayWidth.of(fitted) == width, "\(sample) @\(width): \(fitted)")
                }
            }
        }
    }

    @Test func truncationKeepsDecomposedLettersWhole() {
        let truncated = TextFit.truncate("Vie\u{323}\u{302}t Nam", toWidth: 4)
        #expect(truncated == "Vie\u{323}\u{302}…")
        #expect(truncated.unicodeScalars.contains("\u{302}"))
    }

    @Test func paddingAlignsByDisplayWidth() {
        #expect(TextFit.pad("ab", toWidth: 5) == "ab   ")
        #expect(TextFit.pad("ab", toWidth: 5, alignment: .right) == "   ab")
        #expect(TextFit.pad("ab", toWidth: 5, alignment: .center) == " ab  ")
        #expect(TextFit.pad("日本", toWidth: 6, alignment: .center) == " 日本 ")
        #expect(TextFit.pad("toolong", toWidth: 3) == "toolong")
    }

    @Test func wrappingBreaksAtSpacesByDisplayWidth() {
        #expect(TextFit.wrap("quản lý chất lượng theo TCVN", toWidth: 12) == ["quản lý chất", "lượng theo", "TCVN"])
        #expect(TextFit.wrap("abcdefghij", toWidth: 4) == ["abcd", "efgh", "ij"])
        #expect(TextFit.wrap("日本語テキスト", toWidth: 5) == ["日本", "語テ", "キス", "ト"])
        #expect(TextFit.wrap("one\ntwo  three", toWidth: 5) == ["one", "two", "three"])
        #expect(TextFit.wrap("", toWidth: 5) == [""])
    }

    @Test func wrappedLinesNeverExceedTheWidth() {
        let text = "Ban Chỉ đạo ISO họp hằng quý để xem xét mục tiêu chất lượng 日本語 😀😀😀 supercalifragilistic"
        for width in 1...30 {
            for line in TextFit.wrap(text, toWidth: width) {
                #expect(DisplayWidth.of(line) <= width, "@\(width): \(line)")
            }
        }
    }
}
