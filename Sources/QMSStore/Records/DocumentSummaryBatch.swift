import QMSDomain

/// The document summaries (`document_months`, `document_due`,
/// `document_due_months`) owed for documents inserted in the current transaction,
/// added up in memory and written in one statement per summary row when the
/// transaction is about to end.
///
/// A trigger per inserted document cost 40% of a sync's instructions (SQLite sets
/// up a sub-program for each firing), and a register's million rows fall into a
/// few thousand (unit, month, direction) cells. Updates and deletes, rare in a
/// sync, keep their triggers (schema v1/v2); the batch is written before any of
/// them runs so they always see the summaries up to date.
///
/// Keys are packed integers (a unit's slot, the month as a number, the direction,
/// the settle day's ordinal): no `String` is hashed or kept per row, and a
/// million-row register's quarter of a million `document_due` cells fit in a few
/// megabytes. The batch is also written when it holds `flushThreshold` cells
/// (`isLarge`), which bounds its memory whatever the file; writing early only adds
/// the same counts in more statements.
///
/// The store owns one batch per connection. `Store.write` writes it before
/// committing; code that drives `Connection.transaction` itself (the sync) calls
/// `Store.flushDocumentSummaries()` before it commits.
final class DocumentSummaryBatch {
    /// Cells held before `isLarge` asks for a write: about 3 MB. Tests lower it.
    var flushThreshold = 65_536

    private struct MonthCounts {
        var total: Int32 = 0
        var electronicPublic: Int32 = 0
        var publicCount: Int32 = 0
        var confidential: Int32 = 0

        mutating func add(electronic: Bool, confidential isConfidential: Bool) {
            total += 1
            if isConfidential {
                confidential += 1
            } else {
                publicCount += 1
                if electronic { electronicPublic += 1 }
            }
        }
    }

    private struct DueKey: Hashable {
        var month: UInt64
        var settleDay: Int
    }

    private struct DueCounts {
        var count: Int32 = 0
        var onTime: Int32 = 0

        mutating func add(onTime isOnTime: Bool) {
            count += 1
            if isOnTime { onTime += 1 }
        }

        mutating func add(_ other: DueCounts) {
            count += other.count
            onTime += other.onTime
        }
    }

    /// Unit ids by slot, and back: slots are handed out once per unit for the
    /// connection's life (a province has a few hundred units).
    private var unitIDs: [String] = []
    private var slots: [String: Int] = [:]

    private var months: [UInt64: MonthCounts] = [:]
    private var due: [DueKey: DueCounts] = [:]

    var isEmpty: Bool { months.isEmpty }

    /// True when the batch holds enough cells that it should be written now.
    var isLarge: Bool { months.count + due.count >= flushThreshold }

    /// The slot of a unit id, the small number the batch keys its cells by.
    func slot(for unitID: String) -> Int {
        if let slot = slots[unitID] { return slot }
        let slot = unitIDs.count
        unitIDs.append(unitID)
        slots[unitID] = slot
        return slot
    }

    func add(_ document: DocumentRecord) {
        let (year, month, _) = document.date.components
        add(unitSlot: slot(for: document.unitID), monthIndex: year * 12 + month - 1, direction: document.direction,
            electronic: document.electronic, confidential: document.confidential, dueOn: document.dueOn,
            doneOn: document.doneOn)
    }

    /// Counts one inserted document, given by its parts: `monthIndex` is
    /// `year * 12 + month - 1` of its date.
    func add(unitSlot: Int, monthIndex: Int, direction: DocumentDirection, electronic: Bool, confidential: Bool,
             dueOn: Day?, doneOn: Day?) {
        let key = Self.monthKey(unitSlot: unitSlot, monthIndex: monthIndex, direction: direction)
        months[key, default: MonthCounts()].add(electronic: electronic, confidential: confidential)
        guard let dueOn else { return }
        let onTime = doneOn.map { $0 <= dueOn } ?? false
        let settle = onTime ? doneOn! : dueOn.adding(days: 1)
        due[DueKey(month: key, settleDay: settle.ordinal), default: DueCounts()].add(onTime: onTime)
    }

    func discard() {
        months.removeAll(keepingCapacity: false)
        due.removeAll(keepingCapacity: false)
    }

