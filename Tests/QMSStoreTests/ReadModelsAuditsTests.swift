import QMSDomain
import Testing
@testable import QMSStore

/// `Store.auditsPage` and `Store.findings`: the audits screen and its drill-down.
@Suite struct ReadModelsAuditsTests {
    typealias F = ReadModelsFixture
    let asOf = day("2026-05-15")

    @Test func openAuditsComeFirstThenTheMostRecentAcrossPages() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(
                F.audit("OPEN-OLD", unit: "DEPT-A", starts: "2025-11-01", status: .reporting),
                F.audit("OPEN-NEW", unit: "DIV-A1", starts: "2026-04-01", status: .inProgress),
                F.audit("PLANNED", unit: nil, starts: "2026-09-01", status: .planned, kind: .surveillance),
                F.audit("CLOSED-NEW", unit: "DEPT-B", starts: "2026-03-01", status: .closed),
                F.audit("CLOSED-OLD", unit: "DIV-A2", starts: "2025-03-01", status: .closed),
                F.audit("CANCELLED", unit: "DEPT-A", starts: "2026-02-01", status: .cancelled))
            var seen: [String] = []
            for offset in [0, 4] {
                let page = try store.auditsPage(scope: .organisation, asOf: asOf, offset: offset, limit: 4)
                #expect(page.totalCount == 6 && page.openCount == 3 && page.offset == offset)
                seen += page.rows.map(\.audit.id)
            }
            #expect(seen == ["PLANNED", "OPEN-NEW", "OPEN-OLD", "CLOSED-NEW", "CANCELLED", "CLOSED-OLD"])
            let a = try store.auditsPage(scope: UnitScope(rootID: "DEPT-A"), asOf: asOf)
            #expect(a.rows.map(\.audit.id) == ["OPEN-NEW", "OPEN-OLD", "CANCELLED", "CLOSED-OLD"])
            #expect(a.totalCount == 4 && a.openCount == 2)
            #expect(a.rows.map(\.unitName) == ["Tổ một cửa", "Văn phòng Sở", "Văn phòng Sở", "Tổ văn thư"])
        }
    }

    @Test func findingsComeMostSeriousFirstWithTheirActions() throws {
        try withStore { store throws in
            let fixture = try F(store)
            try fixture.put(F.audit("AU", unit: "DEPT-A", starts: "2026-03-01", status: .reporting),
                            F.audit("OTHER", unit: "DEPT-B", starts: "2026-03-01", status: .inProgress))
            try fixture.put(
                F.finding("F-OBS", audit: "AU", grade: .observation),
                F.finding("F-MINOR-2", audit: "AU", grade: .minor, unit: "DIV-A1"),
                F.finding("F-MAJOR", audit: "AU", grade: .major, unit: "DEPT-A"),
                F.finding("F-MINOR-1", audit: "AU", grade: .minor),
                F.finding("F-ELSEWHERE", audit: "OTHER", grade: .major))
            try fixture.put(
                F.action("ACT-LATE", "DEPT-A", due: "2026-05-05", finding: "F-MAJOR"),
                F.action("ACT-DONE", "DEPT-A", due: "2026-04-01", status: .verified, closed: "2026-03-30",
                         finding: "F-MAJOR"),
                F.action("ACT-MINOR", "DIV-A1", due: "2026-06-01", finding: "F-MINOR-2"),
                F.action("ACT-ELSEWHERE", "DEPT-B", due: "2026-04-01", finding: "F-ELSEWHERE"))
            let details = try store.findings(auditID: "AU", asOf: asOf)
            #expect(details.map(\.finding.id) == ["F-MAJOR", "F-MINOR-1", "F-MINOR-2", "F-OBS"])
            #expect(details.map(\.unitName) == ["Văn phòng Sở", nil, "Tổ một cửa", nil])
            #expect(details[0].actions.map(\.action.id) == ["ACT-DONE", "ACT-LATE"])
            #expect(details[0].actions.map(\.daysOverdue) == [nil, 10])
            #expect(details[2].actions.map(\.action.id) == ["ACT-MINOR"])
            #expect(details[1].actions.isEmpty && details[3].actions.isEmpty)
            // Without a day, nothing is said about lateness.
            #expect(try store.findings(auditID: "AU")[0].actions.allSatisfy { $0.daysOverdue == nil })
            #expect(try store.findings(auditID: "NO-SUCH-AUDIT").isEmpty)

            let page = try store.auditsPage(scope: .organisation, asOf: asOf)
            let au = try #require(page.rows.first { $0.audit.id == "AU" })
            #expect(au.findings == FindingCounts(major: 1, minor: 2, observation: 1))
            #expect(au.openActions == 2 && au.overdueActions == 1)
        }
    }
}
