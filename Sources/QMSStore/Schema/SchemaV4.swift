/// Schema version 4: `document_due_months`, the on-time counts of `document_due`
/// summed over settle days, so `docs_on_time_pct` on a day D reads
/// "all of the month, less what settles after D" instead of every settle day up
/// to D.
///
/// On a province store `document_due` holds a row per unit, month, direction and
/// settle day (117 k for a year); the months table holds 2 k, and the rows that
/// settle after a recent as-of day are a few thousand, found through the
/// settle-day index. `status` spent 60 ms of its 100 ms in the old sum.
///
/// Triggers on `document_due` keep the months equal to a recount through every
/// change, whoever makes it (the bulk summary batch, the document triggers); the
/// month index it replaces served only the old sum. The month index of
/// `document_months` becomes covering.
enum SchemaV4 {
    static let migration = Migration(name: "v4: documents due, by month", sql: """
        CREATE TABLE document_due_months (
            unit_id       TEXT NOT NULL,
            month         TEXT NOT NULL,
            due_count     INTEGER NOT NULL,
            on_time_count INTEGER NOT NULL,
            PRIMARY KEY (unit_id, month)
        ) STRICT, WITHOUT ROWID;

        INSERT INTO document_due_months (unit_id, month, due_count, on_time_count)
        SELECT unit_id, month, sum(due_count), sum(on_time_count)
        FROM document_due GROUP BY unit_id, month;

        -- The month index of `document_months` also carries the two counts the
        -- indicators read, so a few months (a trend's point, a pace's last quarter)
        -- are read from the index alone, without a lookup per row.
        DROP INDEX document_months_by_month;
        CREATE INDEX document_months_by_month
            ON document_months (month, direction, electronic_public, public);

        DROP INDEX document_due_by_month;
        CREATE INDEX document_due_by_settle_day
            ON document_due (settle_day, month, unit_id, due_count, on_time_count);

        CREATE TRIGGER document_due_months_insert AFTER INSERT ON document_due
        BEGIN
            INSERT INTO document_due_months (unit_id, month, due_count, on_time_count)
            VALUES (NEW.unit_id, NEW.month, NEW.due_count, NEW.on_time_count)
            ON CONFLICT (unit_id, month) DO UPDATE SET
                due_count = due_count + excluded.due_count,
                on_time_count = on_time_count + excluded.on_time_count;
        END;

        CREATE TRIGGER document_due_months_update AFTER UPDATE ON document_due
        BEGIN
            UPDATE document_due_months SET
                due_count = due_count - OLD.due_count,
                on_time_count = on_time_count - OLD.on_time_count
            WHERE unit_id = OLD.unit_id AND month = OLD.month;
            INSERT INTO document_due_months (unit_id, month, due_count, on_time_count)
            VALUES (NEW.unit_id, NEW.month, NEW.due_count, NEW.on_time_count)
            ON CONFLICT (unit_id, month) DO UPDATE SET
                due_count = due_count + excluded.due_count,
                on_time_count = on_time_count + excluded.on_time_count;
            DELETE FROM document_due_months
            WHERE unit_id = OLD.unit_id AND month = OLD.month AND due_count = 0;
        END;

        CREATE TRIGGER document_due_months_delete AFTER DELETE ON document_due
        BEGIN
            UPDATE document_due_months SET
                due_count = due_count - OLD.due_count,
                on_time_count = on_time_count - OLD.on_time_count
            WHERE unit_id = OLD.unit_id AND month = OLD.month;
            DELETE FROM document_due_months
            WHERE unit_id = OLD.unit_id AND month = OLD.month AND due_count = 0;
        END;
        """)
}
