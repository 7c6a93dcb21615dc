import Testing
@testable import TermUI

@Suite struct PanelTests {
    @Test func unicodeBorderWithTitles() {
        let panel = Panel(title: "Mục tiêu", trailingTitle: "3/12")
        #expect(draw(panel, width: 22, height: 4) == """
            ┌ Mục tiêu ──── 3/12 ┐
            │                    │
            │                    │
            └────────────────────┘
            """)
    }

    @Test func asciiBorderWithTitles() {
        let panel = Panel(title: "Mục tiêu", trailingTitle: "3/12")
        #expect(draw(panel, width: 22, height: 3, mode: .ascii) == """
            + Muc tieu ---- 3/12 +
            |                    |
            +--------------------+
            """)
    }

    @Test func aLongTitleIsTruncatedInsideTheBorder() {
        #expect(draw(Panel(title: "Kế hoạch khắc phục"), width: 16, height: 2) == """
            ┌ Kế hoạch kh… ┐
            └──────────────┘
            """)
        #expect(draw(Panel(title: "Kế hoạch khắc phục"), width: 16, height: 2, mode: .ascii) == """
            + Ke hoach... -+
            +--------------+
            """)
    }

    @Test func theFocusedPanelIsMarked() {
        let styled = drawStyled(Panel(title: "A", isFocused: true), width: 7, height: 2)
        #expect(styled == """
            {focused_border+bold|┌}{title+bold| A }{focused_border+bold|──┐}
            {focused_border+bold|└─────┘}
            """)
    }

    @Test func contentGoesInside() {
        let area = Rect(x: 0, y: 0, width: 10, height: 4)
        #expect(Panel().inner(area) == Rect(x: 1, y: 1, width: 8, height: 2))
    }
}
