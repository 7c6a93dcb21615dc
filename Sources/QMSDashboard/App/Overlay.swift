/// Something drawn over the current screen that takes the keys until it closes.
public enum Overlay: Hashable, Sendable {
    /// Every key, what it does.
    case help
    /// Typing the current screen's filter; `Enter` keeps it, `Esc` clears it.
    case filter
    /// Choosing the unit in scope by typing part of its name or id.
    case unitPicker(query: String)
}
