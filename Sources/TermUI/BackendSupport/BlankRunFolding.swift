/// Which look each cell of a row is sent with, so that the spaces between two
/// pieces of text cost no attribute changes when nobody could see the difference.
///
/// A space shows only its background (unless reversed or underlined). Between a
/// bold red status and a bold red explanation, a plain space made ncurses send
/// "normal" and then "bold red" again: about 25 bytes per gap, a third of the
/// dashboard's first frame over SSH (DESIGN: no more than htop's 4 KB at 80×24).
/// Drawing such a space with its left neighbour's look sends nothing for it.
///
/// Spaces that run to the end of the row keep their own look, so that ncurses can
/// still clear the rest of the line in one sequence.
public enum BlankRunFolding {
    /// For each cell of a row, the index of the cell whose look to send it with:
    /// its own, or for a folded space its left neighbour's. `isSpace` says which
    /// cells hold a plain space; `looks` are the cells' resolved looks.
    public static func sources(looks: [ResolvedStyle], isSpace: [Bool]) -> [Int] {
        var sources = Array(looks.indices)
        var start = 0
        while start < looks.count {
            guard isSpace[start], showsOnlyBackground(looks[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < looks.count, isSpace[end], showsOnlyBackground(looks[end]),
                  looks[end].background == looks[start].background {
                end += 1
            }
            // [start, end) is a run of spaces on one background.
            if start > 0, end < looks.count {
                let lender = sources[start - 1]
                if canLend(looks[lender], toSpacesOn: looks[start].background) {
                    for index in start..<end { sources[index] = lender }
                }
            }
            start = end
        }
        return sources
    }

    /// Whether a space drawn with `look` looks like a space on `background`.
    private static func canLend(_ look: ResolvedStyle, toSpacesOn background: Int) -> Bool {
        showsOnlyBackground(look) && look.background == background
    }

    /// True when a space in this look shows nothing but the background colour.
    private static func showsOnlyBackground(_ look: ResolvedStyle) -> Bool {
        look.attributes.isDisjoint(with: [.reverse, .underline])
    }
}
