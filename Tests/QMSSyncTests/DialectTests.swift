import Foundation
import QMSDomain
import Testing
@testable import QMSSync

/// §2 through the whole pipeline: each dialect point from file to store.
struct DialectTests {
    @Test func byteOrderMarkIsNotPartOfTheFirstHeader() throws {
        let box = try SyncSandbox()
        let report = try box.sync([box.copyFixture("dialect/units-bom.csv", as: "units-bom.csv")])
        #expect(report.files.map(\.state) == [.applied])
        #expect(try box.value("SELECT name FROM units WHERE id = 'BOM1'") == "Đơn vị có BOM")
    }

    @Test func semicolonVietnameseHeadersDayFirstDatesAndDecimalComma() throws {
        let box = try SyncSandbox()
        let report = try box.sync([box.copyFixture("dialect/units-vi-semicolon.csv", as: "units-vn.csv"),
                                   box.copyFixture("dialect/objectives-vi-semicolon.csv", as: "objectives-vn.csv")])
        #expect(report.files.map(\.state) == [.applied, .applied], "\(SyncReportFormatter.format(report))")
        #expect(try box.snapshot(tables: ["units", "objectives"]) == [
            "units|ORG|Sở Thông tin và Truyền thông|NULL|sở|NULL|2025-06-30|1",
            "units|VP|Văn phòng Sở|ORG|phòng|NULL|2025-07-01|0",
            "objectives|MT-VN|Tỷ lệ hồ sơ giải quyết đúng hạn|2026|VP|NULL|92.5|%|higher|2.5|NULL|2026-12-31",
        ])
    }

    @Test func decimalCommaIsAnErrorInACommaFile() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let path = try box.write("objectives.csv", "id,title,year,target\nMT,Mục tiêu,2026,\"92,5\"\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.state == .rejected)
        #expect(file.messages == ["\(path):2: column 'target': '92,5' is not a number (a decimal comma is read only "
            + "in files delimited by ';' or TAB), expected a number such as 90, 90.5, -3 or 90%"])
    }

    @Test func tabDelimitedWithVietnameseWords() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", baseUnits)
        let report = try box.sync([box.copyFixture("dialect/documents-tab.csv", as: "documents-tab.csv")])
        #expect(report.files.map(\.state) == [.applied])
        #expect(try box.snapshot(tables: ["documents"]) == [
            "documents|D-T1|VP|in|2026-03-01|1|0|NULL|NULL",
            "documents|D-T2|VP|out|2026-03-02|0|1|NULL|NULL",
        ])
    }

    @Test func quotedLineBreaksAndDoubledQuotesKeepLineNumbersRight() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("audits.csv", "id,title,kind,starts_on,status\nDG-ML,Đánh giá,internal,2026-03-01,planned\n")
        let report = try box.sync([box.copyFixture("dialect/findings-multiline.csv", as: "findings-ml.csv")])
        #expect(report.files.map(\.state) == [.applied])
        #expect(try box.value("SELECT description FROM findings WHERE id = 'PH-ML'")
            == "Dòng một\ndòng hai, có dấu phẩy\nvà \"ngoặc kép\"")

        // The same file with a bad grade on the row after the multi-line field: line 5.
        let path = try box.write("findings-bad.csv", "id,audit_id,grade,description\nPH-ML,DG-ML,major,\"Dòng một\n"
            + "dòng hai\nvà ba\"\nPH-3,DG-ML,nặng lắm,Một dòng\n")
        let bad = try #require(try box.sync([path]).files.first)
        #expect(bad.errors.kept.map(\.line) == [5])
    }

    @Test func crlfBlankLinesAndTrailingDelimitersAreIgnored() throws {
        let box = try SyncSandbox()
        let file = try #require(try box.sync([box.copyFixture("dialect/units-crlf-blank.csv", as: "units-crlf.csv")]).files.first)
        #expect(file.state == .applied, "\(file.messages)")
        #expect(file.counts.inserted == 2)
        #expect(try box.snapshot(tables: ["units"]) == ["units|C1|Một|NULL|NULL|NULL|NULL|0", "units|C2|Hai|NULL|NULL|NULL|NULL|0"])
    }

    @Test func decomposedInputIsStoredComposed() throws {
        let box = try SyncSandbox()
        let file = try #require(try box.sync([box.copyFixture("dialect/units-nfd.csv", as: "units-nfd.csv")]).files.first)
        #expect(file.state == .applied, "\(file.messages)")
        let id = try #require(try box.value("SELECT id FROM units"))
        let name = try #require(try box.value("SELECT name FROM units"))
        #expect(Array(id.utf8) == Array("Phòng-Đ".precomposedStringWithCanonicalMapping.utf8))
        #expect(Array(name.utf8) == Array("Văn phòng Sở".precomposedStringWithCanonicalMapping.utf8))
        // Found again by its composed id.
        #expect(try box.value("SELECT count(*) FROM units WHERE id = '\("Phòng-Đ".precomposedStringWithCanonicalMapping)'") == "1")
    }

    @Test func valuesAreTrimmed() throws {
        let box = try SyncSandbox()
        _ = try box.syncFile("units.csv", "id , name\n  U1 ,\t Đơn vị một \u{00A0}\n")
        #expect(try box.snapshot(tables: ["units"]) == ["units|U1|Đơn vị một|NULL|NULL|NULL|NULL|0"])
    }

    @Test func moreFieldsThanHeaderIsAnErrorFewerAreEmpty() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.csv", "id,name,kind\nU1,Một\nU2,Hai,phòng,thừa\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):3: the row has 4 fields but the header has 3 columns, expected at most 3 "
            + "fields (a value holding ',' must be in double quotes)"])
        let fine = try box.syncFile("units-2.csv", "id,name,kind\nU1,Một\n")
        #expect(fine.state == .applied)
    }

    @Test func invalidUTF8NulAndOpenQuotesNameTheirLine() throws {
        let box = try SyncSandbox()
        let latin1 = try box.writeBytes("units-latin1.csv", Array("id,name\nU1,ok\nU2,".utf8) + [0x56, 0xE3, 0x6E] + [0x0A])
        let nul = try box.writeBytes("units-nul.csv", Array("id,name\nU1,a".utf8) + [0] + Array("b\n".utf8))
        let open = try box.write("units-quote.csv", "id,name\nU1,ok\nU2,\"never closed\nU3,x\n")
        let report = try box.sync([latin1, nul, open])
        #expect(report.files.map(\.state) == [.rejected, .rejected, .rejected])
        #expect(report.files.map { $0.errors.kept.first?.line } == [3, 2, 3])
        #expect(try box.count("units") == 0)
    }

    @Test func emptyFileIsAnError() throws {
        let box = try SyncSandbox()
        let file = try box.syncFile("units.csv", "\n\n")
        #expect(file.state == .rejected)
        #expect(file.messages.first?.hasSuffix("the file is empty, expected a header line naming the columns") == true)
    }
}
