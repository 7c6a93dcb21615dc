/// One member value of a JSON record, reduced to what the contract reads from it (§1):
/// a string, or a number or boolean as the CSV text it would have been.
public enum JSONCell: Hashable, Sendable {
    /// A string as written, a number's exact literal (`20260101`, `90.5`), or `true`/`false`.
    case text(String)
    /// `null`: an empty value.
    case null
    /// An object or array, which no column holds.
    case nested
}
