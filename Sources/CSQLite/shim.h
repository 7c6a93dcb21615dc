// The SQLite C API for Swift. Only QMSStore/SQLite imports this module.
#ifndef ISODASH_CSQLITE_SHIM_H
#define ISODASH_CSQLITE_SHIM_H

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

// SQLITE_STATIC and SQLITE_TRANSIENT are casts of integers to function
// pointers, which Swift cannot import as macros.
static inline sqlite3_destructor_type isodash_sqlite_static(void) { return SQLITE_STATIC; }
static inline sqlite3_destructor_type isodash_sqlite_transient(void) { return SQLITE_TRANSIENT; }

// Prints every statement's run time and text to stderr when it finishes:
// `ISODASH_TRACE_SQL=1 isodash status` shows where a command spends its time.
static inline int isodash_sqlite_profile_callback(unsigned mask, void *context, void *statement, void *elapsed) {
    (void)mask; (void)context;
    char *sql = sqlite3_expanded_sql((sqlite3_stmt *)statement);
    fprintf(stderr, "sql %8.3f ms  %s\n", (double)*(sqlite3_int64 *)elapsed / 1e6, sql ? sql : "?");
    sqlite3_free(sql);
    return 0;
}
static inline void isodash_sqlite_profile_if_requested(sqlite3 *db) {
    if (getenv("ISODASH_TRACE_SQL") == 0) return;
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, isodash_sqlite_profile_callback, 0);
}

#endif
