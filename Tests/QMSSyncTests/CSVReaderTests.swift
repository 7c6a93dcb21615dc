import Foundation
import Testing
@testable import QMSSync

/// Everything a reader produced, copied out so it can be compared (fields as exact bytes,
/// since `String` equality would hide NFC/NFD differences).
private struct CSVContent: Equatable, CustomStringConvertible {
    struct Row: Equatable {
        var line: Int
        var count: Int
        var writtenCount: Int
        var fields: [[UInt8]]
        var strings: [String] { fields.map { String(decoding: $0, as: UTF8.self) } }
    }

    var delimiter: CSVDelimiter
    var header: [String]
    var headerLine: Int
    var rows: [Row]

    var description: String {
        "delimiter \(delimiter), header \(header) at line \(headerLine), rows "
            + rows.map { "\($0.line): \($0.strings)" }.joined(separator: "; ")
    }

    /// Reads the whole input; `chunkSize` nil means the production default.
    static func read(_ bytes: [UInt8], chunkSize: Int? = nil) throws(CSVError) -> CSVContent {
        let reader: CSVReader
        if let chunkSize {
            reader = try CSVReader(bytes: bytes, chunkSize: chunkSize)
        } else {
            reader = try CSVReader(bytes: bytes)
        }
        var rows: [Row] = []
        while let row = try reader.nextRow() {
            rows.append(Row(line: row.line, count: row.count, writtenCount: row.writtenCount,
                            fields: (0..<row.writtenCount).map { Array(row.field($0)) }))
        }
        return CSVContent(delimiter: reader.delimiter, header: reader.header, headerLine: reader.headerLine, rows: rows)
    }

    static func read(_ text: String, chunkSize: Int? = nil) throws(CSVError) -> CSVContent {
        try read(Array(text.utf8), chunkSize: chunkSize)
    }
}

/// The error reading `bytes` throws, or nil when it reads cleanly.
private func readError(_ bytes: [UInt8], chunkSize: Int? = nil) -> CSVError? {
    do {
        _ = try CSVContent.read(bytes, chunkSize: chunkSize)
        return nil
    } catch {
        return error
    }
}

private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

@Suite("CSV reader: dialect")
struct CSVReaderDialectTests {
    @Test("a UTF-8 byte-order mark is skipped, not part of the first header name")
    func byteOrderMark() throws {
        let content = try CSVContent.read([0xEF, 0xBB, 0xBF] + bytes("id,name\n1,a\n"))
        #expect(content.header == ["id", "name"])
        #expect(content.header[0].utf8.first == UInt8(ascii: "i"))
        #expect(content.rows.map(\.strings) == [["1", "a"]])
    }

    @Test("the delimiter is the one occurring most in the header line",
          arguments: [("id,name,unit\n1,a,b\n", CSVDelimiter.comma),
                      ("id;name;unit\n1;a;b\n", .semicolon),
                      ("id\tname\tunit\n1\ta\tb\n", .tab)])
    func delimiterDetection(input: String, expected: CSVDelimiter) throws {
        let content = try CSVContent.read(input)
        #expect(content.delimiter == expected)
        #expect(content.header == ["id", "name", "unit"])
        #expect(content.rows.map(\.strings) == [["1", "a", "b"]])
    }

    @Test("a ';' file from a Vietnamese-locale spreadsheet keeps the commas inside its fields")
    func semicolonWithCommas() throws {
        let content = try CSVContent.read("mã mục tiêu;chỉ tiêu;ghi chú\nMT-01;90,5;a, b, c\n")
        #expect(content.delimiter == .semicolon)
        #expect(content.rows.map(\.strings) == [["MT-01", "90,5", "a, b, c"]])
    }

    @Test("ties go to ',' then ';' then TAB; a one-column header means ','")
    func delimiterTies() throws {
        #expect(try CSVContent.read("a,b;c\n").delimiter == .comma)
        #expect(try CSVContent.read("a;b\tc\n").delimiter == .semicolon)
        #expect(try CSVContent.read("a,b\tc;d\te\n").delimiter == .tab)
        #expect(try CSVContent.read("id\n1\n").delimiter == .comma)
    }

    @Test("delimiters inside quotes in the header line do not count")
    func quotedHeaderDelimiters() throws {
        let content = try CSVContent.read("\"a;b;c\",d\n1,2\n")
        #expect(content.delimiter == .comma)
        #expect(content.header == ["a;b;c", "d"])
    }

