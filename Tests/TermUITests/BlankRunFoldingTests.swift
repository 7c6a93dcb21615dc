import Testing
@testable import TermUI

/// Spaces between two pieces of text are sent with the text's look when no one could
/// see the difference, so the terminal gets no attribute changes for them.
struct BlankRunFoldingTests {
    static let red = ResolvedStyle(attributes: [.bold], foreground: 203)
    static let plain = ResolvedStyle(attributes: [])
    static let selected = ResolvedStyle(attributes: [], foreground: 231, background: 26)

    /// A row as looks and spaces, from its text and a pattern of looks: r bold red,
    /// p plain, s selected, u underlined, v reversed.
    static func row(_ text: String, _ pattern: String) -> (looks: [ResolvedStyle], spaces: [Bool]) {
        let looks = pattern.map { code -> ResolvedStyle in
            switch code {
            case "r": return red
            case "s": return selected
            case "u": return ResolvedStyle(attributes: [.underline])
            case "v": return ResolvedStyle(attributes: [.reverse], foreground: 203)
            default: return plain
            }
        }
        return (looks, text.map { $0 == " " })
    }

    @Test func spacesBetweenTextTakeTheLookOnTheirLeft() {
        let (looks, spaces) = Self.row("off  cannot", "rrrpprrrrrr")
        #expect(BlankRunFolding.sources(looks: looks, isSpace: spaces) == [0, 1, 2, 2, 2, 5, 6, 7, 8, 9, 10])
    }

    @Test func spacesToTheEndOfTheRowKeepTheirOwnLookSoTheLineCanBeCleared() {
        let (looks, spaces) = Self.row("ok   ", "rrppp")
        #expect(BlankRunFolding.sources(looks: looks, isSpace: spaces) == [0, 1, 2, 3, 4])
    }

    @Test func aSpaceOnAnotherBackgroundIsNotFolded() {
        // Plain text, a selected (blue) cell, plain text: each space borrows only from
        // a neighbour on its own background.
        let (looks, spaces) = Self.row("a  b  c", "ppssspp")
        #expect(BlankRunFolding.sources(looks: looks, isSpace: spaces) == [0, 0, 2, 3, 3, 5, 6])
        let (selectedLooks, selectedSpaces) = Self.row("a  b", "ssss")
        #expect(BlankRunFolding.sources(looks: selectedLooks, isSpace: selectedSpaces) == [0, 0, 0, 3])
    }

    @Test func underlinedOrReversedLooksAreNeitherFoldedNorLent() {
        let (underlined, spaces) = Self.row("a  b", "puup")
        #expect(BlankRunFolding.sources(looks: underlined, isSpace: spaces) == [0, 1, 2, 3])
        let (reversed, spaces2) = Self.row("a  b", "vppr")
        #expect(BlankRunFolding.sources(looks: reversed, isSpace: spaces2) == [0, 1, 2, 3])
    }

    @Test func aSpaceAtTheStartOfTheRowHasNoNeighbourToBorrowFrom() {
        let (looks, spaces) = Self.row("  a", "ppr")
        #expect(BlankRunFolding.sources(looks: looks, isSpace: spaces) == [0, 1, 2])
    }
}
