import Testing
@testable import TermUI

@Suite struct KeyHintsTests {
    let hints = KeyHints([.init("q", "Quit"), .init("?", "Help"), .init("/", "Filter"), .init("Tab", "Panel")])

    @Test func hintsThatFitAreShownInOrder() {
        #expect(draw(hints, width: 24, height: 1) == "q Quit  ? Help  / Filter")
        #expect(draw(hints, width: 40, height: 1) == "q Quit  ? Help  / Filter  Tab Panel")
        #expect(draw(hints, width: 5, height: 1) == "")
    }

    @Test func aHintThatDoesNotFitIsDroppedButLaterOnesMayStillFit() {
        let footer = KeyHints([.init("q", "Quit"), .init("Enter", "Open details"), .init("?", "Help")])
        #expect(draw(footer, width: 16, height: 1) == "q Quit  ? Help")
        #expect(drawStyled(footer, width: 16, height: 1)
            == "{key_hint+bold|q}{footer| Quit  }{key_hint+bold|?}{footer| Help  }")
    }

    @Test func asciiFooter() {
        let footer = KeyHints([.init("q", "Thoát"), .init("/", "Lọc"), .init("↑↓", "Chọn")])
        #expect(draw(footer, width: 30, height: 1, mode: .ascii) == "q Thoat  / Loc  ?? Chon")
    }
}
