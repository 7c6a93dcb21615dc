import Testing
@testable import TermUI

@Suite struct KeyDecoderTests {
    /// ncurses' own numbers, as the backend fills them in.
    private let decoder = KeyDecoder(keyCodes: [0o403: .up, 0o402: .down, 0o522: .pageDown, 0o632: .resize, 0o411: .function(1)])

    @Test func controlCharactersAreKeys() {
        #expect(KeyDecoder.character(10) == .enter)
        #expect(KeyDecoder.character(13) == .enter)
        #expect(KeyDecoder.character(127) == .backspace)
        #expect(KeyDecoder.character(8) == .backspace)
        #expect(KeyDecoder.character(9) == .tab)
        #expect(KeyDecoder.character(27) == .escape)
        #expect(KeyDecoder.character(3) == .ctrl("c"))
        #expect(KeyDecoder.character(12) == .ctrl("l"))
        #expect(KeyDecoder.character(0) == nil)
        #expect(KeyDecoder.character(0x1C) == nil)
        #expect(KeyDecoder.character(0x9B) == nil)
    }

    @Test func printableCharactersIncludingVietnamese() {
        #expect(KeyDecoder.character(0x71) == .char("q"))
        #expect(KeyDecoder.character(0x20) == .char(" "))
        #expect(KeyDecoder.character(0x1EBF) == .char("ế"))
        #expect(KeyDecoder.character(0x0110) == .char("Đ"))
        #expect(KeyDecoder.character(0x4E2D) == .char("中"))
        // Surrogate halves are not characters.
        #expect(KeyDecoder.character(0xD800) == nil)
    }

    @Test func asciiSessionsDropUndecodableBytes() {
        #expect(KeyDecoder.character(0xE9, asciiOnly: true) == nil)
        #expect(KeyDecoder.character(0x61, asciiOnly: true) == .char("a"))
    }

    @Test func keyCodesGoThroughTheTable() {
        #expect(decoder.decode(0o403, isKeyCode: true) == .up)
        #expect(decoder.decode(0o632, isKeyCode: true) == .resize)
        #expect(decoder.decode(0o411, isKeyCode: true) == .function(1))
        // Unknown key codes (mouse, keys the dashboard does not use) are ignored...
        #expect(decoder.decode(0o631, isKeyCode: true) == nil)
        // ...and the same number as a character is that character.
        #expect(decoder.decode(0o403, isKeyCode: false) == .char("ă"))
    }

    @Test func combiningMarksJoinTheCharacterBefore() {
        // An input method sending decomposed Vietnamese: e, circumflex, acute.
        let circumflex = KeyDecoder.appending(mark: 0x0302, to: .char("e"))
        #expect(circumflex == .char("ê"))
        #expect(KeyDecoder.appending(mark: 0x0301, to: circumflex!) == .char("ế"))
        #expect(KeyDecoder.isCombiningMark(0x0323))
        #expect(!KeyDecoder.isCombiningMark(0x0061))
        #expect(KeyDecoder.appending(mark: 0x0061, to: .char("e")) == nil)
        #expect(KeyDecoder.appending(mark: 0x0301, to: .enter) == nil)
    }
}
