import QMSDomain

/// The document summaries (`document_months`, `document_due`) owed for documents
/// inserted in the current transaction, added up in memory and written in one
/// statement per summary row when the transaction is about to end.
///
/// A trigger per inserted document cost 40% of a sync's instructions (SQLite sets
/// up a sub-program for each firing), and a register's million rows fall into a
/// few thousand (unit, month, direction) cells. Updates and deletes, rare in a
/// sync, keep their triggers (schema v1/v2); the batch is written before any of
/// them runs so they always see the summaries up to date.
///
/// The store owns one batch per connection. `Store.write` writes it before
/// committing; code that drives `Connection.transaction` itself (the sync) calls
/// `Store.flushDocumentSummaries()` before it commits.
final class DocumentSummaryBatch {
    private struct MonthKey: Hashable {
        var unitID: String
        /// The month as `year * 12 + month - 1`: no text is made per row, only at `write`.
        var month: Int
        var direction: DocumentDirection

        var monthText: String {
            Day(year: month / 12, month: month % 12 + 1, day: 1)!.monthKey
        }
    }

    private struct MonthCounts {
        var total = 0
        var electronicPublic = 0
        var publicCount = 0
        var confidential = 0
    }

    private struct DueKey: Hashable {
        var month: MonthKey
        var settleDay: Day
    }

    private var months: [MonthKey: MonthCounts] = [:]
    private var due: [DueKey: (count: Int, onTime: Int)] = [:]

    var isEmpty: Bool { months.isEmpty }

    func add(_ document: DocumentRecord) {
        let key = MonthKey(unitID: document.unitID, month: document.date.year * 12 + document.date.month - 1,
                           direction: document.direction)
        var counts = months[key, default: MonthCounts()]
        counts.total += 1
        if document.confidential {
            counts.confidential += 1
        } else {
            counts.publicCount += 1
            if document.electronic { counts.electronicPublic += 1 }
        }
        months[key] = counts
        guard let dueOn = document.dueOn else { return }
        let onTime = document.doneOn.map { $0 <= dueOn } ?? false
        let settle = onTime ? document.doneOn! : dueOn.adding(days: 1)
        let dueKey = DueKey(month: key, settleDay: settle)
        let previous = due[dueKey] ?? (0, 0)
        due[dueKey] = (previous.count + 1, previous.onTime + (onTime ? 1 : 0))
    }

    func discard() {
        months.removeAll(keepingCapacity: true)
        due.removeAll(keepingCapacity: true)
    }

    /// Adds the pending counts to the summary tables; empties the batch.
    func write(to connection: Connection) throws(SQLiteError) {
        guard !months.isEmpty else { return }
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
            try monthStatement.bind(key.unitID, at: 1)
            try monthStatement.bind(key.monthText, at: 2)
            try monthStatement.bind(key.direction.rawValue, at: 3)
            try monthStatement.bind(counts.total, at: 4)
            try monthStatement.bind(counts.electronicPublic, at: 5)
            try monthStatement.bind(counts.publicCount, at: 6)
            try monthStatement.bind(counts.confidential, at: 7)
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
            for (key, counts) in due {
                dueStatement.reset()
                try dueStatement.bind(key.month.unitID, at: 1)
                try dueStatement.bind(key.month.monthText, at: 2)
                try dueStatement.bind(key.month.direction.rawValue, at: 3)
                try dueStatement.bind(key.settleDay, at: 4)
                try dueStatement.bind(counts.count, at: 5)
                try dueStatement.bind(counts.onTime, at: 6)
                try dueStatement.run()
            }
            dueStatement.reset()
        }
        discard()
    }
}
