/// Where `Store.actionRows` starts reading the actions list. The keyset seeks
/// (`after`, `before`) cost the rows read wherever the key is; the counted ones
/// cost the rows skipped too, which is nothing for the first and the last page.
public enum ActionListSeek: Hashable, Sendable {
    /// The rows from the start of the list after skipping this many.
    case start(skipping: Int)
    /// The rows that end this many rows before the end of the list (0: the last page).
    case end(skipping: Int)
    /// The rows that follow this key.
    case after(ActionListKey)
    /// The rows that precede this key.
    case before(ActionListKey)
}
