/// What a sync did with one file.
public enum FileState: String, Hashable, Sendable {
    /// Every row written, in one transaction.
    case applied
    /// Not applied, and that is fine: already applied (same SHA-256), or not an export file.
    case skipped
    /// Had errors: nothing of it was written.
    case rejected
    /// Checked without writing (`isodash check`, `sync --dry-run`): it would apply.
    case checked
}
