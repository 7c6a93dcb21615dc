import Testing
@testable import TermUI

@Suite struct TableTests {
    let columns = [
        TableColumn("Mã", width: .length(4)),
        TableColumn("Tên đơn vị"),
        TableColumn("Tỉ lệ", width: .length(6), alignment: .right),
    ]
    let page: [TableRow] = [
        ["A1", "Văn phòng UBND tỉnh", "95,2%"],
        ["B22", "Sở Kế hoạch và Đầu tư", "61%"],
        ["C3", "日本語テキスト", "—"],
    ]

    @Test func unicodeTableWithSelection() {
        let table = Table(columns: columns, rows: page, offset: 10, selectedIndex: 11, highlightSymbol: "▶")
        #expect(draw(table, width: 30, height: 4) == """
              Mã   Tên đơn vị        Tỉ lệ
              A1   Văn phòng UBND…   95,2%
            ▶ B22  Sở Kế hoạch và…     61%
              C3   日本語テキスト        —
            """)
    }

    @Test func asciiTable() {
        let table = Table(columns: columns, rows: page, offset: 10, selectedIndex: 11, highlightSymbol: ">")
        #expect(draw(table, width: 30, height: 4, mode: .ascii) == """
              Ma   Ten ?on vi        Ti le
              A1   Van phong UBN...  95,2%
            > B22  So Ke hoach v...    61%
              C3   ???????               -
            """)
    }

    @Test func selectedRowIsHighlightedAcrossTheWidth() {
        let table = Table(columns: [TableColumn("A", width: .length(2)), TableColumn("B")],
                          rows: [["1", "x"], ["2", TableCell("trễ", style: Style(.offTrack))]], selectedIndex: 1)
        #expect(drawStyled(table, width: 8, height: 3) == """
            {header+bold|A  B    }
            1  x
            {selection+reverse|2  }{off_track+reverse|trễ  }
            """)
    }

    @Test func aWideCharacterThatDoesNotFitIsDroppedAndColumnsStayAligned() {
        let table = Table(columns: [TableColumn("X", width: .length(4)), TableColumn("Y", width: .length(2))],
                          rows: [["日本語", "ok"], ["ab", "ok"]], showsHeader: false)
        #expect(draw(table, width: 7, height: 2) == """
            日…  ok
            ab   ok
            """)
    }

    @Test func onlyRowsThatFitAreDrawn() {
        let table = Table(columns: [TableColumn("N")], rows: (1...10).map { [TableCell("\($0)")] })
        #expect(draw(table, width: 4, height: 3) == "N\n1\n2")
    }

    @Test func hostileCellsAreNeutralised() {
        let table = Table(columns: [TableColumn("Tên")], rows: [["x\u{1B}]0;evil\u{07}\u{202E}y\u{1B}[2J"]])
        let text = draw(table, width: 20, height: 2)
        #expect(text == "Tên\nx␛]…⟨U+202E⟩y␛[…]")
        for line in text.split(separator: "\n") {
            #expect(forbiddenScalars(in: String(line)).isEmpty)
        }
    }

    @Test func emptyTableShowsThePlaceholder() {
        let table = Table(columns: [TableColumn("Tên")], rows: [], placeholder: "Không có hành động quá hạn")
        #expect(draw(table, width: 30, height: 2) == "Tên\nKhông có hành động quá hạn")
    }

    @Test func pagingKeepsTheSelectionInView() {
        #expect(Table.visibleRowCount(height: 10) == 9)
        #expect(Table.visibleRowCount(height: 10, showsHeader: false) == 10)
        #expect(Table.scrollOffset(selected: 0, currentOffset: 0, visibleRows: 5, totalRows: 100) == 0)
        #expect(Table.scrollOffset(selected: 5, currentOffset: 0, visibleRows: 5, totalRows: 100) == 1)
        #expect(Table.scrollOffset(selected: 3, currentOffset: 4, visibleRows: 5, totalRows: 100) == 3)
        #expect(Table.scrollOffset(selected: 6, currentOffset: 4, visibleRows: 5, totalRows: 100) == 4)
        #expect(Table.scrollOffset(selected: 99, currentOffset: 0, visibleRows: 5, totalRows: 100) == 95)
        #expect(Table.scrollOffset(selected: 2, currentOffset: 50, visibleRows: 5, totalRows: 3) == 0)
    }

    @Test func columnWidthsFillTheTable() {
        let table = Table(columns: columns, rows: [])
        #expect(table.columnWidths(forWidth: 30) == [4, 18, 6])
    }
}
