import QMSDomain

/// Quality objectives for the year and the measurements reported for them.
///
/// Built-in indicators take their value from the other demo data (which is shaped
/// for it); measured objectives get a reported series whose latest value is chosen
/// so that the dashboard shows every status: met, at risk, off track and no data.
struct DemoObjectivePlan: Sendable {
    var objectives: [ObjectiveRecord] = []
    var measurements: [MeasurementRecord] = []

    /// A reported series: its rhythm, where it ends up and how it is counted.
    private struct Series {
        var granularity: Period.Granularity
        var first: Double
        var last: Double
        /// A percentage counted as numerator ÷ denominator; the denominator is drawn from this range.
        var denominators: ClosedRange<Int>? = nil
        var decimals = 1
        var note: String? = nil
    }

    static func make(organization: DemoOrganization, scale: DemoScale, asOf: Day,
                     random: inout DemoRandom) -> DemoObjectivePlan {
        var plan = DemoObjectivePlan()
        switch scale {
        case .department: plan.department(organization, asOf: asOf, random: &random)
        case .province: plan.province(organization, asOf: asOf, random: &random)
        }
        return plan
    }

    // MARK: Department

    private mutating func department(_ org: DemoOrganization, asOf: Day, random: inout DemoRandom) {
        let year = asOf.year
        let root = org.root
        func head(_ id: String) -> String { org.unit(id)?.head ?? root.head }
        let indicators: [(String, String, String?, Indicator, Double, Double?, String)] = [
            ("MT-01", "Tỷ lệ văn bản đến được xử lý trên môi trường mạng", nil, .docsInElectronicPct, 95, nil, "Nguyễn Thị Lan"),
            ("MT-02", "Tỷ lệ văn bản đi được ký số và phát hành điện tử", nil, .docsOutElectronicPct, 90, nil, root.head),
            ("MT-03", "Tỷ lệ văn bản có hạn xử lý được giải quyết đúng hạn", nil, .docsOnTimePct, 98, nil, root.head),
            ("MT-04", "Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình, một phần", nil,
             .servicesOnlinePct, 80, nil, head("STTTT-CDS")),
            ("MT-05", "Tỷ lệ hành động khắc phục hoàn thành đúng hạn", nil, .actionsOnTimePct, 90, 7.5, head("STTTT-VP")),
            ("MT-06", "Tỷ lệ quy trình nội bộ được rà soát, cập nhật trong 12 tháng", nil, .proceduresReviewedPct, 100, nil,
             head("STTTT-VP")),
            ("MT-07", "Tỷ lệ văn bản đến của Văn phòng Sở được xử lý trên môi trường mạng", "STTTT-VP", .docsInElectronicPct,
             100, 3.5, head("STTTT-VP")),
            ("MT-08", "Tỷ lệ văn bản đi của Trung tâm được ký số", "STTTT-TTCNTT", .docsOutElectronicPct, 95, nil,
             head("STTTT-TTCNTT")),
            ("MT-09", "Tỷ lệ thủ tục lĩnh vực bưu chính, viễn thông được cung cấp trực tuyến", "STTTT-BCVT",
             .servicesOnlinePct, 90, nil, head("STTTT-BCVT")),
        ]
        for (id, title, unit, indicator, target, margin, owner) in indicators {
            objectives.append(ObjectiveRecord(id: id, title: title, year: year, unitID: unit, indicator: indicator,
                                              target: target, margin: margin, owner: owner))
        }
        // Measured objectives, one per status the dashboard can show.
        measured(ObjectiveRecord(id: "MT-10", title: "Tỷ lệ tổ chức, cá nhân hài lòng với việc giải quyết thủ tục hành chính",
                                 year: year, unitID: "STTTT-VP-1C", target: 95, owner: head("STTTT-VP-1C")),
                 Series(granularity: .quarter, first: 92.8, last: 96.4, denominators: 280...460,
                        note: "Khảo sát qua phiếu và Cổng dịch vụ công; mẫu phiếu \"M01-HL\""),
                 asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-11", title: "Thời gian giải quyết hồ sơ cấp phép bình quân", year: year,
                                 unitID: "STTTT-TTBCXB", target: 10, measure: "ngày", direction: .lower,
                                 owner: head("STTTT-TTBCXB")),
                 Series(granularity: .month, first: 12.4, last: 10.6, note: "Tính theo ngày làm việc, từ phần mềm một cửa"),
                 asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-12", title: "Số sáng kiến, cải tiến được Hội đồng sáng kiến công nhận", year: year,
                                 target: 6, measure: "sáng kiến", owner: head("STTTT-VP")),
                 Series(granularity: .quarter, first: 0, last: 3, decimals: 0),
                 asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-13", title: "Tỷ lệ công chức, viên chức được đào tạo về TCVN ISO 9001:2015",
                                 year: year, target: 100, owner: head("STTTT-VP")),
                 Series(granularity: .month, first: 71, last: 100, denominators: 62...62),
                 asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-14", title: "Số phản ánh, kiến nghị giải quyết quá hạn", year: year,
                                 unitID: "STTTT-TTRA", target: 0, measure: "phản ánh", direction: .lower, margin: 1,
                                 owner: head("STTTT-TTRA")),
                 Series(granularity: .month, first: 1, last: 3, decimals: 0,
                        note: "Theo dõi trên hệ thống tiếp nhận phản ánh, kiến nghị"),
                 asOf: asOf, random: &random)
        objectives.append(ObjectiveRecord(
            id: "MT-15", title: "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn", year: year,
            unitID: "STTTT-CNTT", target: 100, owner: head("STTTT-CNTT"), dueOn: Day(year: year, month: 9, day: 30)))
        measured(ObjectiveRecord(id: "MT-16", title: "Tỷ lệ hồ sơ được \"số hóa\" kết quả giải quyết; lưu trữ điện tử",
                                 year: year, unitID: "STTTT-VP-1C", target: 90, owner: head("STTTT-VP-1C")),
                 Series(granularity: .half, first: 78, last: 87.5, denominators: 900...1400),
                 asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-17", title: "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn",
                                 year: year, unitID: "STTTT-VP-1C", target: 98.5, owner: head("STTTT-VP-1C")),
                 Series(granularity: .month, first: 97.1, last: 99.2, denominators: 120...260,
                        note: "Số liệu do Bộ phận Một cửa tổng hợp,\nđã đối chiếu với Cổng dịch vụ công của tỉnh"),
                 asOf: asOf, random: &random)
    }

    // MARK: Province

    private mutating func province(_ org: DemoOrganization, asOf: Day, random: inout DemoRandom) {
        let year = asOf.year
        let root = org.root
        let rootIndicators: [(String, Indicator, Double)] = [
            ("Tỷ lệ văn bản đến được xử lý trên môi trường mạng toàn tỉnh", .docsInElectronicPct, 95),
            ("Tỷ lệ văn bản đi được ký số, gửi nhận điện tử toàn tỉnh", .docsOutElectronicPct, 90),
            ("Tỷ lệ văn bản có hạn xử lý được giải quyết đúng hạn", .docsOnTimePct, 97),
            ("Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình, một phần", .servicesOnlinePct, 80),
            ("Tỷ lệ hành động khắc phục hoàn thành đúng hạn", .actionsOnTimePct, 85),
            ("Tỷ lệ quy trình nội bộ được rà soát, cập nhật trong 12 tháng", .proceduresReviewedPct, 100),
        ]
        for (n, (title, indicator, target)) in rootIndicators.enumerated() {
            objectives.append(ObjectiveRecord(id: "MT-T" + DemoDialect.pad(n + 1, 2), title: title, year: year,
                                              indicator: indicator, target: target, owner: root.head))
        }
        measured(ObjectiveRecord(id: "MT-T07", title: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh",
                                 year: year, target: 90, owner: root.head),
                 Series(granularity: .quarter, first: 86.2, last: 91.3, denominators: 1800...2600), asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-T08", title: "Thứ hạng Chỉ số cải cách hành chính (PAR INDEX) của tỉnh",
                                 year: year, target: 15, measure: "hạng", direction: .lower, margin: 5, owner: root.head),
                 Series(granularity: .half, first: 24, last: 19, decimals: 0), asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-T09", title: "Tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến",
                                 year: year, target: 70, owner: root.head),
                 Series(granularity: .month, first: 41, last: 58.5, denominators: 9000...14000), asOf: asOf, random: &random)
        measured(ObjectiveRecord(id: "MT-T10", title: "Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết",
                                 year: year, target: 80, owner: root.head),
                 Series(granularity: .month, first: 70, last: 83.1, denominators: 9000...14000), asOf: asOf, random: &random)
        objectives.append(ObjectiveRecord(
            id: "MT-T11", title: "Tỷ lệ cơ quan, đơn vị áp dụng ISO điện tử", year: year, target: 100,
            owner: root.head, dueOn: Day(year: year, month: 12, day: 15)))

        for unit in org.units {
            switch unit.tier {
            case .root, .division:
                continue
            case .department:
                add(unit, "Tỷ lệ văn bản đến được xử lý trên môi trường mạng", .docsInElectronicPct, 95, year: year)
                if random.chance(0.5) {
                    add(unit, "Tỷ lệ văn bản đi được ký số", .docsOutElectronicPct, 90, year: year)
                } else {
                    add(unit, "Tỷ lệ văn bản giải quyết đúng hạn", .docsOnTimePct, 96, year: year)
                }
                if !unit.serviceNames.isEmpty {
                    let last = random.double(93...99.6)
                    measured(ObjectiveRecord(id: unit.id + "-MT03", title: "Tỷ lệ hồ sơ giải quyết đúng hạn trên hệ thống một cửa điện tử",
                                             year: year, unitID: unit.id, target: 98, owner: unit.head),
                             Series(granularity: .month, first: last - random.double(0...4), last: last,
                                    denominators: 60...400), asOf: asOf, random: &random)
                }
            case .agency:
                add(unit, "Tỷ lệ quy trình nội bộ được rà soát trong 12 tháng", .proceduresReviewedPct, 100, year: year)
            case .district:
                add(unit, "Tỷ lệ văn bản giải quyết đúng hạn", .docsOnTimePct, 95, year: year)
                add(unit, "Tỷ lệ thủ tục hành chính cung cấp trực tuyến", .servicesOnlinePct, 60, year: year)
                let last = random.double(82...96)
                measured(ObjectiveRecord(id: unit.id + "-MT03", title: "Chỉ số hài lòng của người dân (SIPAS) cấp huyện",
                                         year: year, unitID: unit.id, target: 90, owner: unit.head),
                         Series(granularity: .quarter, first: last - random.double(-2...5), last: last,
                                denominators: 150...400), asOf: asOf, random: &random)
            case .commune:
                add(unit, "Tỷ lệ văn bản đến được xử lý trên môi trường mạng", .docsInElectronicPct, 90, year: year)
            }
        }
    }

    private mutating func add(_ unit: DemoUnit, _ title: String, _ indicator: Indicator, _ target: Double, year: Int) {
        let n = objectives.filter { $0.unitID == unit.id }.count + 1
        objectives.append(ObjectiveRecord(id: unit.id + "-MT" + DemoDialect.pad(n, 2), title: title, year: year,
                                          unitID: unit.id, indicator: indicator, target: target, owner: unit.head))
    }

    // MARK: Series

    /// Adds the objective and a series of measurements for the periods of its year
    /// that have ended by `asOf` (at least the first one, so it has data).
    private mutating func measured(_ objective: ObjectiveRecord, _ series: Series, asOf: Day, random: inout DemoRandom) {
        objectives.append(objective)
        let periods = DemoObjectivePlan.reportedPeriods(series.granularity, year: objective.year, asOf: asOf)
        for (i, period) in periods.enumerated() {
            let progress = periods.count == 1 ? 1 : Double(i) / Double(periods.count - 1)
            var value = series.first + (series.last - series.first) * progress
            if i < periods.count - 1 { value += random.double(-1...1) * abs(series.last - series.first) * 0.08 }
            var numerator: Double?
            var denominator: Double?
            if let range = series.denominators {
                let den = random.int(range)
                let num = min(den, Int((value / 100 * Double(den)).rounded()))
                numerator = Double(num)
                denominator = Double(den)
                value = (Double(num) / Double(den) * 1000).rounded() / 10
            } else if series.decimals == 0 {
                value = value.rounded()
            } else {
                value = (value * 10).rounded() / 10
            }
            if i == periods.count - 1, series.denominators == nil { value = series.last }
            var note: String?
            if i == periods.count - 1 { note = series.note }
            measurements.append(MeasurementRecord(objectiveID: objective.id, period: period, value: value,
                                                  numerator: numerator, denominator: denominator, note: note))
        }
    }

    /// The periods of `year` that ended before `asOf`; the first one when none has.
    static func reportedPeriods(_ granularity: Period.Granularity, year: Int, asOf: Day) -> [Period] {
        var result: [Period] = []
        for index in 1...granularity.perYear {
            guard let period = Period(year: year, granularity: granularity, index: index) else { continue }
            if period.end < asOf { result.append(period) }
        }
        if result.isEmpty, let first = Period(year: year, granularity: granularity, index: 1) {
            result.append(first)
        }
        return result
    }
}
