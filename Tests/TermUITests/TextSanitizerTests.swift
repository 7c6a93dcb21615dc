import Testing
@testable import TermUI

@Suite struct TextSanitizerTests {
    let unicode = TextSanitizer(mode: .unicode)
    let ascii = TextSanitizer(mode: .ascii)

    @Test func printableTextIsUnchanged() {
        for text in ["Hello", "Sở Tư pháp — 95,2%", "日本語 😀", "Vie\u{323}\u{302}t"] {
            #expect(unicode.sanitize(text) == text)
            #expect(ascii.sanitize(text) == text)
        }
    }

    @Test func escapeBecomesAVisibleSymbol() {
        #expect(unicode.sanitize("a\u{1B}b") == "a␛b")
        #expect(ascii.sanitize("a\u{1B}b") == "a^[b")
    }

    @Test func controlSequenceCollapsesToOnePlaceholder() {
        #expect(unicode.sanitize("x\u{1B}[2Jy") == "x␛[…]y")
        #expect(ascii.sanitize("x\u{1B}[2Jy") == "x^[[...]y")
        #expect(unicode.sanitize("\u{1B}[?1049h\u{1B}[1;31mred\u{1B}[0m") == "␛[…]␛[…]red␛[…]")
    }

    @Test func titleAndClipboardSequencesAreNotPassedOn() {
        #expect(unicode.sanitize("\u{1B}]0;evil\u{07}name") == "␛]…name")
        #expect(unicode.sanitize("\u{1B}]2;evil\u{1B}\\name") == "␛]…name")
        #expect(unicode.sanitize("\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}") == "␛]…")
        #expect(ascii.sanitize("\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}") == "^[]...")
    }

    @Test func eightBitControlsAreShownByCodePoint() {
        #expect(unicode.sanitize("\u{9B}31mred") == "␛[…]red")
        #expect(unicode.sanitize("\u{9B}") == "⟨U+009B⟩")
        #expect(unicode.sanitize("a\u{85}b") == "a⟨U+0085⟩b")
        #expect(ascii.sanitize("a\u{85}b") == "a<U+0085>b")
        #expect(unicode.sanitize("\u{9D}0;t\u{9C}x") == "␛]…x")
    }

    @Test func incompleteSequencesOnlyLoseTheirIntroducer() {
        #expect(unicode.sanitize("\u{1B}[1;31") == "␛[1;31")
        #expect(unicode.sanitize("\u{1B}]0;title") == "␛]0;title")
        #expect(ascii.sanitize("\u{1B}c") == "^[c")
    }

    @Test func whitespaceControlsAndDeleteAreVisible() {
        #expect(unicode.sanitize("a\tb\nc\rd\u{7F}") == "a␉b␊c␍d␡")
        #expect(ascii.sanitize("a\tb\nc\rd\u{7F}\u{0}") == "a^Ib^Jc^Md^?^@")
    }

    @Test func bidiOverridesAndZeroWidthCharactersAreVisible() {
        #expect(unicode.sanitize("invoice\u{202E}fdp.exe") == "invoice⟨U+202E⟩fdp.exe")
        #expect(ascii.sanitize("invoice\u{202E}fdp.exe") == "invoice<U+202E>fdp.exe")
        #expect(unicode.sanitize("a\u{200B}b") == "a⟨U+200B⟩b")
        #expect(unicode.sanitize("\u{FEFF}x\u{2066}y\u{2069}") == "⟨U+FEFF⟩x⟨U+2066⟩y⟨U+2069⟩")
    }

    @Test func emojiJoinersAreDroppedSoWidthsStayPredictable() {
        #expect(unicode.sanitize("👨\u{200D}👩\u{200D}👧") == "👨👩👧")
        #expect(unicode.sanitize("a\u{200D}b") == "a⟨U+200D⟩b")
    }

    @Test func aLeadingCombiningMarkGetsABase() {
        #expect(unicode.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
    }

    @Test func hostileTextNeverReachesTheTerminal() {
        for mode in RenderMode.allCases {
            let sanitizer = TextSanitizer(mode: mode)
            for sample in hostileSamples {
                let output = sanitizer.sanitize(sample)
                #expect(forbiddenScalars(in: output).isEmpty, "\(mode): \(output.debugDescription)")
                #expect(!output.isEmpty)
                #expect(sanitizer.sanitize(output) == output, "sanitising twice changes nothing")
            }
        }
    }

    @Test func unicodePlaceholdersReadTheSameInASCII() {
        // Review mode sanitises the minutes for Unicode, then draws them on an ASCII terminal.
        for sample in hostileSamples where !sample.hasPrefix("\u{301}") {
            #expect(ascii.sanitize(unicode.sanitize(sample)) == ascii.sanitize(sample), "\(sample.debugDescription)")
        }
        #expect(ascii.sanitize("Obj1 ␛]…G ⟨U+2067⟩ ␉ ␡") == "Obj1 ^[]...G <U+2067> ^I ^?")
    }

    @Test func everyControlScalarIsNeutralised() {
        let controls = (0..<0x20).map { Unicode.Scalar($0)! } + (0x7F...0x9F).map { Unicode.Scalar($0)! }
        for mode in RenderMode.allCases {
            for scalar in controls {
                let output = TextSanitizer(mode: mode).sanitize("x\(Character(scalar))y")
                #expect(forbiddenScalars(in: output).isEmpty, "\(mode): U+\(String(scalar.value, radix: 16))")
            }
        }
    }
}
