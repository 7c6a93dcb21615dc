/// A path that discovery did not turn into an export file, and why: skipped (not an
/// export: another extension, a sub-folder, listed twice) or rejected (an error for
/// that path alone: missing, unreadable, a name that names no kind).
public struct DiscoveryNote: Hashable, Sendable {
    public enum Verdict: Hashable, Sendable {
        case skipped
        case rejected
    }

    public let path: String
    public let verdict: Verdict
    public let reason: String

    public init(path: String, verdict: Verdict, reason: String) {
        self.path = path
        self.verdict = verdict
        self.reason = reason
    }
}
