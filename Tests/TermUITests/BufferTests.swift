import Testing
@testable import TermUI

@Suite struct BufferTests {
    @Test func writingIsClippedToTheRect() {
        var buffer = Buffer(width: 12, height: 2)
        let clip = Rect(x: 2, y: 0, width: 5, height: 1)
        buffer.set("Hello world", at: Position(x: 2, y: 0), clip: clip)
        buffer.set("left of clip", at: Position(x: 0, y: 0), clip: Rect(x: 8, y: 0, width: 3, height: 1))
        buffer.set("other row", at: Position(x: 2, y: 1), clip: clip)
        #expect(TextBackend.render(buffer) == "  Hello cli\n")
    }

    @Test func writingIsClippedToTheBuffer() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.set("abcdef", at: Position(x: -2, y: 0))
        buffer.set("zzz", at: Position(x: 0, y: 5))
        #expect(TextBackend.render(buffer) == "cdef")
    }

    @Test func setReturnsTheColumnAfterTheText() {
        var buffer = Buffer(width: 20, height: 1)
        let afterKey = buffer.set("q", at: Position(x: 3, y: 0))
        let afterLabel = buffer.set(" Thoát", at: Position(x: afterKey, y: 0))
        let afterWide = buffer.set("日本", at: Position(x: afterLabel, y: 0))
        #expect((afterKey, afterLabel, afterWide) == (4, 10, 14))
        #expect(buffer.set("clipped away", at: Position(x: 0, y: 9)) == 12)
    }

    @Test func wideCharacterOccupiesTwoCells() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.set("a日b", at: Position(x: 0, y: 0))
        #expect(buffer[1, 0].symbol == "日" && buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[3, 0].symbol == "b")
        #expect(TextBackend.render(buffer) == "a日b")
    }

    @Test func wideCharacterStraddlingTheRightEdgeBecomesASpace() {
        var buffer = Buffer(width: 5, height: 1)
        buffer.set("ab日本", at: Position(x: 0, y: 0))
        #expect(buffer[4, 0] == Cell(symbol: " "))
        #expect(TextBackend.render(buffer) == "ab日")

        var clipped = Buffer(width: 8, height: 1)
        clipped.set("xx日本", at: Position(x: 0, y: 0), clip: Rect(x: 0, y: 0, width: 5, height: 1))
        clipped.set("|", at: Position(x: 5, y: 0))
        #expect(TextBackend.render(clipped) == "xx日 |")
    }

    @Test func wideCharacterStraddlingTheLeftEdgeLeavesASpace() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.fill(buffer.area, symbol: ".")
        buffer.set("日本", at: Position(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 5, height: 1))
        #expect(TextBackend.render(buffer) == ". 本..")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.set("日", at: Position(x: 0, y: 0))
        buffer.set("x", at: Position(x: 1, y: 0))
        #expect(TextBackend.render(buffer) == " x")
        #expect(!buffer[0, 0].isContinuation && buffer[0, 0].width == 1)

        buffer.set("本", at: Position(x: 2, y: 0))
        buffer.set("y", at: Position(x: 2, y: 0))
        #expect(TextBackend.render(buffer) == " xy")
        #expect(buffer[3, 0] == Cell(symbol: " "))

        buffer.set("日", at: Position(x: 0, y: 0))
        buffer.set("本", at: Position(x: 1, y: 0))
        #expect(TextBackend.render(buffer) == " 本")
    }

    @Test func textIsSanitisedOnTheWayIn() {
        var buffer = Buffer(width: 30, height: 1)
        buffer.set("a\u{1B}[2Jb\u{1B}]0;evil\u{07}c\u{202E}d", at: Position(x: 0, y: 0))
        let text = TextBackend.render(buffer)
        #expect(text == "a␛[…]b␛]…c⟨U+202E⟩d")
        #expect(forbiddenScalars(in: text).isEmpty)
    }

    @Test func asciiModeWritesOnlyPrintableASCII() {
        var buffer = Buffer(width: 60, height: Self.samples.count, mode: .ascii)
        for (row, sample) in Self.samples.enumerated() {
            buffer.set(sample, at: Position(x: 0, y: row))
        }
        for cell in buffer.cells {
            #expect(cell.symbol.utf8.allSatisfy { (0x20...0x7E).contains($0) }, "\(cell.symbol.debugDescription)")
            #expect(cell.width == 1)
        }
        #expect(TextBackend.render(buffer).hasPrefix("Viet Nam - ?? ^[[...]"))
    }

    static let samples = ["Việt Nam – 日本 \u{1B}[2J"] + hostileSamples

    @Test func asciiModeUsesTheInjectedTransliterator() {
        let vietnamese = Transliterator { text in
            Transliterator.asciiFolding(String(text.map { $0 == "Đ" ? "D" : $0 == "đ" ? "d" : $0 }))
        }
        var buffer = Buffer(width: 20, height: 1, mode: .ascii, transliterator: vietnamese)
        buffer.set("Đà Nẵng", at: Position(x: 0, y: 0))
        #expect(TextBackend.render(buffer) == "Da Nang")
    }

    @Test func aCarelessTransliteratorCannotLeakNonASCII() {
        var buffer = Buffer(width: 20, height: 1, mode: .ascii, transliterator: .identity)
        buffer.set("é日\u{1B}", at: Position(x: 0, y: 0))
        #expect(TextBackend.render(buffer) == "??^[")
    }

    @Test func fillAndRestyle() {
        var buffer = Buffer(width: 5, height: 3)
        buffer.fill(Rect(x: 1, y: 1, width: 3, height: 2), symbol: "#", style: Style(.accent))
        buffer.setStyle(Style(.selection, .reverse), in: Rect(x: 0, y: 2, width: 5, height: 1))
        #expect(TextBackend.render(buffer) == "\n ###\n ###")
        #expect(buffer[2, 1].style == Style(.accent))
        #expect(buffer[2, 2].style == Style(.selection, .reverse))
        #expect(buffer[0, 2].style.isReverse)
    }

    @Test func fillCutsWideCharactersAtItsEdges() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.set("日本語", at: Position(x: 0, y: 0))
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), symbol: "-")
        #expect(TextBackend.render(buffer) == " -- 語")
    }

    @Test func diffListsOnlyChangedCells() {
        var before = Buffer(width: 10, height: 3)
        before.set("Hello", at: Position(x: 0, y: 0))
        var after = before
        #expect(after.diff(from: before).isEmpty)
        after.set("J", at: Position(x: 0, y: 0))
        after.set("日", at: Position(x: 4, y: 2))
        let changes = after.diff(from: before)
        #expect(changes.map { Position(x: $0.x, y: $0.y) } == [Position(x: 0, y: 0), Position(x: 4, y: 2)])
        #expect(changes[1].cell.symbol == "日")
        #expect(after.diff(from: Buffer(width: 9, height: 3)).count == 29)
    }

    @Test func clearEmptiesEveryCell() {
        var buffer = Buffer(width: 3, height: 2)
        buffer.set("abc", at: Position(x: 0, y: 1), style: Style(.title))
        buffer.clear()
        #expect(buffer.cells.allSatisfy { $0 == .blank })
    }

    @Test func aLargeFrameIsFilledAndPrinted() {
        var buffer = Buffer(width: 200, height: 60)
        for row in 0..<60 {
            buffer.set(String(repeating: "Sở Tư pháp 日本 ", count: 12), at: Position(x: 0, y: row))
        }
        let text = TextBackend.render(buffer)
        #expect(text.split(separator: "\n").count == 60)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 200 })
    }
}
