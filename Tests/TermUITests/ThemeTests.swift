import Foundation
import Testing
@testable import TermUI

/// The repository's `Themes/` folder.
private let shippedThemesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Themes")

private let shippedThemeNames = ["default", "light", "projector", "mono"]

private func shippedText(_ name: String) throws -> String {
    try String(contentsOf: shippedThemesDirectory.appendingPathComponent("\(name).theme"), encoding: .utf8)
}

/// A fresh temporary directory, removed by the caller.
private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("isodash-theme-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

private func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
}

@Suite struct ShippedThemeTests {
    @Test(arguments: shippedThemeNames)
    func parsesCleanlyAndSetsEveryKey(name: String) throws {
        let outcome = ThemeParser.parse(try shippedText(name), source: "Themes/\(name).theme", base: .plain)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        #expect(outcome.missingKeys.isEmpty, "\(name).theme does not set \(outcome.missingKeys)")
        #expect(outcome.theme.name == name)
        #expect(!outcome.theme.summary.isEmpty)
    }

    @Test(arguments: shippedThemeNames)
    func loadsByNameFromTheCheckout(name: String) {
        let result = ThemeCatalog(directories: [shippedThemesDirectory.path]).load(name)
        #expect(result.warnings.isEmpty)
        #expect(result.theme.name == name)
        #expect(result.path?.hasSuffix("Themes/\(name).theme") == true)
    }

    @Test func builtInDefaultIsTheShippedDefaultFile() throws {
        // A binary copied without Themes/ must look exactly like one that has it.
        #expect(Theme.builtInDefaultText == (try shippedText("default")))
        #expect(Theme.builtInDefault == ThemeParser.parse(try shippedText("default"), source: "default.theme", base: .plain).theme)
        #expect(Theme.builtInDefault.name == "default")
    }

    @Test func monoThemeHasNoColourAndStatusStaysDistinct() throws {
        let mono = ThemeParser.parse(try shippedText("mono"), source: "mono.theme").theme
        #expect(!mono.usesColor)
        #expect(Theme.builtInDefault.usesColor)
    }

    @Test(arguments: shippedThemeNames)
    func statusRolesAreDistinguishableWithoutColour(name: String) throws {
        let theme = ThemeParser.parse(try shippedText(name), source: "\(name).theme").theme
        let statuses: [StyleRole] = [.met, .atRisk, .offTrack, .noData]
        let monoLooks = Set(statuses.map { theme[$0].monoAttributes })
        #expect(monoLooks.count == statuses.count, "\(name): met/at risk/off track/no data look alike without colour")
        #expect(theme[.selection].monoAttributes.contains(.reverse))
        #expect(theme[.title].monoAttributes.contains(.bold))
    }

    @Test func projectorThemeIsBoldWhereItMatters() throws {
        let projector = ThemeParser.parse(try shippedText("projector"), source: "projector.theme").theme
        for role in [StyleRole.title, .bigNumber, .selection] {
            #expect(projector[role].attributes.contains(.bold), "\(role) should be bold on a projector")
        }
        #expect(projector[.text].bg == RGB(red: 0, green: 0, blue: 0))
        #expect(projector[.text].fg == RGB(red: 255, green: 255, blue: 255))
    }
}

@Suite struct ThemeParserTests {
    @Test func readsValuesCommentsAndLayout() {
        let text = """
        \u{FEFF}# leading comment
        name = "mine"\r
          description   =   "My theme"   # trailing comment

        title.fg = "#ffd75f"
        title.bg = ""
        Title.Attrs = "Reverse, bold"
        selection.mono = "bold+underline"
        """
        let outcome = ThemeParser.parse(text, source: "mine.theme", base: .plain)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        let theme = outcome.theme
        #expect(theme.name == "mine")
        #expect(theme.summary == "My theme")
        #expect(theme[.title].fg == RGB(red: 0xFF, green: 0xD7, blue: 0x5F))
        #expect(theme[.title].bg == nil)
        #expect(theme[.title].attributes == [.reverse, .bold])
        #expect(theme[.selection].monoAttributes == [.bold, .underline])
        #expect(outcome.missingKeys.contains("text.fg"))
        #expect(!outcome.missingKeys.contains("title.fg"))
    }

