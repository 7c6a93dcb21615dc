/// Which characters the terminal can be trusted to draw.
///
/// Over SSH without a UTF-8 locale, box drawing and block characters arrive as garbage;
/// `ascii` keeps every screen readable there by drawing with `+-|#` and folding text to
/// ASCII (see `Transliterator`).
public enum RenderMode: String, Sendable, CaseIterable, CustomStringConvertible {
    /// UTF-8 terminal: box drawing, block elements, wide characters.
    case unicode
    /// Only printable ASCII (0x20–0x7E) reaches the terminal.
    case ascii

    /// The drawing characters for this mode.
    public var symbols: Symbols { self == .unicode ? .unicode : .ascii }

    public var description: String { rawValue }
}
