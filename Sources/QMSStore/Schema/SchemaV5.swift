/// Schema version 5: a document insert writes one B-tree, and the due months are
/// kept by whoever changes the due counts, not by a trigger on `document_due`.
///
/// - `documents_by_unit_date` goes. No read uses it: every count comes from the
///   summaries, and documents are only ever looked up by id. It served SQLite's
///   foreign-key check when a unit is deleted (rare: a units file that drops one),
///   which now reads the register once instead (0.14 s for the province demo's
///   1.05 M documents, file cached). Keeping it cost a third of the
///   instructions of a sync of a new register: every row was also inserted, at a
///   random place, into a second B-tree.
/// - The v4 triggers on `document_due` go. They fired once per summary row the
///   bulk batch wrote (35 k instructions each: a trigger program per firing), and
///   the batch already holds the same sums. `DocumentSummaryBatch` now writes
///   `document_due_months` itself; the document update and delete triggers below
///   adjust it next to `document_due`, so every path keeps it equal to a recount.
enum SchemaV5 {
    static let migration = Migration(name: "v5: one B-tree per document, due months written with their days", sql: """
        DROP INDEX documents_by_unit_date;

        DROP TRIGGER document_due_months_insert;
        DROP TRIGGER document_due_months_update;
        DROP TRIGGER document_due_months_delete;

        DROP TRIGGER documents_due_delete;
        CREATE TRIGGER documents_due_delete AFTER DELETE ON documents
        WHEN OLD.due_on IS NOT NULL
        BEGIN
            UPDATE document_due SET
                due_count = due_count - 1,
                on_time_count = on_time_count - coalesce(OLD.done_on <= OLD.due_on, 0)
            WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction
              AND settle_day = CASE WHEN OLD.done_on <= OLD.due_on THEN OLD.done_on ELSE date(OLD.due_on, '+1 day') END;
            DELETE FROM document_due
            WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction
              AND settle_day = CASE WHEN OLD.done_on <= OLD.due_on THEN OLD.done_on ELSE date(OLD.due_on, '+1 day') END
              AND due_count = 0;
            UPDATE document_due_months SET
                due_count = due_count - 1,
                on_time_count = on_time_count - coalesce(OLD.done_on <= OLD.due_on, 0)
            WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7);
            DELETE FROM document_due_months
            WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND due_count = 0;
        END;

        DROP TRIGGER documents_due_update;
        CREATE TRIGGER documents_due_update AFTER UPDATE OF unit_id, direction, date, due_on, done_on ON documents
        WHEN (OLD.unit_id, substr(OLD.date, 1, 7), OLD.direction, OLD.due_on, OLD.done_on)
             IS NOT (NEW.unit_id, substr(NEW.date, 1, 7), NEW.direction, NEW.due_on, NEW.done_on)
        BEGIN
            UPDATE document_due SET
                due_count = due_count - 1,
                on_time_count = on_time_count - coalesce(OLD.done_on <= OLD.due_on, 0)
            WHERE OLD.due_on IS NOT NULL
              AND unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction
              AND settle_day = CASE WHEN OLD.done_on <= OLD.due_on THEN OLD.done_on ELSE date(OLD.due_on, '+1 day') END;
            DELETE FROM document_due
            WHERE OLD.due_on IS NOT NULL
              AND unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction
              AND settle_day = CASE WHEN OLD.done_on <= OLD.due_on THEN OLD.done_on ELSE date(OLD.due_on, '+1 day') END
              AND due_count = 0;
            INSERT INTO document_due (unit_id, month, direction, settle_day, due_count, on_time_count)
            SELECT NEW.unit_id, substr(NEW.date, 1, 7), NEW.direction,
                   CASE WHEN NEW.done_on <= NEW.due_on THEN NEW.done_on ELSE date(NEW.due_on, '+1 day') END,
                   1, coalesce(NEW.done_on <= NEW.due_on, 0)
            WHERE NEW.due_on IS NOT NULL
            ON CONFLICT (unit_id, month, direction, settle_day) DO UPDATE SET
                due_count = due_count + 1,
                on_time_count = on_time_count + excluded.on_time_count;

            UPDATE document_due_months SET
                due_count = due_count - 1,
                on_time_count = on_time_count - coalesce(OLD.done_on <= OLD.due_on, 0)
            WHERE OLD.due_on IS NOT NULL AND unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7);
            DELETE FROM document_due_months
            WHERE OLD.due_on IS NOT NULL AND unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7)
              AND due_count = 0;
            INSERT INTO document_due_months (unit_id, month, due_count, on_time_count)
            SELECT NEW.unit_id, substr(NEW.date, 1, 7), 1, coalesce(NEW.done_on <= NEW.due_on, 0)
            WHERE NEW.due_on IS NOT NULL
            ON CONFLICT (unit_id, month) DO UPDATE SET
                due_count = due_count + 1,
                on_time_count = on_time_count + excluded.on_time_count;
        END;
        """)
}
