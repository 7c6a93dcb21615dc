/// Where text sits inside a wider space: numbers read best right-aligned, names left.
public enum Alignment: String, Sendable, Hashable, CaseIterable {
    case left
    case center
    case right

    /// Columns of padding to put before content `contentWidth` wide in `width` columns;
    /// centring puts the odd column on the right.
    public func leadingPadding(contentWidth: Int, in width: Int) -> Int {
        let free = max(0, width - contentWidth)
        switch self {
        case .left: return 0
        case .center: return free / 2
        case .right: return free
        }
    }
}
