@testable import TermUI

/// Renders `widget` into a fresh buffer filling the whole area and returns it as text.
func draw(_ widget: some Widget, width: Int, height: Int, mode: RenderMode = .unicode) -> String {
    var buffer = Buffer(width: width, height: height, mode: mode)
    widget.render(in: buffer.area, buffer: &buffer)
    return TextBackend.render(buffer)
}

/// Like `draw`, with styles marked.
func drawStyled(_ widget: some Widget, width: Int, height: Int, mode: RenderMode = .unicode) -> String {
    var buffer = Buffer(width: width, height: height, mode: mode)
    widget.render(in: buffer.area, buffer: &buffer)
    return TextBackend.renderStyled(buffer)
}

/// Scalars a terminal would act on or that hide or reorder text.
func forbiddenScalars(in text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { scalar in
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || (0x200B...0x200F).contains(value)
            || value == 0x2060 || value == 0xFEFF || value == 0x2028 || value == 0x2029
    }
}

/// Hostile inputs an export file could carry.
let hostileSamples: [String] = [
    "\u{1B}",
    "before\u{1B}[2Jafter",
    "\u{1B}]0;evil\u{07}",
    "\u{1B}]2;evil title\u{1B}\\",
    "\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}",
    "\u{9B}31mred",
    "\u{9D}0;title\u{9C}",
    "\u{90}qdata\u{1B}\\",
    "invoice\u{202E}fdp.exe",
    "a\u{2066}b\u{2069}c\u{202A}d\u{202B}e\u{202C}f\u{202D}g",
    "zero\u{200B}width\u{200C}\u{200D}x\u{200E}\u{200F}\u{2060}\u{FEFF}",
    "tab\there\nnew\rline\u{07}bell\u{08}back\u{7F}del\u{00}nul",
    "\u{85}\u{8D}\u{8E}\u{8F}\u{9A}\u{9F}",
    "\u{1B}[1;31",
    "\u{1B}]0;unterminated",
    "\u{1B}[?1049h\u{1B}[H\u{1B}(B\u{1B}c\u{1B}7",
    "line\u{2028}sep\u{2029}para",
    "\u{301}dangling",
]
