import QMSDomain

/// Audits of the year and what they found, dated around `asOf` so that the
/// dashboard has closed audits with findings, audits still being reported, one in
/// progress, one planned and one cancelled.
struct DemoAuditPlan: Sendable {
    var audits: [AuditRecord] = []
    var findings: [FindingRecord] = []

    static func make(organization: DemoOrganization, scale: DemoScale, asOf: Day,
                     random: inout DemoRandom) -> DemoAuditPlan {
        var plan = DemoAuditPlan()
        switch scale {
        case .department:
            plan.programme(of: organization, unitID: nil, prefix: "DG-", asOf: asOf, random: &random)
            if let centre = organization.unit("STTTT-TTCNTT") {
                let starts = asOf.adding(days: -180)
                plan.audit(AuditRecord(id: "DG-" + String(starts.year) + "-TT", title: "Đánh giá nội bộ tại " + centre.name,
                                       kind: .internal, unitID: centre.id, startsOn: starts, endsOn: starts.adding(days: 1),
                                       status: .closed, lead: DemoPeople.name(&random)),
                           grades: [.minor, .observation, .improvement], units: [centre.id], asOf: asOf, random: &random)
            }
        case .province:
            plan.province(organization, asOf: asOf, random: &random)
        }
        return plan
    }

    /// The year's programme of one organisation: certification last year, two
    /// internal rounds, an inspection, a surveillance audit being reported, an
    /// external check to come and a cross-audit that was cancelled.
    private mutating func programme(of org: DemoOrganization, unitID: String?, prefix: String, asOf: Day,
                                    random: inout DemoRandom) {
        let divisions = org.units.filter { $0.record.parentID == org.root.id }.map(\.id)
        func id(_ starts: Day, _ n: Int) -> String {
            prefix + String(starts.year) + "-" + DemoDialect.pad(n, 2)
        }
        let certification = asOf.adding(days: -330)
        audit(AuditRecord(id: id(certification, 1),
                          title: "Đánh giá chứng nhận lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                          kind: .certification, unitID: unitID, startsOn: certification, endsOn: certification.adding(days: 1),
                          status: .closed, lead: "Trần Quốc Bảo (QUACERT)"),
              grades: [.major, .minor, .minor, .observation], units: divisions, asOf: asOf, random: &random)
        let first = asOf.adding(days: -235)
        audit(AuditRecord(id: id(first, 2), title: "Đánh giá nội bộ lần 1 năm " + String(first.year),
                          kind: .internal, unitID: unitID, startsOn: first, endsOn: first.adding(days: 4),
                          status: .closed, lead: DemoPeople.name(&random)),
              grades: [.major, .minor, .minor, .minor, .observation, .observation, .improvement], units: divisions,
              asOf: asOf, random: &random)
        let inspection = asOf.adding(days: -128)
        audit(AuditRecord(id: id(inspection, 3),
                          title: "Kiểm tra việc áp dụng, duy trì HTQLCL theo Quyết định 19/2014/QĐ-TTg (Sở Khoa học và Công nghệ)",
                          kind: .inspection, unitID: unitID, startsOn: inspection, endsOn: inspection,
                          status: .closed, lead: DemoPeople.name(&random)),
              grades: [.minor, .observation, .improvement], units: divisions, asOf: asOf, random: &random)
        let surveillance = asOf.adding(days: -20)
        audit(AuditRecord(id: id(surveillance, 4), title: "Đánh giá giám sát lần 1 sau chứng nhận",
                          kind: .surveillance, unitID: unitID, startsOn: surveillance, endsOn: surveillance.adding(days: 1),
                          status: .reporting, lead: "Trần Quốc Bảo (QUACERT)"),
              grades: [.minor, .minor, .observation, .improvement], units: divisions, asOf: asOf, random: &random)
        let second = asOf.adding(days: -3)
        audit(AuditRecord(id: id(second, 5), title: "Đánh giá nội bộ lần 2 năm " + String(second.year),
                          kind: .internal, unitID: unitID, startsOn: second, endsOn: asOf.adding(days: 4),
                          status: .inProgress, lead: DemoPeople.name(&random)),
              grades: [.minor, .observation], units: divisions, asOf: asOf, random: &random)
        let external = asOf.adding(days: 21)
        audit(AuditRecord(id: id(external, 6),
                          title: "Kiểm tra công tác cải cách hành chính năm " + String(external.year) + " (Đoàn kiểm tra của UBND tỉnh)",
                          kind: .external, unitID: unitID, startsOn: external, endsOn: external.adding(days: 2),
                          status: .planned, lead: DemoPeople.name(&random)),
              grades: [], units: divisions, asOf: asOf, random: &random)
        let cross = asOf.adding(days: 10)
        audit(AuditRecord(id: id(cross, 7), title: "Đánh giá chéo giữa các phòng chuyên môn",
                          kind: .internal, unitID: unitID, startsOn: cross, endsOn: nil,
                          status: .cancelled, lead: nil),
              grades: [], units: divisions, asOf: asOf, random: &random)
    }

