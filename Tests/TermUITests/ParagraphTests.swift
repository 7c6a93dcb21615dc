import Testing
@testable import TermUI

@Suite struct ParagraphTests {
    let text = "Việt Nam: quản lý chất lượng theo TCVN ISO 9001:2015\nHết."

    @Test func wrapsByDisplayWidth() {
        #expect(draw(Paragraph(text: text), width: 20, height: 4) == """
            Việt Nam: quản lý
            chất lượng theo TCVN
            ISO 9001:2015
            Hết.
            """)
        #expect(draw(Paragraph(text: text), width: 20, height: 4, mode: .ascii) == """
            Viet Nam: quan ly
            chat luong theo TCVN
            ISO 9001:2015
            Het.
            """)
    }

    @Test func decomposedTextWrapsLikeComposed() {
        let decomposed = "Vie\u{323}\u{302}t Nam: qua\u{309}n ly\u{301} cha\u{302}\u{301}t lu\u{31B}o\u{31B}\u{323}ng"
        #expect(draw(Paragraph(text: decomposed), width: 20, height: 2)
            == draw(Paragraph(text: "Việt Nam: quản lý chất lượng"), width: 20, height: 2))
    }

    @Test func withoutWrappingLongLinesEndInAnEllipsis() {
        #expect(draw(Paragraph(text: text, wraps: false), width: 20, height: 2) == """
            Việt Nam: quản lý c…
            Hết.
            """)
    }

    @Test func scrollAndAlignment() {
        let paragraph = Paragraph([Line("một"), Line("hai", alignment: .right), "ba"], alignment: .center, scroll: 1)
        #expect(draw(paragraph, width: 7, height: 2) == """
                hai
              ba
            """)
    }

    @Test func spansKeepTheirStyles() {
        let line = Line([Span("Đạt: ", style: Style(.muted)), Span("12", style: Style(.met, .bold))])
        #expect(drawStyled(Paragraph([line]), width: 10, height: 1) == "{muted|Đạt: }{met+bold|12}")
    }

    @Test func heightCountsWrappedRows() {
        let buffer = Buffer(width: 20, height: 1)
        #expect(Paragraph(text: text).height(forWidth: 20, buffer: buffer) == 4)
        #expect(Paragraph(text: text, wraps: false).height(forWidth: 20, buffer: buffer) == 2)
    }
}