    @Test("a quoted field may hold the delimiter")
    func quotedDelimiter() throws {
        let content = try CSVContent.read("id,title\n1,\"Họp, rà soát\"\n2,\"a,b,c\",\n")
        #expect(content.rows.map(\.strings) == [["1", "Họp, rà soát"], ["2", "a,b,c", ""]])
        #expect(content.rows.map(\.count) == [2, 2])
    }

    @Test("line breaks inside quotes are kept as written and the next record's line is right",
          arguments: ["\n", "\r\n"])
    func quotedLineBreaks(lineBreak: String) throws {
        let input = "id,text\(lineBreak)1,\"first\(lineBreak)second\(lineBreak)third\"\(lineBreak)2,z\(lineBreak)"
        let content = try CSVContent.read(input)
        #expect(content.rows.map(\.line) == [2, 5])
        #expect(content.rows[0].fields[1] == bytes("first\(lineBreak)second\(lineBreak)third"))
        #expect(content.rows[1].strings == ["2", "z"])
    }

    @Test("doubled quotes inside a quoted field read as one quote")
    func doubledQuotes() throws {
        let content = try CSVContent.read("a,b,c,d\n\"say \"\"hi\"\"\",\"\"\"\"\"\",\"\",\"x\"\"\"\n")
        #expect(content.rows.map(\.strings) == [["say \"hi\"", "\"\"", "", "x\""]])
    }

    @Test("several unescaped fields in one row each keep their own text")
    func manyEscapedFieldsInOneRow() throws {
        let content = try CSVContent.read("a,b,c\n\"1\"\"\",plain,\"2\"\"\"\"2\"\n\"3\"\"\",x,y\n")
        #expect(content.rows.map(\.strings) == [["1\"", "plain", "2\"\"2"], ["3\"", "x", "y"]])
    }

    @Test("LF and CRLF line ends may be mixed; a lone CR also ends a line")
    func mixedLineEnds() throws {
        let content = try CSVContent.read("id,name\r\n1,a\n2,b\r\n3,c\r4,d")
        #expect(content.rows.map(\.strings) == [["1", "a"], ["2", "b"], ["3", "c"], ["4", "d"]])
        #expect(content.rows.map(\.line) == [2, 3, 4, 5])
    }

    @Test("blank lines (empty, spaces, only delimiters) are skipped but counted in line numbers")
    func blankLines() throws {
        let content = try CSVContent.read("\n  \r\nid,name\n\n   \n1,a\n,,\n \t, \n2,b\n\n")
        #expect(content.headerLine == 3)
        #expect(content.header == ["id", "name"])
        #expect(content.rows.map(\.line) == [6, 9])
        #expect(content.rows.map(\.strings) == [["1", "a"], ["2", "b"]])
    }

    @Test("blank lines before a ';' header do not decide the delimiter")
    func blankDelimiterLinesBeforeHeader() throws {
        let content = try CSVContent.read(",,,\nid;name\n1;a\n")
        #expect(content.delimiter == .semicolon)
        #expect(content.headerLine == 2)
        #expect(content.rows.map(\.strings) == [["1", "a"]])
    }

    @Test("trailing delimiters that only add empty columns do not count; other extras do")
    func trailingEmptyColumns() throws {
        let content = try CSVContent.read("id,name,,\n1,a,,\n2,b, ,\n3,c,x\n4,d,,x\n5\n6,,\n")
        #expect(content.header == ["id", "name"])
        // Blank fields within the header's width still count: they are empty values.
        #expect(content.rows.map(\.count) == [2, 2, 3, 4, 1, 2])
        #expect(content.rows.map(\.writtenCount) == [4, 4, 3, 4, 1, 3])
    }

    @Test("fields a short row lacks read as empty")
    func missingFieldsReadEmpty() throws {
        let reader = try CSVReader(bytes: bytes("id,name,unit\n1\n"))
        let row = try #require(try reader.nextRow())
        #expect(row.count == 1)
        #expect(row.string(0) == "1")
        #expect(row.string(2) == "")
        #expect(row.field(5).isEmpty)
        #expect(row.isBlank(1))
    }

    @Test("a quote inside an unquoted field is kept literally")
    func strayQuoteKept() throws {
        let content = try CSVContent.read("id,title\n1,màn hình 5\" rộng\n2,a\"b\"c\n")
        #expect(content.rows.map(\.strings) == [["1", "màn hình 5\" rộng"], ["2", "a\"b\"c"]])
    }

    @Test("spaces between a closing quote and the delimiter are ignored")
    func spacesAfterClosingQuote() throws {
        let content = try CSVContent.read("a,b\n\"x\"  ,\"y\" \n")
        #expect(content.rows.map(\.strings) == [["x", "y"]])
    }

