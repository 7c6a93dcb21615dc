/// One text value in a table, optionally in its own style (a status in `offTrack`).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    /// Nil: the row's style.
    public var style: Style?

    public init(_ text: String, style: Style? = nil) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// One row of a table; cells beyond the columns are ignored, missing ones are empty.
public struct TableRow: Hashable, Sendable, ExpressibleByArrayLiteral {
    public var cells: [TableCell]
    /// Nil: plain.
    public var style: Style?

    public init(_ cells: [TableCell], style: Style? = nil) {
        self.cells = cells
        self.style = style
    }

    public init(arrayLiteral elements: TableCell...) {
        self.init(elements)
    }
}