    // MARK: Province

    private mutating func province(_ org: DemoOrganization, asOf: Day, random: inout DemoRandom) {
        programme(of: org, unitID: nil, prefix: "DG-T-", asOf: asOf, random: &random)
        let inspector = org.unit("SKHCN-CCTDC")?.head ?? DemoPeople.name(&random)
        for unit in org.units where unit.tier != .root && unit.tier != .division {
            let divisions = org.units.filter { $0.record.parentID == unit.id }.map(\.id)
            let scope = divisions.isEmpty ? [unit.id] : divisions
            let findingGrades: (inout DemoRandom) -> [FindingGrade] = { random in
                let count = unit.tier == .commune ? random.int(1...3) : random.int(2...6)
                return (0..<count).map { _ in DemoAuditPlan.randomGrade(&random) }
            }
            if unit.tier == .commune && !random.chance(0.45) { continue }
            // First internal round: done and closed.
            let first = asOf.adding(days: -random.int(120...300))
            audit(AuditRecord(id: "DG-" + unit.id + "-01", title: "Đánh giá nội bộ lần 1 năm " + String(first.year),
                              kind: .internal, unitID: unit.id, startsOn: first, endsOn: first.adding(days: random.int(0...2)),
                              status: .closed, lead: DemoPeople.name(&random)),
                  grades: findingGrades(&random), units: scope, asOf: asOf, random: &random)
            guard unit.tier != .commune else { continue }
            // Second round: its status follows from its dates.
            let second = asOf.adding(days: random.int(-60...40))
            let ends = second.adding(days: random.int(1...3))
            var status: AuditStatus
            if random.chance(0.05) {
                status = .cancelled
            } else if ends < asOf.adding(days: -25) {
                status = .closed
            } else if ends < asOf {
                status = .reporting
            } else if second <= asOf {
                status = .inProgress
            } else {
                status = .planned
            }
            audit(AuditRecord(id: "DG-" + unit.id + "-02", title: "Đánh giá nội bộ lần 2 năm " + String(second.year),
                              kind: .internal, unitID: unit.id, startsOn: second,
                              endsOn: status == .cancelled ? nil : ends, status: status, lead: DemoPeople.name(&random)),
                  grades: status == .planned || status == .cancelled ? [] : findingGrades(&random), units: scope,
                  asOf: asOf, random: &random)
            if random.chance(0.3) {
                let day = asOf.adding(days: -random.int(15...250))
                audit(AuditRecord(id: "DG-" + unit.id + "-KT", title: "Kiểm tra việc áp dụng HTQLCL tại " + unit.name,
                                  kind: .inspection, unitID: unit.id, startsOn: day, endsOn: day,
                                  status: day < asOf.adding(days: -20) ? .closed : .reporting, lead: inspector),
                      grades: findingGrades(&random), units: scope, asOf: asOf, random: &random)
            }
            if unit.tier == .agency, unit.record.standard != nil, random.chance(0.5) {
                let day = asOf.adding(days: -random.int(30...200))
                audit(AuditRecord(id: "DG-" + unit.id + "-GS", title: "Đánh giá giám sát của tổ chức chứng nhận",
                                  kind: .surveillance, unitID: unit.id, startsOn: day, endsOn: day.adding(days: 1),
                                  status: .closed, lead: DemoPeople.name(&random)),
                      grades: findingGrades(&random), units: [unit.id], asOf: asOf, random: &random)
            }
        }
    }

    static func randomGrade(_ random: inout DemoRandom) -> FindingGrade {
        let r = random.below(100)
        if r < 8 { return .major }
        if r < 53 { return .minor }
        if r < 85 { return .observation }
        return .improvement
    }

    // MARK: Building blocks

    /// Adds the audit and one finding per grade, raised on days of the audit up to `asOf`.
    private mutating func audit(_ audit: AuditRecord, grades: [FindingGrade], units: [String], asOf: Day,
                                random: inout DemoRandom) {
        audits.append(audit)
        let last = min(audit.endsOn ?? audit.startsOn, asOf)
        guard audit.startsOn <= asOf else { return }
        for (n, grade) in grades.enumerated() {
            let text = random.pick(DemoFindingText.texts(for: grade))
            let raised = audit.startsOn.adding(days: random.int(0...max(0, last.days(since: audit.startsOn))))
            findings.append(FindingRecord(
                id: audit.id + "-PH" + DemoDialect.pad(n + 1, 2), auditID: audit.id,
                unitID: units.isEmpty ? audit.unitID : random.pick(units), grade: grade, clause: text.clause,
                description: text.description, raisedOn: raised))
        }
    }

    /// The corrective action text for a finding (from the same catalogue entry).
    static func actionTitle(for finding: FindingRecord) -> String {
        for text in DemoFindingText.texts(for: finding.grade) where text.description == finding.description {
            return text.action
        }
        return "Khắc phục phát hiện " + finding.id
    }
}