    @Test("a file with only a header has no rows")
    func headerOnly() throws {
        for input in ["id,name", "id,name\n", "id,name\r\n\r\n  \n"] {
            let content = try CSVContent.read(input)
            #expect(content.header == ["id", "name"])
            #expect(content.headerLine == 1)
            #expect(content.rows.isEmpty)
        }
    }

    @Test("an empty file, a BOM alone or only blank lines: no header, no rows")
    func emptyFile() throws {
        for input in [[], [0xEF, 0xBB, 0xBF], bytes("\n\r\n  \n"), bytes(";;\n,\n")] as [[UInt8]] {
            let content = try CSVContent.read(input)
            #expect(content.header.isEmpty)
            #expect(content.headerLine == 0)
            #expect(content.rows.isEmpty)
        }
    }

    @Test("the last record needs no line end, and a trailing delimiter there adds an empty field")
    func lastRecordWithoutLineEnd() throws {
        let content = try CSVContent.read("a,b,c\n1,2,")
        #expect(content.rows.first?.writtenCount == 3)
        #expect(content.rows.first?.strings == ["1", "2", ""])
        #expect(try CSVContent.read("a,b\n1,\"x\"").rows.first?.strings == ["1", "x"])
    }

    @Test("a Vietnamese NFD field comes back byte for byte (normalising is the caller's job)")
    func decomposedTextKept() throws {
        let decomposed: [UInt8] = bytes("Va") + [0xCC, 0x86] + bytes("n pho") + [0xCC, 0x80] + bytes("ng")
        let input = bytes("id,name\nVP,") + decomposed + bytes(",\n")
        let reader = try CSVReader(bytes: input)
        let row = try #require(try reader.nextRow())
        #expect(Array(row.field(1)) == decomposed)
        #expect(Array(row.string(1).utf8) == decomposed)
    }

    @Test("valid multi-byte characters of every length pass")
    func validUTF8() throws {
        let content = try CSVContent.read("a,b,c\nđ,Hạ tầng,🙂 \u{10FFFF}\n")
        #expect(content.rows.map(\.strings) == [["đ", "Hạ tầng", "🙂 \u{10FFFF}"]])
    }

    @Test("more than 64 fields and a record longer than a chunk are read whole")
    func wideAndLongRecords() throws {
        let wide = (0..<200).map { "c\($0)" }.joined(separator: ",")
        let long = String(repeating: "ngày ", count: 30_000)
        let input = wide + "\n" + wide + "\n" + "\"\(long)\"" + "," + long + "\n"
        let content = try CSVContent.read(bytes(input), chunkSize: 4096)
        #expect(content.header.count == 200)
        #expect(content.rows[0].strings == content.header)
        #expect(content.rows[1].strings == [long, long])
    }
}

@Suite("CSV reader: errors")
struct CSVReaderErrorTests {
    @Test("a NUL byte is an error naming its line")
    func nulByte() {
        #expect(readError(bytes("id,name\n1,a\n2,b\0c\n")) == .nulByte(line: 3))
        #expect(readError(bytes("id,name\n1,\"a\n\0\"\n")) == .nulByte(line: 3))
        #expect(CSVError.nulByte(line: 3).description.hasPrefix("line 3: "))
    }

    @Test("invalid UTF-8 is an error naming the line and the problem",
          arguments: [
            ([0xC0, 0xAF], CSVError.UTF8Problem.overlong),
            ([0xE0, 0x80, 0xAF], .overlong),
            ([0x80], .unexpectedContinuationByte),
            ([0xED, 0xA0, 0x80], .surrogate),
            ([0xF4, 0x90, 0x80, 0x80], .beyondUnicode),
            ([0xFF], .invalidByte),
            ([0xC3, 0x2C], .truncated),
          ] as [([UInt8], CSVError.UTF8Problem)])
    func invalidUTF8(badBytes: [UInt8], problem: CSVError.UTF8Problem) throws {
        let input = bytes("id,name\n1,ok\n\n2,x") + badBytes + bytes("y\n3,z\n")
        let error = try #require(readError(input))
        guard case .invalidUTF8(let line, _, let reported) = error else {
            Issue.record("expected invalid UTF-8, got \(error)")
            return
        }
        #expect(line == 4)
        #expect(reported == problem)
        #expect(error.description.hasPrefix("line 4: the bytes "))
        #expect(error.description.contains("save it as UTF-8"))
    }

