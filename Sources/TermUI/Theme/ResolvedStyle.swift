/// What a backend draws a cell with: attributes and palette indices, after the theme,
/// the cell's own attributes and the terminal's colour depth are all taken into account.
///
/// Backends cache one per `Style`, so the theme lookup and colour fitting happen once per
/// style rather than once per cell.
public struct ResolvedStyle: Hashable, Sendable {
    public var attributes: ThemeAttributes
    /// Palette index (see `ColorMapper`); -1 for the terminal's own colour.
    public var foreground: Int
    public var background: Int

    public init(attributes: ThemeAttributes, foreground: Int = ColorMapper.terminalDefault,
                background: Int = ColorMapper.terminalDefault) {
        self.attributes = attributes
        self.foreground = foreground
        self.background = background
    }
}

extension Theme {
    /// How to draw a cell of `style` on a terminal with `depth`: the role's colours fitted
    /// to the palette, its attributes (its mono attributes when there is no colour) and the
    /// cell's own attributes together, so a selected row keeps its reverse video whatever
    /// the theme says.
    public func resolve(_ style: Style, depth: ColorDepth) -> ResolvedStyle {
        let themeStyle = self[style.role]
        var attributes = themeStyle.attributes(for: depth)
        attributes.formUnion(ThemeAttributes(style.attributes))
        let colors = ColorMapper.pair(foreground: themeStyle.fg, background: themeStyle.bg, depth: depth)
        return ResolvedStyle(attributes: attributes, foreground: colors.foreground, background: colors.background)
    }
}
