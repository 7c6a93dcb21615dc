/// Schema version 1: every record kind of the export contract, the summaries the
/// store keeps up to date itself, the sync log and the review tables.
///
/// Frozen once released: later changes are new migrations, never edits here.
///
/// Conventions:
/// - Tables are STRICT, so a value of the wrong type (a Double bound where an
///   INTEGER belongs, a number where a date belongs) is an error instead of being
///   stored quietly. CHECK constraints repeat the contract's closed word lists
///   and the shape of dates, to catch bugs in the code that writes them.
///   Word lists are spelled as `=` … `OR` chains rather than `IN (…)`: SQLite
///   evaluates an `IN` list of more than two constants by building a temporary
///   B-tree on every execution of a statement, which took a fifth of the time of
///   each document upsert.
/// - Dates are TEXT 'YYYY-MM-DD', months 'YYYY-MM': they sort as they compare.
/// - Booleans are INTEGER 0/1.
/// - Every column that refers to another record is a FOREIGN KEY (enforced:
///   the store runs with `PRAGMA foreign_keys = ON`) and is indexed, so deleting
///   a unit looks up its referrers instead of scanning millions of documents.
/// - The big, narrow tables (documents, measurements, tallies, document_months)
///   are WITHOUT ROWID: their key is the B-tree, no second index for it.
enum SchemaV1 {
    static let migration = Migration(name: "v1: records, document months, sync log, reviews", sql: sql)