    @Test("exact bytes are named: overlong C0 AF, surrogate ED A0")
    func invalidUTF8Bytes() {
        #expect(readError(bytes("a\n") + [0xC0, 0xAF]) == .invalidUTF8(line: 2, bytes: [0xC0, 0xAF], problem: .overlong))
        #expect(readError(bytes("a\n") + [0xED, 0xA0, 0x80])
                == .invalidUTF8(line: 2, bytes: [0xED, 0xA0], problem: .surrogate))
        #expect(CSVError.invalidUTF8(line: 2, bytes: [0xC0, 0xAF], problem: .overlong).description
                .hasPrefix("line 2: the bytes C0 AF are not valid UTF-8 (an overlong encoding)"))
    }

    @Test("a multi-byte character cut short by the end of the file is an error")
    func truncatedAtEndOfFile() {
        let input = bytes("id,name\n1,Vi") + [0xE1, 0xBB]
        #expect(readError(input) == .invalidUTF8(line: 2, bytes: [0xE1, 0xBB], problem: .truncated))
    }

    @Test("invalid UTF-8 in a quoted field names the line of the bad byte, not where the field began")
    func invalidUTF8InQuotedField() {
        #expect(readError(bytes("a,b\n1,\"x\ny\n") + [0x80] + bytes("\"\n")) == .invalidUTF8(line: 4, bytes: [0x80], problem: .unexpectedContinuationByte))
    }

    @Test("invalid UTF-8 in the header is reported too")
    func invalidUTF8InHeader() {
        #expect(readError(bytes("id,t") + [0xE9] + bytes("n\n")) == .invalidUTF8(line: 1, bytes: [0xE9], problem: .truncated))
    }

    @Test("a quote left open names the line where the field began")
    func unclosedQuote() {
        let input = bytes("id,text\n1,ok\n\n2,\"starts here\nand goes on\n3,never closed\n")
        #expect(readError(input) == .unclosedQuote(line: 4))
        #expect(CSVError.unclosedQuote(line: 12).description
                == "line 12: a quoted field starting here is never closed; expected a closing '\"'")
    }

    @Test("text after a closing quote is an error saying what was expected")
    func textAfterClosingQuote() throws {
        let error = try #require(readError(bytes("id;name\n1;\"ab\"c;d\n")))
        #expect(error == .textAfterClosingQuote(line: 2, found: UInt8(ascii: "c"), delimiter: .semicolon))
        #expect(error.description.hasPrefix("line 2: unexpected 'c' after the closing quote"))
        #expect(error.description.contains("expected ';' or the end of the line"))
    }

    @Test("a UTF-16 file is recognised, with or without a byte-order mark")
    func utf16() {
        let text = "id,name\n1,Hà Nội\n"
        let littleEndian = text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
        let bigEndian = text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
        #expect(readError([0xFF, 0xFE] + littleEndian) == .utf16(bigEndian: false))
        #expect(readError([0xFE, 0xFF] + bigEndian) == .utf16(bigEndian: true))
        #expect(readError(littleEndian) == .utf16(bigEndian: false))
        #expect(readError(bigEndian) == .utf16(bigEndian: true))
        #expect(CSVError.utf16(bigEndian: false).description.contains("the file is UTF-16"))
        #expect(CSVError.utf16(bigEndian: false).description.contains("save it as UTF-8"))
    }

    @Test("a record longer than the cap stops the read, blaming the quote left open")
    func recordTooLong() throws {
        var input = bytes("id,text\n1,ok\n2,\"")
        input += [UInt8](repeating: UInt8(ascii: "a"), count: 500)
        let error = try #require(readError(input, chunkSize: 16, maxRecordBytes: 128))
        #expect(error == .recordTooLong(line: 3, limitBytes: 128, quoteOpenedOnLine: 3))
        #expect(error.description.contains("never closed"))
    }

    @Test("a file that cannot be opened or read names its path")
    func fileErrors() {
        let missing = "/nonexistent/units-\(UUID().uuidString).csv"
        #expect(throws: CSVError.self) { _ = try CSVReader(path: missing) }
        do {
            _ = try CSVReader(path: missing)
        } catch {
            guard case .cannotOpen(let path, _) = error else {
                Issue.record("expected cannotOpen, got \(error)")
                return
            }
            #expect(path == missing)
            #expect(error.description.contains(missing))
        }
        let folder = FileManager.default.temporaryDirectory.path
        do {
            _ = try CSVReader(path: folder)
            Issue.record("reading a folder should fail")
        } catch {
            guard case .cannotRead(let path, _) = error else {
                Issue.record("expected cannotRead, got \(error)")
                return
            }
            #expect(path == folder)
        }
    }
}

