import QMSDomain

/// Corrective and preventive actions, shaped around `asOf` so that the overdue
/// list has something in every age bucket (a few days, 1–30, 31–60, 61–90, over
/// 90 days, including the bucket edges), some are due in the next two weeks, and
/// closed ones are on time, late, verified or cancelled.
struct DemoActionPlan: Sendable {
    var actions: [ActionRecord] = []

    /// What an action's dates and status should show on `asOf`.
    enum Shape: Sendable, Equatable {
        /// Open or in progress, due `days` days before `asOf`.
        case overdue(Int)
        /// Open or in progress, due `days` days after `asOf` (0: due today).
        case due(Int)
        case doneOnTime
        case doneLate
        case verified
        case cancelled
    }

    /// The shapes every organisation gets once, whatever the seed: the bucket
    /// edges of the overdue list and the 14-day "due soon" window.
    static let guaranteedShapes: [Shape] = [
        .overdue(1), .overdue(3), .overdue(12), .overdue(30), .overdue(31), .overdue(45), .overdue(60),
        .overdue(61), .overdue(75), .overdue(90), .overdue(91), .overdue(130), .overdue(210),
        .due(0), .due(3), .due(7), .due(14), .due(35), .due(70),
        .doneOnTime, .doneOnTime, .doneOnTime, .doneLate, .doneLate, .verified, .verified, .cancelled, .cancelled,
    ]

    static func make(organization: DemoOrganization, audits: DemoAuditPlan, scale: DemoScale, asOf: Day,
                     random: inout DemoRandom) -> DemoActionPlan {
        var plan = DemoActionPlan()
        var sequence: [String: Int] = [:]
        func nextID(_ unit: DemoUnit) -> String {
            switch scale {
            case .department:
                let n = (sequence["", default: 0]) + 1
                sequence[""] = n
                return "KP-" + String(asOf.year) + "-" + DemoDialect.pad(n, 3)
            case .province:
                let n = (sequence[unit.id, default: 0]) + 1
                sequence[unit.id] = n
                return "KP-" + unit.id + "-" + DemoDialect.pad(n, 3)
            }
        }
        func unit(_ id: String?) -> DemoUnit {
            id.flatMap { organization.unit($0) } ?? organization.root
        }

        // Actions that answer findings: nonconformities always, the rest sometimes.
        for finding in audits.findings {
            let count: Int
            switch finding.grade {
            case .major: count = random.chance(0.4) ? 2 : 1
            case .minor: count = 1
            case .observation, .improvement: count = random.chance(0.5) ? 1 : 0
            }
            let owner = unit(finding.unitID)
            let earliest = (finding.raisedOn ?? asOf).adding(days: random.int(0...4))
            for n in 0..<count {
                var title = DemoAuditPlan.actionTitle(for: finding)
                if n == 1 { title = "Phân tích nguyên nhân gốc rễ: " + DemoText.lowercasedFirst(finding.description) }
                let shape = DemoActionPlan.randomShape(&random)
                plan.add(id: nextID(owner), title: title, unit: owner, findingID: finding.id, shape: shape,
                         earliest: min(earliest, asOf), asOf: asOf, random: &random)
            }
        }

        // Actions decided elsewhere (management review, risk register, complaints).
        let year = asOf.year
        let quarter = (asOf.month - 1) / 3 + 1
        let owners = organization.units.filter { $0.tier != .commune }
        for (i, shape) in guaranteedShapes.enumerated() {
            let owner = owners[i % owners.count]
            plan.standalone(id: nextID(owner), unit: owner, shape: shape, template: i, year: year, quarter: quarter,
                            asOf: asOf, random: &random)
        }
        for owner in organization.units {
            let count: Int
            switch (scale, owner.tier) {
            case (.department, .root): count = 8
            case (.department, _): count = random.int(1...3)
            case (.province, .root): count = 20
            case (.province, .department): count = random.int(14...22)
            case (.province, .district): count = random.int(10...16)
            case (.province, .agency): count = random.int(5...9)
            case (.province, .division): count = random.int(2...5)
            case (.province, .commune): count = random.int(5...9)
            }
            for _ in 0..<count {
                plan.standalone(id: nextID(owner), unit: owner, shape: DemoActionPlan.randomShape(&random),
                                template: nil, year: year, quarter: quarter, asOf: asOf, random: &random)
            }
        }
        return plan
    }

