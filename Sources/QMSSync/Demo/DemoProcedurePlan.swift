import QMSDomain

/// The documented procedures (quy trình) of each unit with a quality system, and
/// the administrative procedures (thủ tục hành chính) it offers citizens.
///
/// Review dates are dealt out in fixed shares rather than drawn one by one, so
/// every seed has procedures not reviewed in 365 days (about one in six), some
/// drafts and some retired ones.
struct DemoProcedurePlan: Sendable {
    var procedures: [ProcedureRecord] = []
    var services: [ServiceRecord] = []

    private enum Review: CaseIterable {
        case recent, newlyIssued, stale, neverReviewed, draft, retired
    }

    static func make(organization: DemoOrganization, scale: DemoScale, asOf: Day,
                     random: inout DemoRandom) -> DemoProcedurePlan {
        var plan = DemoProcedurePlan()
        for unit in organization.units {
            let systemCount: Int
            switch unit.tier {
            case .root, .department, .district: systemCount = DemoCatalog.systemProcedures.count
            case .agency: systemCount = 8
            case .commune: systemCount = unit.record.standard == nil ? 0 : 6
            case .division: systemCount = 0
            }
            var titles: [(String, String?)] = []
            for title in DemoCatalog.systemProcedures.prefix(systemCount) {
                // The organisation-wide system procedures of the department scale belong to no unit.
                titles.append((title, scale == .department && unit.tier == .root ? nil : unit.id))
            }
            for name in unit.serviceNames {
                titles.append(("Quy trình " + DemoText.lowercasedFirst(name), unit.id))
            }
            guard !titles.isEmpty else { continue }
            let reviews = random.shuffled(DemoProcedurePlan.dealtReviews(titles.count))
            for (n, (title, owner)) in titles.enumerated() {
                let id: String
                let system = n < systemCount
                let number = DemoDialect.pad(system ? n + 1 : n - systemCount + 1, 2)
                switch scale {
                case .department:
                    let prefix = unit.tier == .root ? "QT" : "QT-" + String(unit.id.dropFirst("STTTT-".count))
                    id = prefix + (system ? "-HT" : "-TT") + number
                case .province:
                    id = unit.id + (system ? "-QT-HT" : "-QT-TT") + number
                }
                plan.procedures.append(procedure(id: id, title: title, unitID: owner, review: reviews[n],
                                                 asOf: asOf, random: &random))
            }
        }
        plan.services = services(organization, scale: scale, random: &random)
        return plan
    }

    /// `count` review states in fixed shares: 62% reviewed in the last year, 14%
    /// newly issued, 8% reviewed over a year ago, 8% never reviewed, 4% drafts,
    /// 4% retired; at least one stale procedure whenever there are five or more.
    private static func dealtReviews(_ count: Int) -> [Review] {
        func share(_ percent: Int) -> Int { count * percent / 100 }
        var reviews: [Review] = []
        reviews += Array(repeating: .stale, count: max(count >= 5 ? 1 : 0, share(8)))
        reviews += Array(repeating: .neverReviewed, count: max(count >= 10 ? 1 : 0, share(8)))
        reviews += Array(repeating: .draft, count: max(count >= 20 ? 1 : 0, share(4)))
        reviews += Array(repeating: .retired, count: max(count >= 20 ? 1 : 0, share(4)))
        reviews += Array(repeating: .newlyIssued, count: share(14))
        reviews += Array(repeating: .recent, count: max(0, count - reviews.count))
        return Array(reviews.prefix(count))
    }

    private static func procedure(id: String, title: String, unitID: String?, review: Review, asOf: Day,
                                  random: inout DemoRandom) -> ProcedureRecord {
        let major = random.int(1...4)
        let version = String(major) + "." + String(random.int(0...3))
        let old = asOf.adding(days: -random.int(400...2200))
        switch review {
        case .recent:
            return ProcedureRecord(id: id, title: title, unitID: unitID, version: version, issuedOn: old,
                                   reviewedOn: asOf.adding(days: -random.int(3...340)), status: .active)
        case .newlyIssued:
            return ProcedureRecord(id: id, title: title, unitID: unitID, version: "1.0",
                                   issuedOn: asOf.adding(days: -random.int(5...300)), reviewedOn: nil, status: .active)
        case .stale:
            return ProcedureRecord(id: id, title: title, unitID: unitID, version: version, issuedOn: old.adding(days: -400),
                                   reviewedOn: asOf.adding(days: -random.int(380...900)), status: .active)
        case .neverReviewed:
            return ProcedureRecord(id: id, title: title, unitID: unitID, version: "1.0", issuedOn: old,
                                   reviewedOn: nil, status: .active)
        case .draft:
            return ProcedureRecord(id: id, title: title, unitID: unitID, version: String(major + 1) + ".0 (dự thảo)",
                                   issuedOn: nil, reviewedOn: nil, status: .draft)
        case .retired:
            return ProcedureRecord(id: id, title: title, unitID: unitID, version: version, issuedOn: old.adding(days: -300),
                                   reviewedOn: old, status: .retired)
        }
    }

    // MARK: Services

    private static func services(_ org: DemoOrganization, scale: DemoScale, random: inout DemoRandom) -> [ServiceRecord] {
        var result: [ServiceRecord] = []
        switch scale {
        case .department:
            for (n, spec) in DemoCatalog.departmentServices.enumerated() {
                result.append(ServiceRecord(id: nationalCode(n), name: spec.name, unitID: spec.unit,
                                            level: ServiceLevel(rawValue: spec.level)!))
            }
        case .province:
            var codes: [String: String] = [:]
            for unit in org.units {
                for name in unit.serviceNames {
                    let code: String
                    if let known = codes[name] {
                        code = known
                    } else {
                        code = nationalCode(codes.count)
                        codes[name] = code
                    }
                    result.append(ServiceRecord(id: code + "-" + unit.id, name: name, unitID: unit.id,
                                                level: level(for: unit.tier, &random)))
                }
            }
        }
        return result
    }

    /// A code shaped like the national database's ("1.004873"), different for each `n`.
    private static func nationalCode(_ n: Int) -> String {
        "1." + DemoDialect.pad(1_000 + (n * 7_919) % 9_000, 6)
    }

    private static func level(for tier: DemoUnit.Tier, _ random: inout DemoRandom) -> ServiceLevel {
        // Percentages for full, partial, 4, 3, 2 (1 is the rest); communes are behind.
        let weights: [Int]
        switch tier {
        case .commune: weights = [20, 30, 2, 3, 35]
        case .district: weights = [25, 30, 5, 5, 25]
        default: weights = [35, 30, 5, 5, 18]
        }
        var r = random.below(100)
        for (weight, level) in zip(weights, [ServiceLevel.full, .partial, .level4, .level3, .level2]) {
            if r < weight { return level }
            r -= weight
        }
        return .level1
    }
}
