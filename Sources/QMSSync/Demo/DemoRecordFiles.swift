import QMSDomain

/// Writes the small kinds (everything but the document register) in the dialect
/// each real source would use, so one demo folder exercises the whole contract:
/// a BOM, `;` with Vietnamese headers and decimal commas, `,` with English headers,
/// TAB, CRLF, quoted fields, NFD text, a JSON array and a JSON bundle.
struct DemoRecordFiles {
    let directory: String
    let year: Int

    private func path(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// `units.csv`: a spreadsheet kept by the ISO secretary, saved with a BOM.
    func units(_ units: [DemoUnit]) throws(DemoError) -> DemoSummary.File {
        var dialect = DemoDialect.spreadsheet
        dialect.byteOrderMark = true
        var table = DemoTable(dialect: dialect, columns: [
            ("id", "Mã đơn vị"), ("name", "Tên đơn vị"), ("parent_id", "Đơn vị cha"), ("kind", "Loại"),
            ("standard", "Tiêu chuẩn"), ("announced_on", "Ngày công bố"), ("mandatory", "Bắt buộc"),
        ])
        for unit in units {
            let r = unit.record
            table.append([r.id, r.name, r.parentID ?? "", r.kind ?? "", r.standard ?? "", dialect.date(r.announcedOn),
                          dialect.bool(r.mandatory)])
        }
        return try write(table, "units.csv", [.units: table.rows.count])
    }

    /// `objectives-YYYY.csv`: the objectives decided by the steering committee, in a
    /// Vietnamese spreadsheet (`;`, `D/M/YYYY`, `98,5`).
    func objectives(_ objectives: [ObjectiveRecord]) throws(DemoError) -> DemoSummary.File {
        var dialect = DemoDialect.spreadsheet
        dialect.dates = .dayMonthYear
        var table = DemoTable(dialect: dialect, columns: [
            ("id", "Mã mục tiêu"), ("title", "Mục tiêu"), ("year", "Năm"), ("unit_id", "Mã đơn vị"),
            ("indicator", "Chỉ số"), ("target", "Chỉ tiêu"), ("measure", "Đơn vị tính"), ("direction", "Chiều"),
            ("margin", "Ngưỡng cảnh báo"), ("owner", "Người phụ trách"), ("due_on", "Hạn"),
        ])
        for (n, o) in objectives.enumerated() {
            // People type the direction either way; an indicator row leaves the defaults.
            let direction: String
            if o.indicator != nil && o.direction == .higher {
                direction = ""
            } else if n % 3 == 0 {
                direction = o.direction.rawValue
            } else {
                direction = o.direction == .higher ? "cao hơn tốt hơn" : "thấp hơn tốt hơn"
            }
            table.append([o.id, o.title, String(o.year), o.unitID ?? "", o.indicator?.rawValue ?? "",
                          dialect.number(o.target), o.indicator == nil ? o.measure : "", direction,
                          dialect.number(o.margin), o.owner ?? "", dialect.date(o.dueOn)])
        }
        return try write(table, "objectives-" + String(year) + ".csv", [.objectives: table.rows.count])
    }

    /// Two measurement files: monthly figures from the e-office and one-stop
    /// systems (English, CRLF) and quarterly survey results typed into a Vietnamese
    /// spreadsheet (`Q1/2026`, `96,4`).
    func measurements(_ measurements: [MeasurementRecord]) throws(DemoError) -> [DemoSummary.File] {
        var english = DemoDialect.english
        english.crlf = true
        let columns = [("objective_id", "Mã mục tiêu"), ("period", "Kỳ"), ("value", "Giá trị"),
                       ("numerator", "Tử số"), ("denominator", "Mẫu số"), ("note", "Ghi chú")]
        var monthly = DemoTable(dialect: english, columns: columns)
        var survey = DemoTable(dialect: DemoDialect.spreadsheet, columns: columns)
        for m in measurements {
            if m.period.granularity == .month {
                monthly.append([m.objectiveID, english.period(m.period), english.number(m.value, decimals: 2),
                                english.number(m.numerator, decimals: 0), english.number(m.denominator, decimals: 0),
                                m.note ?? ""])
            } else {
                let d = survey.dialect
                survey.append([m.objectiveID, d.period(m.period), d.number(m.value, decimals: 2),
                               d.number(m.numerator, decimals: 0), d.number(m.denominator, decimals: 0), m.note ?? ""])
            }
        }
        return [
            try write(monthly, "measurements_" + String(year) + ".csv", [.measurements: monthly.rows.count]),
            try write(survey, "measurements-khao-sat-" + String(year) + ".csv", [.measurements: survey.rows.count]),
        ]
    }

    /// `ket-qua-danh-gia.json` ("audit results"): a bundle from the e-ISO software
    /// holding audits and their findings. Its name names no kind, so it is read as
    /// a bundle.
    func auditBundle(_ plan: DemoAuditPlan) throws(DemoError) -> DemoSummary.File {
        let audits = plan.audits.map { a in
            DemoJSON.object([("id", a.id), ("title", a.title), ("kind", a.kind.rawValue), ("unit_id", a.unitID),
                             ("starts_on", a.startsOn.description), ("ends_on", a.endsOn?.description),
                             ("status", a.status.rawValue), ("lead", a.lead)])
        }
        let findings = plan.findings.map { f in
            DemoJSON.object([("id", f.id), ("audit_id", f.auditID), ("unit_id", f.unitID), ("grade", f.grade.rawValue),
                             ("clause", f.clause), ("description", f.description), ("raised_on", f.raisedOn?.description)])
        }
        let text = "{\n  \"audits\": " + DemoJSON.array(audits, indent: 2)
            + ",\n  \"findings\": " + DemoJSON.array(findings, indent: 2) + "\n}\n"
        return try write(text, "ket-qua-danh-gia.json", [.audits: audits.count, .findings: findings.count])
    }

    /// Actions in the English export of the e-ISO software (quoted titles with
    /// commas and quotes; some owners typed on a machine that stores NFD), or in a
    /// district's Vietnamese spreadsheet when `vietnamese`.
    func actions(_ actions: [ActionRecord], name: String, vietnamese: Bool) throws(DemoError) -> DemoSummary.File {
        let dialect = vietnamese ? DemoDialect.spreadsheet : DemoDialect.english
        var table = DemoTable(dialect: dialect, columns: [
            ("id", "Mã hành động"), ("title", "Nội dung"), ("unit_id", "Mã đơn vị"), ("finding_id", "Mã phát hiện"),
            ("owner", "Người thực hiện"), ("opened_on", "Ngày mở"), ("due_on", "Hạn hoàn thành"),
            ("closed_on", "Ngày hoàn thành"), ("status", "Trạng thái"),
        ])
        for (n, a) in actions.enumerated() {
            let owner = n % 9 == 4 ? a.owner.map(DemoText.decomposed) : a.owner
            table.append([a.id, a.title, a.unitID, a.findingID ?? "", owner ?? "", dialect.date(a.openedOn),
                          dialect.date(a.dueOn), dialect.date(a.closedOn),
                          vietnamese ? DemoRecordFiles.vietnamese(a.status) : a.status.rawValue])
        }
        return try write(table, name, [.actions: table.rows.count])
    }

    /// `procedures.csv`: exported by an e-ISO tool as TAB-separated text with
    /// decomposed (NFD) Vietnamese, dates as `D/M/YYYY`.
    func procedures(_ procedures: [ProcedureRecord]) throws(DemoError) -> DemoSummary.File {
        let dialect = DemoDialect(delimiter: UInt8(ascii: "\t"), vietnamese: false, dates: .dayMonthYear, bools: .digits)
        var table = DemoTable(dialect: dialect, columns: [
            ("id", "Mã quy trình"), ("title", "Tên quy trình"), ("unit_id", "Mã đơn vị"), ("version", "Phiên bản"),
            ("issued_on", "Ngày ban hành"), ("reviewed_on", "Ngày rà soát"), ("status", "Trạng thái"),
        ])
        for p in procedures {
            table.append([p.id, DemoText.decomposed(p.title), p.unitID ?? "", DemoText.decomposed(p.version ?? ""),
                          dialect.date(p.issuedOn), dialect.date(p.reviewedOn), p.status.rawValue])
        }
        return try write(table, "procedures.csv", [.procedures: table.rows.count])
    }

    /// `services.json`: the public-service portal's list, a JSON array. Communes'
    /// one-stop software names the levels in Vietnamese.
    func services(_ services: [ServiceRecord], vietnameseLevelsFor units: Set<String>) throws(DemoError) -> DemoSummary.File {
        let records = services.map { s in
            var level = s.level.rawValue
            if let unit = s.unitID, units.contains(unit) {
                if s.level == .full { level = "toàn trình" }
                if s.level == .partial { level = "một phần" }
            }
            return DemoJSON.object([("id", s.id), ("name", s.name), ("unit_id", s.unitID), ("level", level)])
        }
        return try write(DemoJSON.array(records, indent: 0) + "\n", "services.json", [.services: records.count])
    }

    static func vietnamese(_ status: ActionStatus) -> String {
        switch status {
        case .open: return "mở"
        case .inProgress: return "đang thực hiện"
        case .done: return "đã hoàn thành"
        case .verified: return "đã xác nhận hiệu lực"
        case .cancelled: return "huỷ"
        }
    }

    // MARK: Output

    private func write(_ table: DemoTable, _ name: String, _ rows: [RecordKind: Int]) throws(DemoError) -> DemoSummary.File {
        let size = try table.write(to: path(name))
        return DemoSummary.File(name: name, rows: rows, bytes: size)
    }

    private func write(_ text: String, _ name: String, _ rows: [RecordKind: Int]) throws(DemoError) -> DemoSummary.File {
        let out = try DemoByteWriter(path: path(name))
        out.text(text)
        try out.close()
        return DemoSummary.File(name: name, rows: rows, bytes: out.bytesWritten)
    }
}