    @Test func keysLeftOutKeepTheBaseTheme() {
        let outcome = ThemeParser.parse("title.fg = \"#FF0000\"\n", source: "/home/u/.config/isodash/themes/red.theme")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.theme.name == "red")
        #expect(outcome.theme[.title].fg == RGB(red: 255, green: 0, blue: 0))
        #expect(outcome.theme[.title].attributes == Theme.builtInDefault[.title].attributes)
        #expect(outcome.theme[.offTrack] == Theme.builtInDefault[.offTrack])
    }

    @Test func errorsNameFileLineAndWhatWasExpected() {
        let text = """
        # broken on purpose
        name = "broken"
        titel.fg = "#FFFFFF"
        title.fg = "yellow"
        title.attrs = "bold blink"
        title.bg = #000000
        title.mono = "bold
        muted.fg = "#8A8A8A" extra
        just some words
        title.fg = "#FFFF00"
        name = "again"
        title.shadow = ""
        """
        let errors = ThemeParser.parse(text, source: "Themes/broken.theme").errors
        let messages = errors.map(\.description)
        #expect(errors.count == 9, "\(messages)")
        #expect(messages[0].hasPrefix("Themes/broken.theme:3: unknown key 'titel.fg', expected name, description or ROLE.fg"))
        #expect(messages[0].contains("focused_border"))
        #expect(messages[1] == "Themes/broken.theme:4: 'yellow' is not a colour for 'title.fg', expected \"#RRGGBB\" (e.g. \"#FFD75F\") or \"\" for the terminal's own colour")
        #expect(messages[2].hasPrefix("Themes/broken.theme:5: 'blink' is not an attribute for 'title.attrs', expected bold, dim, reverse, underline, italic"))
        #expect(messages[3].hasPrefix("Themes/broken.theme:6: the value of 'title.bg' is not in double quotes"))
        #expect(messages[4].hasPrefix("Themes/broken.theme:7: the value of 'title.mono' is not in double quotes"))
        #expect(messages[5].hasPrefix("Themes/broken.theme:8: unexpected text after the value of 'muted.fg'"))
        #expect(messages[6].hasPrefix("Themes/broken.theme:9: cannot read 'just some words', expected key = \"value\""))
        #expect(messages[7] == "Themes/broken.theme:11: 'name' is set again (first on line 2), expected each key once")
        #expect(messages[8].hasPrefix("Themes/broken.theme:12: unknown key 'title.shadow'"))
        // Line 10 sets title.fg for the first time (line 4 failed), so it is no duplicate.
        #expect(!messages.contains { $0.contains(":10:") })
    }

    @Test func badColoursAreRefused() {
        for value in ["#FFF", "#GGGGGG", "FFD75F", "#FFD75F0", "rgb(1,2,3)", "#-1-1-1"] {
            let errors = ThemeParser.parse("text.fg = \"\(value)\"", source: "t.theme").errors
            #expect(errors == [.badColor(file: "t.theme", line: 1, key: "text.fg", value: value)], "\(value)")
        }
    }

    @Test func hostileTextInErrorsIsMadeHarmless() {
        let errors = ThemeParser.parse("text.fg = \"\u{1B}[2J\"", source: "t.theme").errors
        #expect(errors.count == 1)
        #expect(!errors[0].description.contains("\u{1B}"))
    }

    @Test func aFileThatIsNotAThemeStopsAfterAFewErrors() {
        let garbage = String(repeating: "not a theme line\n", count: 5_000)
        #expect(ThemeParser.parse(garbage, source: "x.theme").errors.count == ThemeParser.maximumErrors)
    }

    @Test func attributesRoundTripThroughTheirNames() {
        #expect(ThemeAttributes.parse("") == .success([]))
        #expect(ThemeAttributes.parse("  BOLD   italic ") == .success([.bold, .italic]))
        #expect(ThemeAttributes.parse("bold blink") == .failure(ThemeAttributes.UnknownAttribute(word: "blink")))
        #expect(ThemeAttributes([.bold, .reverse, .underline, .dim, .italic]).description == "bold dim reverse underline italic")
        #expect(RGB(hex: "#00ff80")?.description == "#00FF80")
    }
}

@Suite struct ThemeResolveTests {
    private let theme = Theme(name: "t", styles: [
        .title: ThemeStyle(fg: RGB(red: 255, green: 0, blue: 0), bg: nil, attributes: [.bold], monoAttributes: [.underline]),
    ])

    @Test func colourTerminalsGetColoursAndColourAttributes() {
        let resolved = theme.resolve(Style(.title), depth: .ansi256)
        #expect(resolved == ResolvedStyle(attributes: [.bold], foreground: 196, background: -1))
        #expect(theme.resolve(Style(.title), depth: .ansi8).foreground == 1)
    }

    @Test func monochromeGetsMonoAttributesAndNoColour() {
        #expect(theme.resolve(Style(.title), depth: .monochrome) == ResolvedStyle(attributes: [.underline]))
    }

    @Test func aCellsOwnAttributesAreKept() {
        let selected = theme.resolve(Style(.title, [.reverse]), depth: .monochrome)
        #expect(selected.attributes == [.underline, .reverse])
        #expect(theme.resolve(Style(.text, [.bold]), depth: .ansi256) == ResolvedStyle(attributes: [.bold]))
    }
}

