import Testing
@testable import TermUI

@Suite struct TextBackendTests {
    @Test func oneLinePerRowWithTrailingSpacesTrimmed() {
        var buffer = Buffer(width: 6, height: 3)
        buffer.set("ab", at: Position(x: 1, y: 0))
        buffer.set("c", at: Position(x: 5, y: 2))
        #expect(TextBackend.render(buffer) == " ab\n\n     c")
    }

    @Test func wideCharactersArePrintedOnce() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.set("日本x", at: Position(x: 0, y: 0))
        #expect(TextBackend.render(buffer) == "日本x")
    }

    @Test func styledDumpMarksRoles() {
        var buffer = Buffer(width: 12, height: 2)
        buffer.set("Title", at: Position(x: 0, y: 0), style: Style(.title, .bold))
        buffer.set("plain", at: Position(x: 6, y: 0))
        buffer.fill(Rect(x: 0, y: 1, width: 12, height: 1), style: Style(.selection, .reverse))
        buffer.set("row", at: Position(x: 0, y: 1), style: Style(.selection, .reverse))
        #expect(TextBackend.renderStyled(buffer) == """
            {title+bold|Title} plain
            {selection+reverse|row         }
            """)
    }
}
