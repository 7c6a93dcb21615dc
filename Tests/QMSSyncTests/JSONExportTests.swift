import QMSDomain
import Testing
@testable import QMSSync

/// §1 JSON: arrays of records, bundles, values as strings, numbers or booleans
/// checked like their CSV text, and errors that name the record.
struct JSONExportTests {
    @Test func arrayOfRecordsWithNumbersAndBooleans() throws {
        let box = try SyncSandbox()
        let file = try box.syncFile("units.json", """
            [
              {"id": "J1", "name": "Một", "mandatory": true, "announced_on": "2025-06-30"},
              {"Mã đơn vị": "J2", "Tên đơn vị": "Hai", "Đơn vị cha": "J1", "bắt buộc": 0, "kind": null}
            ]
            """)
        #expect(file.state == .applied, "\(file.messages)")
        #expect(try box.snapshot(tables: ["units"]) == ["units|J1|Một|NULL|NULL|NULL|2025-06-30|1",
                                                        "units|J2|Hai|J1|NULL|NULL|NULL|0"])
        let objectives = try box.syncFile("objectives.json", """
            [{"id": 7, "title": "Mục tiêu", "year": 2026, "target": 92.5, "margin": 2, "unit_id": "J2"}]
            """)
        #expect(objectives.state == .applied, "\(objectives.messages)")
        #expect(try box.value("SELECT id || ' ' || target || ' ' || margin FROM objectives") == "7 92.5 2.0")
    }

    @Test func aNumberIsCheckedLikeItsText() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.json", """
            [{"id": "J1", "name": "Một"},
             {"id": "J2", "name": "Hai", "announced_on": 20260101}]
            """)
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):record 2: column 'announced_on': '20260101' is not a date, "
            + "expected a date as YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY"])
    }

    @Test func recordProblemsNameTheRecord() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.json", """
            [{"id": "J1", "name": {"vi": "Một"}},
             "J2",
             {"id": "J3", "mã đơn vị": "J3b", "name": "Ba"},
             {"id": "J4"},
             {"id": "J5", "name": "Năm", "ghi_chu": "x"}]
            """)
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == [
            "\(path):record 1: column 'name': is an object or array, expected a string, number or boolean",
            "\(path):record 2: is not an object, expected a record such as {\"id\": \"…\", …}",
            "\(path):record 3: column 'mã đơn vị': names the same column as 'id', expected each column once",
            "\(path):record 4: column 'name': is empty, expected a text of at most 10,000 characters",
        ])
        #expect(file.warningMessages.first?.hasPrefix("\(path):record 5: column 'ghi_chu': is not a column of units") == true)
    }

    @Test func bundleErrorsNameTheKindAndRecord() throws {
        let box = try SyncSandbox()
        let path = try box.write("export-2026.json", """
            {"units": [{"id": "U1", "name": "Một"}],
             "documents": [{"id": "D1", "unit_id": "U1", "direction": "in", "date": "2026-01-05", "electronic": true},
                           {"id": "D2", "unit_id": "U1", "direction": "in", "date": "05/13/2026", "electronic": true}]}
            """)
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):documents record 2: column 'date': '05/13/2026' is not a real calendar date, "
            + "expected a date as YYYY-MM-DD, D/M/YYYY or DD/MM/YYYY"])
        #expect(try box.count("units") == 0)
    }

    @Test func aBundleKeyThatIsNoKindRejectsTheFile() throws {
        let box = try SyncSandbox()
        let path = try box.write("bundle.json", """
            {"units": [{"id": "U1", "name": "Một"}],
             "people": []}
            """)
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.state == .rejected)
        #expect(file.messages.count == 1)
        #expect(file.messages.first?.hasPrefix("\(path):2: 'people' is not a kind, expected bundle keys among units, objectives") == true)
        #expect(try box.count("units") == 0)
    }

    @Test func aFileNamedAfterAKindMayHoldABundle() throws {
        let box = try SyncSandbox()
        let file = try box.syncFile("units-and-services.json", """
            {"service": [{"id": "S1", "name": "Dịch vụ", "unit_id": "U1", "level": "3"}],
             "unit": [{"id": "U1", "name": "Một"}]}
            """)
        #expect(file.state == .applied, "\(file.messages)")
        #expect(file.kinds == [.units, .services])
    }

    @Test func syntaxErrorsNameTheLine() throws {
        let box = try SyncSandbox()
        let path = try box.write("units.json", "[\n {\"id\": \"U1\", \"name\": \"Một\"},\n {\"id\": \"U2\" \"name\": \"Hai\"}\n]\n")
        let file = try #require(try box.sync([path]).files.first)
        #expect(file.messages == ["\(path):3: not valid JSON: found '\"', expected ',' or '}' after a member"])
        let array = try box.write("bundle-array.json", "[]")
        #expect(try box.sync([array]).files.first?.messages.first?.contains("its name names no kind") == true)
    }

    @Test func escapesAndDecomposedTextAreComposed() throws {
        let box = try SyncSandbox()
        let file = try box.syncFile("units.json", #"[{"id": "U\u0031", "name": "Va\u0323n pho\u0300ng \"A\""}]"#)
        #expect(file.state == .applied, "\(file.messages)")
        #expect(try box.value("SELECT name FROM units WHERE id = 'U1'") == "Vạn phòng \"A\"")
    }
}
