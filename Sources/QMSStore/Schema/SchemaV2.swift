/// Schema version 2: `document_due`, the summary behind `docs_on_time_pct`.
///
/// The indicator asks, on a day D: of the documents with a due date that had
/// settled by D (done, or past due), how many were done on time? A document
/// settles on its `done_on` when that is on or before `due_on` (on time), else the
/// day after `due_on` (late, whether done later or still open). Keeping counts by
/// unit, month of the document's date, direction and settle day lets the
/// dashboard answer for any as-of day with a sum over a few thousand rows, never
/// a scan of the register. Triggers keep it equal to a recount through every
/// insert, update and delete, inside the sync's own transaction; existing stores
/// are backfilled when they upgrade.
enum SchemaV2 {
    static let migration = Migration(name: "v2: documents due, by settle day", sql: sql)

    static let sql = """
    CREATE TABLE document_due (
        unit_id       TEXT NOT NULL,
        month         TEXT NOT NULL,
        direction     TEXT NOT NULL,
        settle_day    TEXT NOT NULL,
        due_count     INTEGER NOT NULL,
        on_time_count INTEGER NOT NULL,
        PRIMARY KEY (unit_id, month, direction, settle_day)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX document_due_by_month ON document_due (month, direction, settle_day);

    INSERT INTO document_due (unit_id, month, direction, settle_day, due_count, on_time_count)
    SELECT unit_id, substr(date, 1, 7), direction,
           CASE WHEN done_on <= due_on THEN done_on ELSE date(due_on, '+1 day') END,
           count(*), sum(coalesce(done_on <= due_on, 0))
    FROM documents WHERE due_on IS NOT NULL
    GROUP BY 1, 2, 3, 4;

    CREATE TRIGGER documents_due_insert AFTER INSERT ON documents
    WHEN NEW.due_on IS NOT NULL
    BEGIN
        INSERT INTO document_due (unit_id, month, direction, settle_day, due_count, on_time_count)
        VALUES (NEW.unit_id, substr(NEW.date, 1, 7), NEW.direction,
                CASE WHEN NEW.done_on <= NEW.due_on THEN NEW.done_on ELSE date(NEW.due_on, '+1 day') END,
                1, coalesce(NEW.done_on <= NEW.due_on, 0))
        ON CONFLICT (unit_id, month, direction, settle_day) DO UPDATE SET
            due_count = due_count + 1,
            on_time_count = on_time_count + excluded.on_time_count;
    END;

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
    END;

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
    END;
    """
}