    /// Adds the pending counts to the summary tables; empties the batch.
    func write(to connection: Connection) throws(SQLiteError) {
        guard !months.isEmpty else { return }
        var monthTexts: [Int: String] = [:]
        let monthStatement = try connection.prepare("""
            INSERT INTO document_months (unit_id, month, direction, total, electronic_public, public, confidential)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            ON CONFLICT (unit_id, month, direction) DO UPDATE SET
                total = total + excluded.total,
                electronic_public = electronic_public + excluded.electronic_public,
                public = public + excluded.public,
                confidential = confidential + excluded.confidential
            """, persistent: true)
        for (key, counts) in months {
            monthStatement.reset()
            try bind(monthKey: key, to: monthStatement, texts: &monthTexts)
            try monthStatement.bind(Self.directions[Int(key & 3)].rawValue, at: 3)
            try monthStatement.bind(Int(counts.total), at: 4)
            try monthStatement.bind(Int(counts.electronicPublic), at: 5)
            try monthStatement.bind(Int(counts.publicCount), at: 6)
            try monthStatement.bind(Int(counts.confidential), at: 7)
            try monthStatement.run()
        }
        monthStatement.reset()
        if !due.isEmpty {
            let dueStatement = try connection.prepare("""
                INSERT INTO document_due (unit_id, month, direction, settle_day, due_count, on_time_count)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (unit_id, month, direction, settle_day) DO UPDATE SET
                    due_count = due_count + excluded.due_count,
                    on_time_count = on_time_count + excluded.on_time_count
                """, persistent: true)
            // The same counts by unit and month (directions and settle days summed),
            // for `document_due_months` (schema v5).
            var dueMonths: [UInt64: DueCounts] = [:]
            for (key, counts) in due {
                dueStatement.reset()
                try bind(monthKey: key.month, to: dueStatement, texts: &monthTexts)
                try dueStatement.bind(Self.directions[Int(key.month & 3)].rawValue, at: 3)
                try dueStatement.bind(Day(ordinal: key.settleDay), at: 4)
                try dueStatement.bind(Int(counts.count), at: 5)
                try dueStatement.bind(Int(counts.onTime), at: 6)
                try dueStatement.run()
                dueMonths[key.month & ~3, default: DueCounts()].add(counts)
            }
            dueStatement.reset()
            let dueMonthStatement = try connection.prepare("""
                INSERT INTO document_due_months (unit_id, month, due_count, on_time_count)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (unit_id, month) DO UPDATE SET
                    due_count = due_count + excluded.due_count,
                    on_time_count = on_time_count + excluded.on_time_count
                """, persistent: true)
            for (key, counts) in dueMonths {
                dueMonthStatement.reset()
                try bind(monthKey: key, to: dueMonthStatement, texts: &monthTexts)
                try dueMonthStatement.bind(Int(counts.count), at: 3)
                try dueMonthStatement.bind(Int(counts.onTime), at: 4)
                try dueMonthStatement.run()
            }
            dueMonthStatement.reset()
        }
        discard()
    }

    // MARK: Keys

    /// Slot, month number and direction in one integer: 2 bits of direction, 30 of
    /// month (years up to 9999 need 17), the slot above.
    private static func monthKey(unitSlot: Int, monthIndex: Int, direction: DocumentDirection) -> UInt64 {
        UInt64(unitSlot) << 32 | UInt64(UInt32(truncatingIfNeeded: monthIndex)) << 2 | directionCode(direction)
    }

    private static func directionCode(_ direction: DocumentDirection) -> UInt64 {
        switch direction {
        case .in: return 0
        case .out: return 1
        case .internal: return 2
        }
    }

    private static let directions: [DocumentDirection] = [.in, .out, .internal]

    /// Binds unit and month ('YYYY-MM') to `?1` and `?2`; `texts` keeps each
    /// month's text for the rest of the write (a few dozen months, thousands of rows).
    private func bind(monthKey key: UInt64, to statement: Statement, texts: inout [Int: String]) throws(SQLiteError) {
        let monthIndex = Int((key >> 2) & 0x3FFF_FFFF)
        let month: String
        if let text = texts[monthIndex] {
            month = text
        } else {
            month = Day(year: monthIndex / 12, month: monthIndex % 12 + 1, day: 1)!.monthKey
            texts[monthIndex] = month
        }
        try statement.bind(unitIDs[Int(key >> 32)], at: 1)
        try statement.bind(month, at: 2)
    }
}
