import Foundation
@testable import isodash
import Testing

/// `isodash themes`: which themes there are, and what one looks like.
@Suite struct ThemesCommandTests {
    @Test func listsTheShippedThemesAndMarksTheOneInUse() {
        let result = InProcessCommand.run(ThemesCommand.self, [], environment: ["ISODASH_THEME": "projector", "HOME": "/nonexistent"])
        #expect(result.status == 0)
        for name in ["default", "light", "mono", "projector"] {
            #expect(result.out.contains(name), "lists \(name)")
        }
        #expect(result.out.split(separator: "\n").contains { $0.hasPrefix("* projector") })
    }

    @Test func previewShowsEveryRoleWithoutEscapesWhenNotATerminal() {
        let result = InProcessCommand.run(ThemesCommand.self, ["--preview", "mono"], environment: ["HOME": "/nonexistent"])
        #expect(result.status == 0)
        for role in ["title", "off_track", "selection", "no_data"] {
            #expect(result.out.contains(role))
        }
        #expect(!result.out.contains("\u{1B}"))
    }

    @Test func previewInATerminalDrawsInColour() {
        let result = InProcessCommand.run(ThemesCommand.self, ["--preview", "default"],
                                          environment: ["HOME": "/nonexistent", "TERM": "xterm-256color"],
                                          stdoutIsTerminal: true)
        #expect(result.out.contains("\u{1B}[0;1;38;5;"), "bold 256-colour title")
    }

    @Test func aBrokenThemeFileIsReportedByLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).theme")
        try "name = \"broken\"\ntitle.fg = \"yellow\"\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = InProcessCommand.run(ThemesCommand.self, ["--preview", file.path], environment: ["HOME": "/nonexistent"])
        #expect(result.status == 1)
        #expect(result.err.contains("\(file.path):2:"))
    }
}