    static let sql = """
    CREATE TABLE units (
        id           TEXT NOT NULL PRIMARY KEY,
        name         TEXT NOT NULL,
        parent_id    TEXT REFERENCES units (id),
        kind         TEXT,
        standard     TEXT,
        announced_on TEXT CHECK (announced_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        mandatory    INTEGER NOT NULL DEFAULT 0 CHECK (mandatory IN (0, 1)),
        CHECK (parent_id IS NOT id)
    ) STRICT;
    CREATE INDEX units_by_parent ON units (parent_id);

    CREATE TABLE objectives (
        id        TEXT NOT NULL PRIMARY KEY,
        title     TEXT NOT NULL,
        year      INTEGER NOT NULL,
        unit_id   TEXT REFERENCES units (id),
        indicator TEXT,
        target    REAL NOT NULL,
        measure   TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
        margin    REAL,
        owner     TEXT,
        due_on    TEXT CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
    ) STRICT;
    CREATE INDEX objectives_by_unit ON objectives (unit_id);
    CREATE INDEX objectives_by_year ON objectives (year, unit_id);

    CREATE TABLE measurements (
        objective_id TEXT NOT NULL REFERENCES objectives (id),
        period       TEXT NOT NULL,
        starts_on    TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        ends_on      TEXT NOT NULL CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        value        REAL NOT NULL,
        numerator    REAL,
        denominator  REAL,
        note         TEXT,
        PRIMARY KEY (objective_id, period)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX measurements_by_end ON measurements (objective_id, ends_on);

    CREATE TABLE audits (
        id        TEXT NOT NULL PRIMARY KEY,
        title     TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind = 'internal' OR kind = 'surveillance' OR kind = 'certification' OR
                                       kind = 'inspection' OR kind = 'external'),
        unit_id   TEXT REFERENCES units (id),
        starts_on TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        ends_on   TEXT CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        status    TEXT NOT NULL CHECK (status = 'planned' OR status = 'in_progress' OR status = 'reporting' OR
                                       status = 'closed' OR status = 'cancelled'),
        lead      TEXT,
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
    ) STRICT;
    CREATE INDEX audits_by_unit ON audits (unit_id);
    CREATE INDEX audits_by_status ON audits (status, starts_on);

    CREATE TABLE findings (
        id          TEXT NOT NULL PRIMARY KEY,
        audit_id    TEXT NOT NULL REFERENCES audits (id),
        unit_id     TEXT REFERENCES units (id),
        grade       TEXT NOT NULL CHECK (grade = 'major' OR grade = 'minor' OR grade = 'observation' OR
                                         grade = 'improvement'),
        clause      TEXT,
        description TEXT NOT NULL,
        raised_on   TEXT CHECK (raised_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
    ) STRICT;
    CREATE INDEX findings_by_audit ON findings (audit_id, grade);
    CREATE INDEX findings_by_unit ON findings (unit_id);

    CREATE TABLE actions (
        id         TEXT NOT NULL PRIMARY KEY,
        title      TEXT NOT NULL,
        unit_id    TEXT NOT NULL REFERENCES units (id),
        finding_id TEXT REFERENCES findings (id),
        owner      TEXT,
        opened_on  TEXT NOT NULL CHECK (opened_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        due_on     TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        closed_on  TEXT CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        status     TEXT NOT NULL CHECK (status = 'open' OR status = 'in_progress' OR status = 'done' OR
                                        status = 'verified' OR status = 'cancelled'),
        CHECK (due_on >= opened_on)
    ) STRICT;
    CREATE INDEX actions_by_status ON actions (status, due_on);
    CREATE INDEX actions_by_unit ON actions (unit_id, status, due_on);
    CREATE INDEX actions_by_finding ON actions (finding_id);

    CREATE TABLE procedures (
        id          TEXT NOT NULL PRIMARY KEY,
        title       TEXT NOT NULL,
        unit_id     TEXT REFERENCES units (id),
        version     TEXT,
        issued_on   TEXT CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        reviewed_on TEXT CHECK (reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        status      TEXT NOT NULL CHECK (status = 'active' OR status = 'draft' OR status = 'retired')
    ) STRICT;
    CREATE INDEX procedures_by_unit ON procedures (unit_id);

    CREATE TABLE services (
        id      TEXT NOT NULL PRIMARY KEY,
        name    TEXT NOT NULL,
        unit_id TEXT REFERENCES units (id),
        level   TEXT NOT NULL CHECK (level = '1' OR level = '2' OR level = '3' OR level = '4' OR
                                     level = 'partial' OR level = 'full')
    ) STRICT;
    CREATE INDEX services_by_unit ON services (unit_id);

    CREATE TABLE documents (
        id           TEXT NOT NULL PRIMARY KEY,
        unit_id      TEXT NOT NULL REFERENCES units (id),
        direction    TEXT NOT NULL CHECK (direction = 'in' OR direction = 'out' OR direction = 'internal'),
        date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        electronic   INTEGER NOT NULL CHECK (electronic IN (0, 1)),
        confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
        due_on       TEXT CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        done_on      TEXT CHECK (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX documents_by_unit_date ON documents (unit_id, date);

    CREATE TABLE tallies (
        unit_id      TEXT NOT NULL REFERENCES units (id),
        month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        direction    TEXT NOT NULL CHECK (direction = 'in' OR direction = 'out' OR direction = 'internal'),
        total        INTEGER NOT NULL CHECK (total >= 0),
        electronic   INTEGER NOT NULL CHECK (electronic >= 0),
        confidential INTEGER NOT NULL CHECK (confidential >= 0),
        with_due     INTEGER NOT NULL DEFAULT 0 CHECK (with_due >= 0),
        on_time      INTEGER NOT NULL DEFAULT 0 CHECK (on_time >= 0),
        as_of        TEXT CHECK (as_of GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        PRIMARY KEY (unit_id, month, direction),
        CHECK (electronic + confidential <= total AND on_time <= with_due AND with_due <= total)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX tallies_by_month ON tallies (month, direction);

    -- Per unit, month and direction, the counts of the document register that the
    -- document indicators need, kept exact by the triggers below in the same
    -- statement as every write to documents, so nothing ever scans the register
    -- to count. Writers must not use INSERT OR REPLACE on documents: REPLACE
    -- deletes without firing DELETE triggers (recursive_triggers is off).
    CREATE TABLE document_months (
        unit_id           TEXT NOT NULL,
        month             TEXT NOT NULL,
        direction         TEXT NOT NULL,
        total             INTEGER NOT NULL,
        electronic_public INTEGER NOT NULL,
        public            INTEGER NOT NULL,
        confidential      INTEGER NOT NULL,
        PRIMARY KEY (unit_id, month, direction)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX document_months_by_month ON document_months (month, direction);

    CREATE TRIGGER documents_count_insert AFTER INSERT ON documents
    BEGIN
        INSERT INTO document_months (unit_id, month, direction, total, electronic_public, public, confidential)
        VALUES (NEW.unit_id, substr(NEW.date, 1, 7), NEW.direction, 1,
                NEW.electronic AND NOT NEW.confidential, NOT NEW.confidential, NEW.confidential)
        ON CONFLICT (unit_id, month, direction) DO UPDATE SET
            total = total + 1,
            electronic_public = electronic_public + excluded.electronic_public,
            public = public + excluded.public,
            confidential = confidential + excluded.confidential;
    END;

    CREATE TRIGGER documents_count_delete AFTER DELETE ON documents
    BEGIN
        UPDATE document_months SET
            total = total - 1,
            electronic_public = electronic_public - (OLD.electronic AND NOT OLD.confidential),
            public = public - (NOT OLD.confidential),
            confidential = confidential - OLD.confidential
        WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction;
        DELETE FROM document_months
        WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction AND total = 0;
    END;

    CREATE TRIGGER documents_count_update AFTER UPDATE OF unit_id, direction, date, electronic, confidential ON documents
    WHEN (OLD.unit_id, substr(OLD.date, 1, 7), OLD.direction, OLD.electronic, OLD.confidential)
         IS NOT (NEW.unit_id, substr(NEW.date, 1, 7), NEW.direction, NEW.electronic, NEW.confidential)
    BEGIN
        UPDATE document_months SET
            total = total - 1,
            electronic_public = electronic_public - (OLD.electronic AND NOT OLD.confidential),
            public = public - (NOT OLD.confidential),
            confidential = confidential - OLD.confidential
        WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction;
        DELETE FROM document_months
        WHERE unit_id = OLD.unit_id AND month = substr(OLD.date, 1, 7) AND direction = OLD.direction AND total = 0;
        INSERT INTO document_months (unit_id, month, direction, total, electronic_public, public, confidential)
        VALUES (NEW.unit_id, substr(NEW.date, 1, 7), NEW.direction, 1,
                NEW.electronic AND NOT NEW.confidential, NOT NEW.confidential, NEW.confidential)
        ON CONFLICT (unit_id, month, direction) DO UPDATE SET
            total = total + 1,
            electronic_public = electronic_public + excluded.electronic_public,
            public = public + excluded.public,
            confidential = confidential + excluded.confidential;
    END;

    -- One row per file a sync looked at; run_id groups the files of one
    -- `isodash sync` so "rejected since the last clean sync" is answerable.
    CREATE TABLE sync_files (
        id          INTEGER PRIMARY KEY,
        run_id      INTEGER NOT NULL,
        name        TEXT NOT NULL,
        path        TEXT NOT NULL,
        sha256      TEXT,
        kind        TEXT,
        state       TEXT NOT NULL CHECK (state = 'applied' OR state = 'skipped' OR state = 'rejected'),
        reason      TEXT,
        started_at  TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        inserted    INTEGER NOT NULL DEFAULT 0 CHECK (inserted >= 0),
        updated     INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
        deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted >= 0),
        unchanged   INTEGER NOT NULL DEFAULT 0 CHECK (unchanged >= 0),
        error_count INTEGER NOT NULL DEFAULT 0 CHECK (error_count >= 0)
    ) STRICT;
    CREATE INDEX sync_files_by_state ON sync_files (state);
    CREATE INDEX sync_files_by_run ON sync_files (run_id, state);
    CREATE INDEX sync_files_applied_sha ON sync_files (sha256) WHERE state = 'applied';

    CREATE TABLE sync_errors (
        file_id     INTEGER NOT NULL REFERENCES sync_files (id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        line        INTEGER,
        record      INTEGER,
        column_name TEXT,
        message     TEXT NOT NULL,
        PRIMARY KEY (file_id, seq)
    ) STRICT, WITHOUT ROWID;

    -- Management reviews typed in the dashboard. No sync ever writes here. A
    -- review keeps the id of the unit it was scoped to even if a later sync
    -- deletes that unit (history is not rewritten), so those ids are not
    -- foreign keys; the frozen snapshot holds the figures as they were shown.
    CREATE TABLE reviews (
        id              INTEGER PRIMARY KEY,
        held_on         TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        title           TEXT NOT NULL,
        chair           TEXT,
        scope_unit_id   TEXT,
        state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
        created_at      TEXT NOT NULL,
        closed_at       TEXT,
        frozen_snapshot TEXT
    ) STRICT;
    CREATE INDEX reviews_by_date ON reviews (held_on);

    CREATE TABLE review_attendees (
        review_id INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        name      TEXT NOT NULL,
        role      TEXT,
        PRIMARY KEY (review_id, position)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE review_entries (
        id         INTEGER PRIMARY KEY,
        review_id  INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        section    TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('note', 'decision')),
        text       TEXT NOT NULL,
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX review_entries_by_review ON review_entries (review_id, section);

    CREATE TABLE review_action_items (
        id         INTEGER PRIMARY KEY,
        review_id  INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
        text       TEXT NOT NULL,
        unit_id    TEXT,
        due_on     TEXT CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX review_action_items_by_review ON review_action_items (review_id);
    """
}
