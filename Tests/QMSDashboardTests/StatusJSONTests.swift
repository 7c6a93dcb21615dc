import Foundation
import Testing
import QMSDomain
import QMSStore
@testable import QMSDashboard

/// `isodash status --json`: the documented schema, key order and number format.
struct StatusJSONTests {
    func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func documentHasTheDocumentedFieldsAndValues() throws {
        let text = StatusJSON.render(StatusFixtures.small, storePath: "/srv/iso/store.sqlite")
        let root = try parse(text)
        #expect(root["as_of"] as? String == "2026-11-25")

        let scope = try #require(root["scope"] as? [String: Any])
        #expect(scope["unit_id"] as? String == "VP")
        #expect(scope["name"] as? String == "Văn phòng Sở")

        let store = try #require(root["store"] as? [String: Any])
        #expect(store["path"] as? String == "/srv/iso/store.sqlite")
        #expect(store["last_sync"] as? String == "2026-11-24T07:30:00Z")
        #expect(store["rejected_files"] as? Int == 1)

        let objectives = try #require(root["objectives"] as? [[String: Any]])
        #expect(objectives.count == 3, "every objective is listed, met and no-data ones too")
        let first = objectives[0]
        #expect(first["id"] as? String == "MT-01")
        #expect(first["title"] as? String == "Tỷ lệ văn bản đến điện tử")
        #expect(first["unit_id"] as? String == "VP")
        #expect(first["year"] as? Int == 2026)
        #expect(first["indicator"] as? String == "docs_in_electronic_pct")
        #expect(first["value"] as? Double == 62.5)
        #expect(first["target"] as? Double == 90)
        #expect(first["measure"] as? String == "%")
        #expect(first["direction"] as? String == "higher")
        #expect(first["margin"] as? Double == 5, "the effective margin: 5 points for %")
        #expect(first["status"] as? String == "off_track")
        let pace = try #require(first["pace"] as? [String: Any])
        #expect(pace["required"] as? Double == 114.29, "rounded to 2 decimals")
        #expect(pace["recent"] as? Double == 87.07)
        #expect(pace["reachable"] as? Bool == false)
        #expect(pace["on_pace"] as? Bool == false)
        let second = objectives[1]
        #expect(second["value"] as? Double == 5.83, "rounded to 2 decimals")
        #expect(second["direction"] as? String == "lower")
        #expect(second["margin"] as? Double == 0.5, "10% of the target when the measure is not %")
        #expect(second["indicator"] is NSNull)
        #expect(second["status"] as? String == "at_risk")
        let noPace = try #require(second["pace"] as? [String: Any])
        #expect(noPace.count == 4)
        #expect(noPace.values.allSatisfy { $0 is NSNull }, "no ratio indicator: every pace member null")
        let third = objectives[2]
        #expect(third["value"] is NSNull, "no data is null, never 0")
        #expect(third["unit_id"] is NSNull, "an objective of the whole organisation")
        #expect(third["status"] as? String == "no_data")

        let audits = try #require(root["open_audits"] as? [[String: Any]])
        #expect(audits.count == 1)
        let audit = audits[0]
        #expect(audit["id"] as? String == "DG-01")
        #expect(audit["title"] as? String == "Đánh giá nội bộ đợt 2 năm 2026")
        #expect(audit["kind"] as? String == "internal")
        #expect(audit["unit_id"] as? String == "VP")
        #expect(audit["starts_on"] as? String == "2026-11-10")
        #expect(audit["ends_on"] is NSNull)
        #expect(audit["status"] as? String == "in_progress")
        let findings = try #require(audit["findings"] as? [String: Int])
        #expect(findings == ["major": 1, "minor": 2, "observation": 0, "improvement": 0])

        let actions = try #require(root["overdue_actions"] as? [[String: Any]])
        #expect(actions.count == 1)
        let action = actions[0]
        #expect(action["id"] as? String == "HD-07")
        #expect(action["title"] as? String == "Khắc phục điểm không phù hợp 8.5.1")
        #expect(action["unit_id"] as? String == "HC")
        #expect(action["owner"] as? String == "Nguyễn Văn An")
        #expect(action["finding_id"] as? String == "F-1")
        #expect(action["due_on"] as? String == "2026-07-05")
        #expect(action["days_overdue"] as? Int == 143)

        #expect(root["due_within"] as? Int == 14)
        let dueSoon = try #require(root["due_soon_actions"] as? [[String: Any]])
        #expect(dueSoon.count == 1)
        let soon = dueSoon[0]
        #expect(soon["id"] as? String == "HD-09")
        #expect(soon["title"] as? String == "Rà soát quy trình lưu trữ hồ sơ")
        #expect(soon["unit_id"] as? String == "HC")
        #expect(soon["owner"] as? String == "Trần Thị Bình")
        #expect(soon["due_on"] as? String == "2026-11-28")
        #expect(soon["days_left"] as? Int == 3)

        let closing = try #require(root["closing"] as? [String: Any])
        #expect(closing["median_days"] as? Double == 12.5, "the mean of the middle two of 4, 9, 16, 30")
        #expect(closing["p90_days"] as? Double == 25.8, "16 + 0.7 × (30 − 16)")
        #expect(closing["closed"] as? Int == 4)

        let counts = try #require(root["counts"] as? [String: Int])
        #expect(counts == ["met": 0, "at_risk": 1, "off_track": 1, "no_data": 1, "open_audits": 1,
                           "open_actions": 4, "overdue_actions": 1, "due_soon": 1, "unreachable": 1,
                           "off_pace": 0])
    }

    @Test func keysComeInTheDocumentedOrder() throws {
        let text = StatusJSON.render(StatusFixtures.small, storePath: "store.sqlite")
        // Every key of the document, in the order written (one member per line).
        let keys = text.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.first == "\"", let end = trimmed.dropFirst().firstIndex(of: "\""),
                  trimmed[trimmed.index(after: end)...].hasPrefix(": ") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<end])
        }
        let objective = ["id", "title", "unit_id", "year", "indicator", "value", "target", "measure", "direction",
                         "margin", "status", "pace", "required", "recent", "reachable", "on_pace"]
        let expected = ["as_of", "scope", "unit_id", "name", "store", "path", "last_sync", "rejected_files",
                        "objectives"] + objective + objective + objective
            + ["open_audits", "id", "title", "kind", "unit_id", "starts_on", "ends_on", "status", "findings",
               "major", "minor", "observation", "improvement",
               "overdue_actions", "id", "title", "unit_id", "owner", "finding_id", "due_on", "days_overdue",
               "due_within", "due_soon_actions", "id", "title", "unit_id", "owner", "due_on", "days_left",
               "closing", "median_days", "p90_days", "closed",
               "counts", "met", "at_risk", "off_track", "no_data", "open_audits", "open_actions", "overdue_actions",
               "due_soon", "unreachable", "off_pace"]
        #expect(keys == expected)
    }

    @Test func exactDocumentForAHealthyScope() {
        var snapshot = StatusFixtures.healthy
        snapshot.freshness = DataFreshness(lastSync: nil, rejectedFiles: [])
        snapshot.scope = ScopeSummary(unitID: nil, name: nil, unitCount: 3)
        snapshot.objectives.removeFirst()
        snapshot.openAudits = []
        #expect(StatusJSON.render(snapshot, storePath: "/tmp/s.sqlite") == """
            {
              "as_of": "2026-11-25",
              "scope": {
                "unit_id": null,
                "name": null
              },
              "store": {
                "path": "/tmp/s.sqlite",
                "last_sync": null,
                "rejected_files": 0
              },
              "objectives": [
                {
                  "id": "MT-02",
                  "title": "Thời gian giải quyết hồ sơ",
                  "unit_id": "VP",
                  "year": 2026,
                  "indicator": null,
                  "value": null,
                  "target": 5,
                  "measure": "ngày",
                  "direction": "lower",
                  "margin": 0.5,
                  "status": "no_data",
                  "pace": {
                    "required": null,
                    "recent": null,
                    "reachable": null,
                    "on_pace": null
                  }
                }
              ],
              "open_audits": [],
              "overdue_actions": [],
              "due_within": 14,
              "due_soon_actions": [],
              "closing": {
                "median_days": null,
                "p90_days": null,
                "closed": 0
              },
              "counts": {
                "met": 1,
                "at_risk": 0,
                "off_track": 0,
                "no_data": 1,
                "open_audits": 1,
                "open_actions": 2,
                "overdue_actions": 0,
                "due_soon": 0,
                "unreachable": 0,
                "off_pace": 0
              }
            }

            """)
    }

    @Test func nothingIsTruncated() throws {
        let root = try parse(StatusJSON.render(StatusFixtures.crowded, storePath: "s"))
        #expect((root["objectives"] as? [Any])?.count == 30)
        #expect((root["overdue_actions"] as? [Any])?.count == 40)
        #expect((root["open_audits"] as? [Any])?.count == 7)
        #expect((root["due_soon_actions"] as? [Any])?.count == 12)
        let first = try #require((root["objectives"] as? [[String: Any]])?.first)
        #expect(first["title"] as? String == StatusFixtures.longNFDTitle + " 1", "titles in full, as stored")
    }

    @Test(arguments: [
        ("quote \" and backslash \\", #""quote \" and backslash \\""#),
        ("line\nfeed\rtab\t", #""line\nfeed\rtab\t""#),
        ("\u{1B}[2J\u{07}\u{00}\u{08}\u{0C}", #""\u001b[2J\u0007\u0000\b\f""#),
        ("del\u{7F} c1\u{85}\u{9B}", #""del\u007f c1\u0085\u009b""#),
        ("sep\u{2028}\u{2029}", #""sep\u2028\u2029""#),
        ("Đổi mới 日本 🇻🇳", "\"Đổi mới 日本 🇻🇳\""),
    ])
    func stringsAreEscaped(input: String, expected: String) throws {
        var output = ""
        StatusJSON.writeString(input, to: &output)
        #expect(output == expected)
        // And any JSON parser reads back the text as stored.
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(output)]".utf8)) as? [String]
        #expect(decoded == [input])
    }

    @Test func numbersAreRoundedToTwoDecimals() {
        #expect(StatusJSON.decimal(90) == "90")
        #expect(StatusJSON.decimal(62.5) == "62.5")
        #expect(StatusJSON.decimal(87.333333) == "87.33")
        #expect(StatusJSON.decimal(87.336) == "87.34")
        #expect(StatusJSON.decimal(0.05) == "0.05")
        #expect(StatusJSON.decimal(-3.1) == "-3.1")
        #expect(StatusJSON.decimal(-0.001) == "0")
        #expect(StatusJSON.decimal(17.0 / 20.0 * 100) == "85")
        #expect(StatusJSON.decimal(1_234_567.891) == "1234567.89")
        #expect(StatusJSON.decimal(62.5, separator: ",") == "62,5")
        #expect(StatusJSON.decimal(.nan) == nil)
        #expect(StatusJSON.decimal(.infinity) == nil)
    }

    @Test func timestampsAreUTCToTheSecond() {
        #expect(StatusJSON.timestamp(StatusFixtures.lastSync) == "2026-11-24T07:30:00Z")
        #expect(StatusJSON.timestamp(Date(timeIntervalSince1970: 59.9)) == "1970-01-01T00:00:59Z")
    }
}
