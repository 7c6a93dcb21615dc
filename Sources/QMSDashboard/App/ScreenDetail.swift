/// What `Enter` opened on a screen, kept per screen so that jumping to another screen
/// and back returns to it.
public enum ScreenDetail: Hashable, Sendable {
    /// One objective: its figures, trend and the rule that gave its status.
    case objective(id: String)
    /// One audit: its findings by grade and the actions raised from each.
    case audit(id: String)
    /// One file of the sync log with its errors.
    case syncFile(id: Int64)
}
