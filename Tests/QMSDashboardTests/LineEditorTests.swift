import QMSDashboard
import TermUI
import Testing

/// The one-line field of review mode: Vietnamese typed precomposed or decomposed, wide
/// characters, cursor keys, Enter and Esc.
@Suite struct LineEditorTests {
    private func typed(_ text: String) -> LineEditor {
        var editor = LineEditor()
        for character in text { _ = editor.handle(.char(character)) }
        return editor
    }

    @Test func backspaceRemovesAWholePrecomposedLetter() {
        var editor = typed("Bổ sung kinh phí")
        #expect(editor.text == "Bổ sung kinh phí")
        _ = editor.handle(.backspace)
        #expect(editor.text == "Bổ sung kinh ph")
        #expect(editor.cursor == 15)
    }

    @Test func backspaceRemovesALetterWithTwoCombiningMarks() {
        // "ệ" decomposed: e, dot below, circumflex; an input method may send them one by one.
        var editor = LineEditor()
        for scalar in ["h", "e", "\u{323}", "\u{302}"] { _ = editor.handle(.char(Character(scalar))) }
        #expect(editor.text.unicodeScalars.count == 4)
        #expect(editor.text.count == 2, "the marks join the e: two letters")
        #expect(editor.cursor == 2)
        _ = editor.handle(.backspace)
        #expect(editor.text == "h", "the e goes with both its marks")
    }

    @Test func backspaceOnADecomposedPasteKeepsTheRestWhole() {
        var editor = LineEditor()
        editor.insert("Rà soát quy trình".decomposedStringWithCanonicalMapping)
        _ = editor.handle(.backspace)
        _ = editor.handle(.backspace)
        #expect(editor.text == "Rà soát quy trì".decomposedStringWithCanonicalMapping)
        _ = editor.handle(.backspace)
        #expect(editor.text == "Rà soát quy tr".decomposedStringWithCanonicalMapping,
                "the decomposed ì goes as one character, leaving no stray accent")
    }

    @Test func cursorMovesByWholeCharactersAndEditsInTheMiddle() {
        var editor = typed("phí")
        _ = editor.handle(.home)
        #expect(editor.cursor == 0)
        _ = editor.handle(.char("K"))
        #expect(editor.text == "Kphí")
        _ = editor.handle(.right)
        _ = editor.handle(.right)
        _ = editor.handle(.delete)
        #expect(editor.text == "Kph", "Delete removes the í after the cursor")
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        #expect(editor.cursor == 0, "Left stops at the start")
        _ = editor.handle(.end)
        _ = editor.handle(.right)
        #expect(editor.cursor == 3, "Right stops at the end")
    }

    @Test func enterSubmitsAndEscapeCancels() {
        var editor = typed("Kết luận")
        #expect(editor.handle(.enter) == .submitted("Kết luận"))
        #expect(editor.handle(.escape) == .cancelled)
        #expect(editor.handle(.char("x")) == .editing)
    }

    @Test func controlCharactersOfAPasteAreDropped() {
        var editor = LineEditor()
        editor.insert("một\ncửa\t\u{1B}[31m")
        #expect(editor.text == "mộtcửa[31m")
    }

    @Test func wideCharactersAreMeasuredByDisplayWidth() {
        let editor = typed("日本語")
        let whole = editor.window(width: 20)
        #expect(whole.before == "日本語")
        #expect(whole.cursorColumn == 6, "three wide characters take six columns")
        // Five columns: the cursor cell needs one, so only two wide characters fit before it.
        let narrow = editor.window(width: 5)
        #expect(narrow.before == "本語")
        #expect(narrow.cursorColumn == 4)
    }

    @Test func theWindowFollowsTheCursorBackToTheStart() {
        var editor = typed("Nguyễn Văn An (Giám đốc)")
        _ = editor.handle(.home)
        let window = editor.window(width: 10)
        #expect(window.before == "")
        #expect(window.cursorColumn == 0)
        #expect(window.after == "Nguyễn Văn", "the text after the cursor is cut to the width")
    }
}