    static func randomShape(_ random: inout DemoRandom) -> Shape {
        let r = random.below(100)
        switch r {
        case ..<35: return .doneOnTime
        case ..<49: return .verified
        case ..<61: return .doneLate
        case ..<77:
            // Overdue: mostly recent, with a long tail.
            let bucket = random.below(100)
            if bucket < 40 { return .overdue(random.int(1...30)) }
            if bucket < 65 { return .overdue(random.int(31...60)) }
            if bucket < 80 { return .overdue(random.int(61...90)) }
            return .overdue(random.int(91...240))
        case ..<83: return .due(random.int(0...14))
        case ..<95: return .due(random.int(15...150))
        default: return .cancelled
        }
    }

    /// An action decided outside audits; `template` picks its wording (nil: at random).
    private mutating func standalone(id: String, unit: DemoUnit, shape: Shape, template: Int?, year: Int, quarter: Int,
                                     asOf: Day, random: inout DemoRandom) {
        let templates = DemoFindingText.standaloneActions
        let template = template.map { templates[$0 % templates.count] } ?? random.pick(templates)
        var title = DemoText.fill(template, year: year, quarter: quarter)
        if unit.tier != .root && random.chance(0.3) { title += " tại " + unit.name }
        let earliest: Day
        switch shape {
        case .overdue(let days): earliest = asOf.adding(days: -days - random.int(15...100))
        case .due(let days): earliest = asOf.adding(days: -random.int(max(5, 30 - days)...max(20, 120 - days)))
        default: earliest = asOf.adding(days: -random.int(20...250))
        }
        add(id: id, title: title, unit: unit, findingID: nil, shape: shape, earliest: earliest, asOf: asOf, random: &random)
    }

    /// Adds an action opened no earlier than `earliest` with the dates and status
    /// `shape` asks for, or the nearest feasible shape when the finding is too
    /// recent for it (an action cannot be due before it was opened).
    private mutating func add(id: String, title: String, unit: DemoUnit, findingID: String?, shape: Shape,
                              earliest: Day, asOf: Day, random: inout DemoRandom) {
        let owner = random.chance(0.7) ? unit.head : DemoPeople.name(&random)
        let pending: ActionStatus = random.chance(0.4) ? .open : .inProgress
        let available = asOf.days(since: earliest)  // days between the earliest opening and asOf
        func record(_ opened: Day, _ due: Day, _ closed: Day?, _ status: ActionStatus) {
            precondition(due >= opened && (closed == nil || closed! >= opened))
            actions.append(ActionRecord(id: id, title: title, unitID: unit.id, findingID: findingID, owner: owner,
                                        openedOn: opened, dueOn: due, closedOn: closed, status: status))
        }
        switch shape {
        case .overdue(let days) where available >= days + 7:
            // Opened within days of the finding (or the decision), however long ago.
            let due = asOf.adding(days: -days)
            let opened = earliest.adding(days: random.int(0...min(5, due.days(since: earliest))))
            record(opened, due, nil, pending)
        case .due(let days):
            let due = asOf.adding(days: days)
            let opened = earliest.adding(days: random.int(0...min(5, available)))
            record(opened, due, nil, pending)
        case .doneOnTime where available >= 6, .verified where available >= 6:
            let opened = earliest.adding(days: random.int(0...min(3, available - 6)))
            let due = opened.adding(days: random.int(15...90))
            let latest = min(due, asOf)
            let closed = opened.adding(days: random.int(min(3, latest.days(since: opened))...latest.days(since: opened)))
            let verified = shape == .verified && asOf.days(since: closed) >= 10
            record(opened, due, closed, verified ? .verified : .done)
        case .doneLate where available >= 12:
            let opened = earliest.adding(days: random.int(0...3))
            let due = opened.adding(days: random.int(7...max(7, min(60, asOf.days(since: opened) - 3))))
            let closed = due.adding(days: random.int(1...asOf.days(since: due)))
            record(opened, due, closed, random.chance(0.3) ? .verified : .done)
        case .cancelled:
            let opened = earliest
            let due = opened.adding(days: random.int(30...90))
            let closed: Day? = random.chance(0.5) && available >= 1 ? opened.adding(days: random.int(1...min(30, available))) : nil
            record(opened, due, closed, .cancelled)
        default:
            // Too recent for the shape asked: due in the coming weeks instead.
            add(id: id, title: title, unit: unit, findingID: findingID, shape: .due(random.int(5...45)),
                earliest: earliest, asOf: asOf, random: &random)
        }
    }
}