@Suite struct ThemeCatalogTests {
    @Test func theUsersOwnThemeComesFirst() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let user = root.appendingPathComponent("config/isodash/themes")
        let shipped = root.appendingPathComponent("share/isodash/themes")
        try write("name = \"projector\"\ntitle.fg = \"#FF0000\"\n", to: user.appendingPathComponent("projector.theme"))
        try write("name = \"projector\"\ntitle.fg = \"#00FF00\"\n", to: shipped.appendingPathComponent("projector.theme"))
        try write("name = \"light\"\n", to: shipped.appendingPathComponent("light.theme"))

        let catalog = ThemeCatalog(directories: [user.path, shipped.path])
        let projector = catalog.load("projector")
        #expect(projector.warnings.isEmpty)
        #expect(projector.theme[.title].fg == RGB(red: 255, green: 0, blue: 0))
        #expect(projector.path == user.appendingPathComponent("projector.theme").path)
        #expect(catalog.load("light").path == shipped.appendingPathComponent("light.theme").path)
        #expect(catalog.themeNames() == ["default", "light", "projector"])
    }

    @Test func defaultIsBuiltInWhenNoFileIsFound() throws {
        let empty = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let catalog = ThemeCatalog(directories: [empty.path, "/nonexistent/isodash/themes"])
        let result = catalog.load(nil)
        #expect(result.theme == .builtInDefault)
        #expect(result.warnings.isEmpty)
        #expect(result.path == nil)
        #expect(catalog.load("default").theme == .builtInDefault)
    }

    @Test func anUnknownNameWarnsAndFallsBack() {
        let result = ThemeCatalog(directories: ["/nonexistent/a"]).load("solarized")
        #expect(result.theme == .builtInDefault)
        #expect(result.warnings == [.notFound(name: "solarized", searched: ["/nonexistent/a"])])
        #expect(result.warnings[0].description.hasPrefix("no theme named 'solarized' (looked in /nonexistent/a)"))
    }

    @Test func aBrokenFileGivesItsErrorsAndTheDefault() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("bad.theme")
        try write("name = \"bad\"\ntitle.fg = \"#12345\"\n", to: file)
        let result = ThemeCatalog(directories: [root.path]).load("bad")
        #expect(result.theme == .builtInDefault)
        #expect(result.path == nil)
        #expect(result.warnings.map(\.description) == [
            "\(file.path):2: '#12345' is not a colour for 'title.fg', expected \"#RRGGBB\" (e.g. \"#FFD75F\") or \"\" for the terminal's own colour",
        ])
    }

    @Test func pathsAreLoadedDirectly() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("somewhere/else.theme")
        try write("name = \"elsewhere\"\n", to: file)
        let catalog = ThemeCatalog(directories: [])
        #expect(catalog.load(file.path).theme.name == "elsewhere")
        let missing = catalog.load(root.appendingPathComponent("nope.theme").path)
        #expect(missing.theme == .builtInDefault)
        #expect(missing.warnings.first?.description.hasSuffix("nope.theme: cannot read the theme: no such file") == true)
        let notUTF8 = root.appendingPathComponent("latin1.theme")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3D, 0x22, 0xE9, 0x22]).write(to: notUTF8)
        #expect(catalog.load(notUTF8.path).warnings == [.unreadable(path: notUTF8.path, reason: "not UTF-8 text")])
    }

    @Test func namesCannotWalkOutOfTheThemeFolders() {
        #expect(ThemeCatalog.isValidName("projector"))
        #expect(ThemeCatalog.isValidName("my-theme_2"))
        #expect(!ThemeCatalog.isValidName(".hidden"))
        #expect(!ThemeCatalog.isValidName(""))
        #expect(!ThemeCatalog.isValidName("tên"))
        #expect(ThemeCatalog.isPath("../x"))
        #expect(ThemeCatalog.isPath("x.theme"))
        #expect(!ThemeCatalog.isPath("projector"))
        #expect(ThemeCatalog(directories: []).load("a b").warnings == [.invalidName("a b")])
    }

    @Test func standardPlacesFollowXDGAndTheExecutable() throws {
        let root = try temporaryDirectory().resolvingSymlinksInPath()
        defer { try? FileManager.default.removeItem(at: root) }
        // A checkout: Package.swift and Themes/ above .build/debug/isodash.
        try write("// swift-tools-version:6.0\n", to: root.appendingPathComponent("Package.swift"))
        try write("name = \"default\"\n", to: root.appendingPathComponent("Themes/default.theme"))
        let executable = root.appendingPathComponent(".build/debug/isodash")
        try write("", to: executable)

        let catalog = ThemeCatalog.standard(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"],
                                            executablePath: executable.path)
        #expect(catalog.directories == [
            "/cfg/isodash/themes",
            root.appendingPathComponent(".build/share/isodash/themes").path,
            root.appendingPathComponent(".build/debug/Themes").path,
            root.appendingPathComponent("Themes").path,
        ])
        let home = ThemeCatalog.standard(environment: ["HOME": "/home/u", "XDG_CONFIG_HOME": ""], executablePath: nil)
        #expect(home.directories == ["/home/u/.config/isodash/themes"])
    }
}
