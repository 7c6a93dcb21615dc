import QMSDomain

/// The document register (sổ văn bản): the one big kind, streamed row by row.
///
/// Rows are ordered by day, as an e-office system exports them. The exact number
/// of rows is fixed up front and dealt out to units by their weight, then to days
/// by weekday, public holiday and a per-unit-per-day jitter, using integer
/// cumulative shares, so the total is exact and the output depends on nothing but
/// the seed. Every field is appended as bytes from tables rendered once (dates,
/// ids, words); a row costs a handful of random draws and memcpys, no `String`.
struct DemoDocumentRegister {
    let organization: DemoOrganization
    let asOf: Day
    let rows: Int
    let seed: UInt64

    /// Rows and bytes written to each file.
    struct Counts: Sendable, Equatable {
        var main = 0
        var local = 0
        var mainBytes = 0
        var localBytes = 0
    }

    /// Writes the register: units with `localRegister` go to `localPath` (the
    /// Vietnamese dialect), the others to `mainPath` (the English one).
    func write(mainPath: String, localPath: String) throws(DemoError) -> Counts {
        let first = Day.startOfYear(asOf.year).ordinal
        let last = asOf.ordinal
        let dayCount = last - first + 1
        let units = organization.units
        let main = try DemoByteWriter(path: mainPath)
        let local = try DemoByteWriter(path: localPath)
        main.text("id,unit_id,direction,date,electronic,confidential,due_on,done_on\n")
        local.text("Số ký hiệu;Mã đơn vị;Loại;Ngày;Điện tử;Mật;Hạn xử lý;Ngày xử lý xong\n")

        // Dates from the first day to 40 days after asOf (the latest deadline), 10 bytes each.
        let dateSpan = dayCount + 40
        var isoDates = [UInt8](), vietnameseDates = [UInt8]()
        isoDates.reserveCapacity(dateSpan * 10)
        vietnameseDates.reserveCapacity(dateSpan * 10)
        for ordinal in first..<(first + dateSpan) {
            let (y, m, d) = Day(ordinal: ordinal).components
            isoDates += Array((DemoDialect.pad(y, 4) + "-" + DemoDialect.pad(m, 2) + "-" + DemoDialect.pad(d, 2)).utf8)
            vietnameseDates += Array((DemoDialect.pad(d, 2) + "/" + DemoDialect.pad(m, 2) + "/" + DemoDialect.pad(y, 4)).utf8)
        }

        // Rows per unit: proportional to weight, remainders to the first units.
        let totalWeight = units.reduce(0) { $0 + $1.documentWeight }
        var quota = units.map { rows * $0.documentWeight / totalWeight }
        var left = rows - quota.reduce(0, +)
        var k = 0
        while left > 0 {
            quota[k % units.count] += 1
            left -= 1
            k += 1
        }

        // Day weights: working days, quieter Fridays, almost nothing at weekends and holidays.
        var dayWeight = [Int](repeating: 0, count: dayCount)
        for i in 0..<dayCount {
            let day = Day(ordinal: first + i)
            let (_, m, d) = day.components
            var w: Int
            switch day.weekday {
            case 1: w = 115
            case 2, 3, 4: w = 100
            case 5: w = 90
            case 6: w = 6
            default: w = 2
            }
            if (m == 1 && d == 1) || (m == 4 && d == 30) || (m == 5 && d == 1) || (m == 9 && d == 2) { w = 3 }
            dayWeight[i] = w
        }
        func jitter(_ unit: Int, _ day: Int) -> Int {
            70 + Int(DemoRandom.mix(seed ^ 0xD0C5, UInt64(unit) << 32 | UInt64(day)) % 61)
        }
        var unitTotal = [Int](repeating: 0, count: units.count)
        for u in units.indices {
            var total = 0
            for i in 0..<dayCount { total += dayWeight[i] * jitter(u, i) }
            unitTotal[u] = max(total, 1)
        }

        // Per-unit, per-month thresholds: electronic shares rise 3 points from
        // January to the month of asOf, so the trend climbs and the year-to-date
        // share sits 1.5 points under the unit's final one whatever asOf is.
        var inThreshold = [UInt64](repeating: 0, count: units.count * 12)
        var outThreshold = [UInt64](repeating: 0, count: units.count * 12)
        let lastMonth = asOf.month - 1
        for (u, unit) in units.enumerated() {
            for month in 0..<12 {
                let lag = lastMonth == 0 ? 0.015 : 0.03 * Double(max(0, lastMonth - month)) / Double(lastMonth)
                inThreshold[u * 12 + month] = DemoRandom.threshold(unit.inElectronic - lag)
                outThreshold[u * 12 + month] = DemoRandom.threshold(unit.outElectronic - lag)
            }
        }
        let confidential = units.map { DemoRandom.threshold($0.confidentialShare) }
        let late = units.map { DemoRandom.threshold($0.lateShare) }
        let stuck = DemoRandom.threshold(0.004)
        let monthOfDay = (0..<dayCount).map { Day(ordinal: first + $0).month - 1 }

        // Id suffixes "-<unit id>" and the words of each dialect.
        let unitIDs = units.map { Array($0.id.utf8) }
        let outKinds: [[UInt8]] = ["CV", "CV", "CV", "CV", "CV", "QĐ", "QĐ", "KH", "TB", "BC", "TTr", "GM"].map { Array($0.utf8) }
        let inKind = Array("VBĐ".utf8), internalKind = Array("NB".utf8)
        let english: [[UInt8]] = [Array(",in,".utf8), Array(",out,".utf8), Array(",internal,".utf8)]
        let vietnamese: [[UInt8]] = [Array(";đến;".utf8), Array(";đi;".utf8), Array(";nội bộ;".utf8)]
        let yes = Array("có".utf8), no = Array("không".utf8)

        var random = DemoRandom(seed: seed, stream: 0xD0C)
        var cumulative = [Int](repeating: 0, count: units.count)
        var emitted = [Int](repeating: 0, count: units.count)
        var sequence = [Int](repeating: 0, count: units.count * 3)
        var counts = Counts()
        let lastDay = dayCount - 1

        isoDates.withUnsafeBufferPointer { iso in
            vietnameseDates.withUnsafeBufferPointer { vi in
                for dayIndex in 0..<dayCount {
                    let month = monthOfDay[dayIndex]
                    for u in units.indices {
                        cumulative[u] += dayWeight[dayIndex] * jitter(u, dayIndex)
                        let due = dayIndex == lastDay ? quota[u] : quota[u] * cumulative[u] / unitTotal[u]
                        let n = due - emitted[u]
                        guard n > 0 else { continue }
                        emitted[u] = due
                        let isLocal = units[u].localRegister
                        let out = isLocal ? local : main
                        let dates = isLocal ? vi : iso
                        if isLocal { counts.local += n } else { counts.main += n }
                        for _ in 0..<n {
                            // Direction: 55% in, 30% out, 15% internal.
                            let pick = random.below(100)
                            let direction = pick < 55 ? 0 : (pick < 85 ? 1 : 2)
                            let isConfidential = random.hit(confidential[u])
                            let threshold = direction == 1 ? outThreshold[u * 12 + month] : inThreshold[u * 12 + month]
                            let isElectronic = !isConfidential && random.hit(threshold)
                            var dueIndex = -1
                            var doneIndex = -1
                            switch direction {
                            case 0:
                                if random.below(100) < 55 { dueIndex = dayIndex + random.int(3...15) }
                            case 2:
                                if random.below(100) < 20 { dueIndex = dayIndex + random.int(5...20) }
                            default:
                                if random.below(100) < 4 { dueIndex = dayIndex + random.int(5...15) }
                            }
                            if dueIndex >= 0 {
                                if random.hit(late[u]) {
                                    doneIndex = dueIndex + random.int(1...12)
                                } else if !random.hit(stuck) {
                                    doneIndex = dayIndex + random.below(dueIndex - dayIndex + 1)
                                }
                            } else if direction == 0, random.below(2) == 0 {
                                doneIndex = dayIndex + random.int(0...5)
                            }
                            if doneIndex > lastDay { doneIndex = -1 }

                            // id: 123/VBĐ-UNIT, 45/QĐ-UNIT, 6/NB-UNIT
                            sequence[u * 3 + direction] += 1
                            out.int(sequence[u * 3 + direction])
                            out.byte(UInt8(ascii: "/"))
                            switch direction {
                            case 0: out.bytes(inKind)
                            case 1: out.bytes(outKinds[random.below(outKinds.count)])
                            default: out.bytes(internalKind)
                            }
                            out.byte(UInt8(ascii: "-"))
                            out.bytes(unitIDs[u])
                            out.byte(isLocal ? UInt8(ascii: ";") : UInt8(ascii: ","))
                            out.bytes(unitIDs[u])
                            out.bytes(isLocal ? vietnamese[direction] : english[direction])
                            out.bytes(UnsafeBufferPointer(rebasing: dates[(dayIndex * 10)..<(dayIndex * 10 + 10)]))
                            if isLocal {
                                out.byte(UInt8(ascii: ";"))
                                out.bytes(isElectronic ? yes : no)
                                out.byte(UInt8(ascii: ";"))
                                if isConfidential { out.byte(UInt8(ascii: "x")) }
                                out.byte(UInt8(ascii: ";"))
                            } else {
                                out.byte(UInt8(ascii: ","))
                                out.byte(isElectronic ? UInt8(ascii: "1") : UInt8(ascii: "0"))
                                out.byte(UInt8(ascii: ","))
                                out.byte(isConfidential ? UInt8(ascii: "1") : UInt8(ascii: "0"))
                                out.byte(UInt8(ascii: ","))
                            }
                            if dueIndex >= 0 {
                                out.bytes(UnsafeBufferPointer(rebasing: dates[(dueIndex * 10)..<(dueIndex * 10 + 10)]))
                            }
                            out.byte(isLocal ? UInt8(ascii: ";") : UInt8(ascii: ","))
                            if doneIndex >= 0 {
                                out.bytes(UnsafeBufferPointer(rebasing: dates[(doneIndex * 10)..<(doneIndex * 10 + 10)]))
                            }
                            out.byte(UInt8(ascii: "\n"))
                        }
                    }
                }
            }
        }
        try main.close()
        try local.close()
        counts.mainBytes = main.bytesWritten
        counts.localBytes = local.bytesWritten
        return counts
    }
}
