import Foundation
import Testing
@testable import TermUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("Hello, world") == 12)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func controlsHaveNoWidthOfTheirOwn() {
        #expect(DisplayWidth.of("a\u{1B}b\u{7F}\u{9B}") == 2)
    }

    @Test func vietnameseMeasuresTheSameComposedAndDecomposed() {
        let composed = "Việt Nam"
        let decomposed = "Vie\u{323}\u{302}t Nam"
        #expect(composed.unicodeScalars.count != decomposed.unicodeScalars.count)
        #expect(DisplayWidth.of(composed) == 8)
        #expect(DisplayWidth.of(decomposed) == 8)
        let sentence = "Ban Chỉ đạo ISO: quản lý chất lượng, Sở Tư pháp, Ủy ban nhân dân"
        #expect(DisplayWidth.of(sentence.decomposedStringWithCanonicalMapping) == DisplayWidth.of(sentence))
        #expect(DisplayWidth.of(sentence) == sentence.count)
    }

    @Test func cjkAndHangulAreTwoColumnsEach() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("中文") == 4)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth forms
        #expect(DisplayWidth.of("カタカナ") == 8)
        // A Hangul syllable decomposed into conjoining jamo is still one wide character.
        #expect(DisplayWidth.of("한".decomposedStringWithCanonicalMapping) == 2)
    }

    @Test func emojiArePresentedWide() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("🇻🇳") == 2)
        #expect(DisplayWidth.of("❤") == 1)  // text presentation by default…
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)  // …emoji presentation when asked
        #expect(DisplayWidth.of("👨\u{200D}👩\u{200D}👧") == 2)
    }

    @Test func combiningMarksAndZeroWidthCharactersTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("a\u{20DD}") == 1)  // enclosing circle
    }

    @Test func boxDrawingAndSymbolsUsedByWidgetsAreOneColumn() {
        for symbols in [Symbols.unicode, Symbols.ascii] {
            let all = [symbols.border.topLeft, symbols.border.horizontal, symbols.border.vertical, symbols.ellipsis,
                       symbols.barTrack, symbols.noData, symbols.pointer] + symbols.barLevels.dropFirst() + symbols.sparkLevels
            for symbol in all {
                #expect(DisplayWidth.of(symbol) == symbol.count, "\(symbol)")
            }
        }
        #expect(DisplayWidth.of("␛[…]⟨U+202E⟩◌") == 13)
    }
}
