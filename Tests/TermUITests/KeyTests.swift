import Testing
@testable import TermUI

@Suite struct KeyTests {
    @Test func keysAreNamedForHelpScreens() {
        #expect(Key.char("q").description == "q")
        #expect(Key.char(" ").description == "Space")
        #expect(Key.control("C").description == "Ctrl-C")
        #expect(Key.function(5).description == "F5")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.pageDown.description == "PgDn")
    }

    @Test func controlKeysCompareRegardlessOfCase() {
        #expect(Key.control("C") == .ctrl("c"))
        #expect(Key.char("j") != .down)
    }
}