private func readError(_ bytes: [UInt8], chunkSize: Int, maxRecordBytes: Int) -> CSVError? {
    do {
        let reader = try CSVReader(bytes: bytes, chunkSize: chunkSize, maxRecordBytes: maxRecordBytes)
        while try reader.nextRow() != nil {}
        return nil
    } catch {
        return error
    }
}

@Suite("CSV reader: chunk boundaries and files")
struct CSVReaderStreamingTests {
    /// Every dialect feature at once, so that tiny chunks split each construct somewhere.
    static let mixedInput: [UInt8] = [0xEF, 0xBB, 0xBF] + bytes(
        "\r\n  \nmã;tên;\"ghi; chú\";;\r\n"
            + "1;Văn phòng;\"nhiều\r\ndòng\";;\r\n"
            + "\n"
            + "2;\"Sở \"\"Tài chính\"\"\";90,5\n"
            + "3;🙂 ngày;\"x\"  ;\r"
            + ";;;\n"
            + "4;a\"b;\"\"\"\"\n"
            + "5;last;\"no line end\"")

    @Test("tiny chunks give the same rows as one big chunk", arguments: [1, 2, 3, 7, 64])
    func sameRowsAnyChunkSize(chunkSize: Int) throws {
        let expected = try CSVContent.read(Self.mixedInput)
        #expect(expected.header == ["mã", "tên", "ghi; chú"])
        #expect(expected.rows.map(\.line) == [4, 7, 8, 10, 11])
        #expect(expected.rows.map(\.strings) == [
            ["1", "Văn phòng", "nhiều\r\ndòng", "", ""],
            ["2", "Sở \"Tài chính\"", "90,5"],
            ["3", "🙂 ngày", "x", ""],
            ["4", "a\"b", "\""],
            ["5", "last", "no line end"],
        ])
        #expect(try CSVContent.read(Self.mixedInput, chunkSize: chunkSize) == expected)
    }

    @Test("errors are the same whatever the chunk size", arguments: [1, 2, 3, 7])
    func sameErrorsAnyChunkSize(chunkSize: Int) {
        let inputs: [[UInt8]] = [
            bytes("a,b\n1,\"open\n\n"),
            bytes("a,b\n1,x\r\n2,") + [0xE1, 0xBB],
            bytes("a,b\n1,\"x\"\r\n2,y\r\n") + [0xC0, 0xAF],
            bytes("a,b\n1,\"ab\"c\n"),
            bytes("a,b\r\n\r\n1,ab\0"),
        ]
        for input in inputs {
            #expect(readError(input, chunkSize: chunkSize) == readError(input), "input \(input)")
            #expect(readError(input) != nil)
        }
    }

    @Test("reading from a file: a Vietnamese-locale export with BOM, ';', CRLF and decimal commas")
    func fixtureFile() throws {
        let url = try #require(Bundle.module.resourceURL?
            .appendingPathComponent("Fixtures/csv/documents-vn-semicolon-bom.csv"))
        for chunkSize in [CSVReader.defaultChunkSize, 5] {
            let reader = try CSVReader(path: url.path, chunkSize: chunkSize)
            #expect(reader.delimiter == .semicolon)
            #expect(reader.header == ["Số ký hiệu", "Mã đơn vị", "Loại", "Ngày", "Điện tử", "Ghi chú"])
            var lines: [Int] = []
            var rows: [[String]] = []
            var nfdNote: [UInt8] = []
            while let row = try reader.nextRow() {
                lines.append(row.line)
                rows.append(row.strings)
                if row.line == 2 { nfdNote = Array(row.field(5)) }
            }
            #expect(lines == [2, 4, 6])
            #expect(rows.map { $0[0] } == ["12/QĐ-UBND", "13/TB-VP", "14/CV-STC"])
            #expect(rows[1][5] == "Họp; \"ISO\"\r\nquý I")
            #expect(rows[2][5] == "90,5")
            // Stored decomposed in the file ("Văn phòng" in NFD), and delivered so.
            #expect(nfdNote.starts(with: bytes("Va") + [0xCC, 0x86]))
        }
    }

    @Test("a row stays valid until the next one; the next row reuses the buffers")
    func rowLifetime() throws {
        let reader = try CSVReader(bytes: bytes("a,b\n\"x\"\"1\",p\n\"y\"\"2\",q\n"))
        let first = try #require(try reader.nextRow())
        let kept = first.strings
        let second = try #require(try reader.nextRow())
        #expect(kept == ["x\"1", "p"])
        #expect(second.strings == ["y\"2", "q"])
        #expect(try reader.nextRow() == nil)
        #expect(try reader.nextRow() == nil)
    }
}
