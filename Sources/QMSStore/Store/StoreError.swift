import QMSDomain

/// Why the store could not do what was asked, worded for the person at the terminal.
///
/// Each case carries what the message needs (the path, the record's kind and
/// key) so the command line prints `description` as is and a script can still
/// switch on the case.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// No store file at the path (a read-only open never creates one).
    case missing(String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// An SQLite database that belongs to some other program.
    case notAnIsodashStore(path: String)
    /// The file or its folder could not be opened (a folder, no permission …).
    case cannotOpen(path: String, reason: String)
    /// The folders or the file of a new store could not be created.
    case cannotCreate(path: String, reason: String)
    /// A read-write open found a file it may not write.
    case notWritable(path: String)
    /// The store was written by a newer isodash whose schema this one does not know.
    case newerVersion(path: String, found: Int, supported: Int)
    /// A read-only open found an older schema, which only a writing command upgrades.
    case needsUpgrade(path: String, found: Int, current: Int)
    /// A schema upgrade step failed; the store was left as it was.
    case migrationFailed(path: String, migration: String, cause: SQLiteError)
    /// A write on a store opened read-only.
    case readOnly(path: String)
    /// A record refers (through one of `columns`) to a record that is not in the store.
    case missingReference(kind: RecordKind, key: String, columns: [String])
    /// A record cannot be deleted while records of `referencedBy` still refer to it.
    case stillReferenced(kind: RecordKind, key: String, referencedBy: [RecordKind])
    /// A record breaks a rule of the schema (a CHECK constraint): a bug in
    /// whatever validated it, reported rather than stored.
    case invalidRecord(kind: RecordKind, key: String, reason: String)
    /// A stored value could not be read back as its type: the file was changed
    /// by something other than isodash, or is damaged.
    case corrupt(table: String, column: String, value: String?)
    /// A read model was asked about a unit the store does not hold (a mistyped
    /// `--unit`, or a unit a later sync deleted).
    case unknownUnit(String)
    /// A read model was asked about an objective the store does not hold.
    case unknownObjective(String)
    /// A review command named a review the store does not hold.
    case unknownReview(Int64)
    /// Something was to be added to a review that is already closed.
    case reviewClosed(Int64)
    /// A note, decision or action item with no text.
    case emptyReviewText
    /// An action item due before the review that decides it.
    case dueBeforeReview(dueOn: Day, heldOn: Day)
    /// Any other SQLite failure (busy beyond the timeout, disk full, I/O error …).
    case sqlite(SQLiteError)

    public var description: String {
        switch self {
        case .missing(let path):
            return "no isodash store at \(path): run `isodash sync PATH…` to import export files, "
                + "or `isodash demo` to create a store with sample data (or choose another store with --db PATH or ISODASH_DB)"
        case .notADatabase(let path):
            return "\(path) is not an SQLite database; check --db or ISODASH_DB, which should name an isodash store"
        case .notAnIsodashStore(let path):
            return "\(path) is an SQLite database of some other program, not an isodash store; "
                + "isodash leaves it untouched. Pass --db with an isodash store or a new file name"
        case .cannotOpen(let path, let reason):
            return "cannot open the store \(path): \(reason)"
        case .cannotCreate(let path, let reason):
            return "cannot create the store \(path): \(reason)"
        case .notWritable(let path):
            return "the store \(path) cannot be written (check the permissions of the file and its folder); "
                + "reading commands such as `isodash status` still work"
        case .newerVersion(let path, let found, let supported):
            return "the store \(path) was written by a newer isodash (schema version \(found); "
                + "this isodash knows versions up to \(supported)): upgrade isodash to use it"
        case .needsUpgrade(let path, let found, let current):
            if found == 0 {
                return "the store \(path) is empty: run `isodash sync PATH…` or `isodash demo` first to set it up"
            }
            return "the store \(path) has schema version \(found) and this isodash needs \(current); "
                + "a writing command upgrades it in place: run `isodash sync` once, then try again"
        case .migrationFailed(let path, let migration, let cause):
            return "upgrading the store \(path) failed at step '\(migration)'; the store was left unchanged: \(cause)"
        case .readOnly(let path):
            return "the store \(path) is open read-only, so nothing can be changed here; "
                + "changes are made by writing commands such as `isodash sync`"
        case .missingReference(let kind, let key, let columns):
            let which = columns.isEmpty ? "" : " (check \(columns.joined(separator: ", ")))"
            return "\(kind.rawValue) '\(key)' refers to a record that is not in the store\(which)"
        case .stillReferenced(let kind, let key, let referencedBy):
            let by = referencedBy.isEmpty ? "other records" : referencedBy.map(\.rawValue).joined(separator: ", ")
            return "cannot delete \(kind.rawValue) '\(key)': \(by) still refer to it; delete or change those first"
        case .invalidRecord(let kind, let key, let reason):
            return "\(kind.rawValue) '\(key)' breaks a rule of the store: \(reason)"
        case .corrupt(let table, let column, let value):
            return "the store holds a value it cannot read in \(table).\(column)"
                + (value.map { " ('\($0)')" } ?? " (NULL)")
                + ": the file was changed outside isodash or is damaged"
        case .unknownUnit(let id):
            return "no unit with id '\(id)' in the store (ids are case-sensitive): check the id, "
                + "or run `isodash status` without --unit to see the whole organisation"
        case .unknownObjective(let id):
            return "no objective with id '\(id)' in the store (ids are case-sensitive); "
                + "it may have been deleted by a later sync"
        case .unknownReview(let id):
            return "there is no review \(id); 'isodash review list' shows the reviews there are"
        case .reviewClosed(let id):
            return "review \(id) is closed and its minutes are final; open a new review to record more"
        case .emptyReviewText:
            return "the text is empty; type something or press Esc to cancel"
        case .dueBeforeReview(let dueOn, let heldOn):
            return "the due date \(dueOn) is before the review (\(heldOn)); expected a day on or after it"
        case .sqlite(let error):
            if error.isBusy {
                return "the store is busy (another isodash is writing to it); try again in a moment: \(error)"
            }
            if error.isFull {
                return "the disk holding the store is full (or the store reached its size limit): "
                    + "free some space and try again (\(error))"
            }
            if error.isIOError {
                return "the store could not be read or written on disk: the disk may be full, over a file size "
                    + "limit (ulimit -f) or failing; free some space or check the disk and try again (\(error))"
            }
            return error.description
        }
    }

    /// Runs SQLite work and reports its failure as `.sqlite`.
    static func wrap<T>(_ body: () throws(SQLiteError) -> T) throws(StoreError) -> T {
        do {
            return try body()
        } catch {
            throw .sqlite(error)
        }
    }
}
