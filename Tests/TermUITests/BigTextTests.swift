import Testing
@testable import TermUI

@Suite struct BigTextTests {
    @Test func largeUnicode() {
        #expect(draw(BigText("62.5%"), width: 24, height: 5) == """
               ███ ███   ███ █ █
               █     █   █     █
               ███ ███   ███  █
               █ █ █       █ █
               ███ ███ █ ███ █ █
            """)
    }

    @Test func largeASCII() {
        #expect(draw(BigText("62.5%"), width: 24, height: 5, mode: .ascii) == """
               ### ###   ### # #
               #     #   #     #
               ### ###   ###  #
               # # #       # #
               ### ### # ### # #
            """)
    }

    @Test func smallUnicodeUsesHalfBlocks() {
        #expect(draw(BigText("62.5%", size: .small), width: 24, height: 3) == """
               █▀▀ ▀▀█   █▀▀ ▀ █
               █▀█ █▀▀   ▀▀█ ▄▀
               ▀▀▀ ▀▀▀ ▀ ▀▀▀ ▀ ▀
            """)
    }

    @Test func smallASCIIUsesSevenSegments() {
        #expect(draw(BigText("12/30", size: .small, alignment: .left), width: 24, height: 3, mode: .ascii) == """
                 _    /  _   _
              |  _|  /   _| | |
              | |_  /    _| |_|
            """)
    }

    @Test func allDigitsAreDistinct() {
        for size in BigText.Size.allCases {
            for mode in RenderMode.allCases {
                let glyphs = (0...9).map { draw(BigText(String($0), size: size), width: 3, height: size.height, mode: mode) }
                #expect(Set(glyphs).count == 10, "\(size) \(mode)")
            }
        }
    }

    @Test func textThatDoesNotFitFallsBackToPlainText() {
        #expect(draw(BigText("62.5%"), width: 10, height: 5) == "\n\n  62.5%\n\n")
        #expect(draw(BigText("62.5%"), width: 30, height: 4) == "\n            62.5%\n\n")
        #expect(draw(BigText("n/a"), width: 9, height: 3) == "\n   n/a\n")
    }

    @Test func widthIsKnownBeforeDrawing() {
        #expect(BigText.width(of: "62.5%") == 17)
        #expect(BigText.width(of: "100%") == 15)
        #expect(BigText.width(of: "abc") == nil)
    }
}
