/// How many colours the terminal shows, so themes degrade instead of turning illegible.
public enum ColorDepth: Int, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    /// No colour at all (`NO_COLOR`, `TERM=dumb`): only bold/dim/reverse/underline.
    case monochrome = 0
    /// The eight ANSI colours.
    case ansi8 = 8
    /// The xterm 256-colour palette.
    case ansi256 = 256

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .monochrome: return "monochrome"
        case .ansi8: return "8 colours"
        case .ansi256: return "256 colours"
        }
    }
}
