/// Fits theme colours (`#RRGGBB`) to the palette a terminal has.
///
/// Pure functions, so the ncurses backend only asks for indices and the mapping is
/// tested without a terminal. Indices follow curses: 0–7 the ANSI colours, 16–255 the
/// xterm cube and grey ramp, -1 the terminal's own colour (with `use_default_colors`).
public enum ColorMapper {
    /// The terminal's own foreground or background.
    public static let terminalDefault = -1

    /// Channel values of the xterm 6×6×6 colour cube (indices 16–231).
    public static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The eight ANSI colours as xterm draws them by default; terminals vary, which is
    /// why 8-colour mapping only has to pick the right hue family.
    public static let ansi8Palette: [RGB] = [
        RGB(red: 0, green: 0, blue: 0), RGB(red: 205, green: 0, blue: 0),
        RGB(red: 0, green: 205, blue: 0), RGB(red: 205, green: 205, blue: 0),
        RGB(red: 0, green: 0, blue: 238), RGB(red: 205, green: 0, blue: 205),
        RGB(red: 0, green: 205, blue: 205), RGB(red: 229, green: 229, blue: 229),
    ]

    /// The nearest xterm-256 index, from the colour cube (16–231) or the grey ramp
    /// (232–255), whichever is closer; the cube on a tie. Indices 0–15 are skipped
    /// because terminals let users redefine them.
    public static func xterm256(_ color: RGB) -> Int {
        let red = cubeIndex(color.red), green = cubeIndex(color.green), blue = cubeIndex(color.blue)
        let cube = 16 + 36 * red + 6 * green + blue
        let mean = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let greyStep = min(23, max(0, (mean - 8 + 5) / 10))
        let grey = 232 + greyStep
        return color.distanceSquared(to: rgb(ofXterm256: grey)) < color.distanceSquared(to: rgb(ofXterm256: cube))
            ? grey : cube
    }

    /// The nearest of the eight ANSI colours (0–7).
    public static func ansi8(_ color: RGB) -> Int {
        var best = 0
        var bestDistance = Int.max
        for (index, entry) in ansi8Palette.enumerated() {
            let distance = color.distanceSquared(to: entry)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// The index for `color` at `depth`: -1 for no colour (the terminal's own) and for
    /// every colour on a monochrome terminal.
    public static func index(_ color: RGB?, depth: ColorDepth) -> Int {
        guard let color else { return terminalDefault }
        switch depth {
        case .monochrome: return terminalDefault
        case .ansi8: return ansi8(color)
        case .ansi256: return xterm256(color)
        }
    }

    /// Foreground and background indices for a style. When two different theme colours
    /// land on the same palette entry (likely with 8 colours), the text would vanish, so
    /// the foreground becomes black or white, whichever stands out more from the background.
    public static func pair(foreground: RGB?, background: RGB?, depth: ColorDepth) -> (foreground: Int, background: Int) {
        var fg = index(foreground, depth: depth)
        let bg = index(background, depth: depth)
        if let foreground, let background, foreground != background, fg == bg, fg != terminalDefault {
            let black = RGB(red: 0, green: 0, blue: 0), white = RGB(red: 255, green: 255, blue: 255)
            let useBlack = background.distanceSquared(to: black) > background.distanceSquared(to: white)
            switch depth {
            case .ansi8: fg = useBlack ? 0 : 7
            case .ansi256: fg = useBlack ? 16 : 231
            case .monochrome: break
            }
        }
        return (fg, bg)
    }

    /// The colour xterm shows for `index` (16–255; 0–15 as the ANSI colours, bright ones
    /// approximated).
    public static func rgb(ofXterm256 index: Int) -> RGB {
        switch index {
        case 0..<8:
            return ansi8Palette[index]
        case 8..<16:
            let base = ansi8Palette[index - 8]
            return RGB(red: base.red == 0 ? 127 : 255, green: base.green == 0 ? 127 : 255, blue: base.blue == 0 ? 127 : 255)
        case 16..<232:
            let offset = index - 16
            return RGB(red: UInt8(cubeLevels[offset / 36]), green: UInt8(cubeLevels[(offset / 6) % 6]),
                       blue: UInt8(cubeLevels[offset % 6]))
        default:
            let level = UInt8(8 + 10 * (min(255, max(232, index)) - 232))
            return RGB(red: level, green: level, blue: level)
        }
    }

    /// The nearest cube level's position (0–5) for one channel.
    private static func cubeIndex(_ value: UInt8) -> Int {
        let value = Int(value)
        if value < 48 { return 0 }
        if value < 115 { return 1 }
        return (value - 35) / 40
    }
}
