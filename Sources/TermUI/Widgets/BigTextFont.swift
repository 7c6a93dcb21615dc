/// The glyphs `BigText` draws with: a 3×5 pixel font (digits 3 wide, punctuation
/// narrower) and, for three-row ASCII, seven-segment art.
enum BigTextFont {
    /// `#` = pixel set. Five rows per glyph, all rows the same width.
    static let pixels: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        "%": ["# #", "  #", " # ", "#  ", "# #"],
        "/": ["  #", "  #", " # ", "#  ", "#  "],
        "-": ["   ", "   ", "###", "   ", "   "],
        "+": ["   ", " # ", "###", " # ", "   "],
        ".": [" ", " ", " ", " ", "#"],
        ",": [" ", " ", " ", "#", "#"],
        ":": [" ", "#", " ", "#", " "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// Three-row ASCII glyphs (seven-segment style), same widths as `pixels`.
    static let segments: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"],
        "1": ["   ", "  |", "  |"],
        "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"],
        "4": ["   ", "|_|", "  |"],
        "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"],
        "7": [" _ ", "  |", "  |"],
        "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"],
        "%": ["o /", " / ", "/ o"],
        "/": ["  /", " / ", "/  "],
        "-": ["   ", " _ ", "   "],
        "+": ["   ", "_|_", " | "],
        ".": [" ", " ", "."],
        ",": [" ", " ", ","],
        ":": [" ", ".", "."],
        " ": ["  ", "  ", "  "],
    ]

    /// Rows of `character` at `size` in `mode`, or nil when the font lacks it.
    static func rows(of character: Character, size: BigText.Size, mode: RenderMode) -> [String]? {
        switch (size, mode) {
        case (.large, .unicode):
            return pixels[character]?.map { $0.replacingAll("#", with: "█") }
        case (.large, .ascii):
            return pixels[character]
        case (.small, .ascii):
            return segments[character]
        case (.small, .unicode):
            guard let rows = pixels[character] else { return nil }
            return [halfBlocks(rows[0], rows[1]), halfBlocks(rows[2], rows[3]), halfBlocks(rows[4], nil)]
        }
    }

    /// Two pixel rows as one row of half blocks.
    private static func halfBlocks(_ upper: String, _ lower: String?) -> String {
        let lowerPixels = lower.map(Array.init) ?? Array(repeating: " ", count: upper.count)
        return String(zip(upper, lowerPixels).map { top, bottom -> Character in
            switch (top == "#", bottom == "#") {
            case (true, true): return "█"
            case (true, false): return "▀"
            case (false, true): return "▄"
            case (false, false): return " "
            }
        })
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
