/// A rectangle of cells. Widgets draw only inside the one they are given, which is what
/// lets screens be composed from independent parts.
///
/// Width and height are never negative: operations that would shrink a rectangle past
/// nothing give an empty one, so layout code need not guard against tiny terminals.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The whole of a `width`×`height` screen.
    public init(width: Int, height: Int) {
        self.init(x: 0, y: 0, width: width, height: height)
    }

    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }
    public var area: Int { width * height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The inside of a one-cell border.
    public var inner: Rect { inset(by: 1) }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        inset(top: amount, right: amount, bottom: amount, left: amount)
    }

    /// The rectangle shrunk by `horizontal` on the left and right, `vertical` on top and bottom.
    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        inset(top: vertical, right: horizontal, bottom: vertical, left: horizontal)
    }

    public func inset(top: Int = 0, right: Int = 0, bottom: Int = 0, left: Int = 0) -> Rect {
        let newWidth = max(0, width - left - right)
        let newHeight = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
    }

    public func contains(_ position: Position) -> Bool {
        position.x >= x && position.x < right && position.y >= y && position.y < bottom
    }

    /// The overlap of two rectangles (empty, positioned inside `self`, when they do not meet).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let newRight = min(right, other.right)
        let newBottom = min(bottom, other.bottom)
        if newRight <= left || newBottom <= top {
            return Rect(x: min(max(left, x), right), y: min(max(top, y), bottom), width: 0, height: 0)
        }
        return Rect(x: left, y: top, width: newRight - left, height: newBottom - top)
    }

    /// Row `index` (from 0) as a one-row rectangle; empty when out of range.
    public func row(_ index: Int) -> Rect {
        guard index >= 0 && index < height else { return Rect(x: x, y: y + min(max(index, 0), height), width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    /// A `width`×`height` rectangle centred in this one (clamped to fit).
    public func centered(width: Int, height: Int) -> Rect {
        let clampedWidth = min(max(0, width), self.width)
        let clampedHeight = min(max(0, height), self.height)
        return Rect(x: x + (self.width - clampedWidth) / 2, y: y + (self.height - clampedHeight) / 2,
                    width: clampedWidth, height: clampedHeight)
    }

    /// Splits into rows (`vertical`) or columns (`horizontal`), see `Layout`.
    public func split(_ direction: Layout.Direction, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        Layout(direction, constraints, spacing: spacing).split(self)
    }

    public var description: String { "Rect(x: \(x), y: \(y), width: \(width), height: \(height))" }
}
