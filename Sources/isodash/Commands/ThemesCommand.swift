import Foundation
import QMSDashboard
import TermUI

/// `isodash themes`: the colour themes the dashboard can use, where each comes from,
/// and (`--preview NAME`) what each style role looks like in one, on this terminal.
struct ThemesCommand: Command {
    static let name = "themes"
    static let abstract = "List the colour themes, or preview one."
    static let usage = "isodash themes [--preview NAME|PATH]"
    static let discussion = """
        Themes are found in $XDG_CONFIG_HOME/isodash/themes (your own), next to the installed \
        binary, and in the Themes folder of a checkout; 'default' is also built in. Choose one with \
        'isodash --theme NAME', ISODASH_THEME, or theme = "NAME" in $XDG_CONFIG_HOME/isodash/config.

        --preview draws every style role in the theme's colours as this terminal shows them (in \
        monochrome with NO_COLOR or when output is not a terminal), with its colours and attributes. \
        Exit status 1 when the theme has errors (they are listed, and the dashboard would fall back \
        to the default theme).
        """
    static let options = [
        OptionSpec("preview", .value(placeholder: "NAME|PATH"), help: "Show each style role of this theme."),
    ]

    let preview: String?

    init(arguments: ParsedArguments, context: CommandContext) throws {
        preview = arguments.value("preview")
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let catalog = ThemeCatalog.standard(environment: context.environment)
        if let preview { return previewTheme(preview, catalog: catalog, context: context) }
        let chosen = context.environment["ISODASH_THEME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? DashboardLauncher.loadConfig(context).theme ?? "default"
        let names = catalog.themeNames()
        let width = (names.map(\.count).max() ?? 7) + 2
        var status: Int32 = 0
        for name in names {
            let loaded = catalog.load(name)
            let marker = name == chosen ? "* " : "  "
            var line = marker + name.padding(toLength: width)
            if loaded.warnings.isEmpty {
                line += loaded.theme.summary.isEmpty ? "" : loaded.theme.summary
                line += "  (" + (loaded.path ?? "built in") + ")"
            } else {
                line += "broken, the default is used instead: \(loaded.warnings[0])"
                status = 1
            }
            context.standardOutput.line(line)
        }
        if ThemeCatalog.isPath(chosen) || !names.contains(chosen) {
            context.standardOutput.line("(in use: \(chosen))")
        }
        return status
    }

    private func previewTheme(_ request: String, catalog: ThemeCatalog, context: CommandContext) -> Int32 {
        let loaded = catalog.load(request)
        for warning in loaded.warnings { context.standardError.line("isodash: \(warning)") }
        let theme = loaded.theme
        let depth = TerminalCapabilities.detect(environment: context.environment).colorDepth
        let escapes = context.stdoutIsTerminal
        let out = context.standardOutput
        out.line("\(theme.name): \(theme.summary.isEmpty ? "(no description)" : theme.summary)")
        out.line("from \(loaded.path ?? "the built-in default")" + (escapes ? ", shown in \(depth)" : ""))
        out.line("")
        let width = (StyleRole.allCases.map(\.rawValue.count).max() ?? 10) + 2
        for role in StyleRole.allCases {
            let style = theme[role]
            let name = " " + role.rawValue.padding(toLength: width)
            let sample = escapes ? Self.sgr(theme.resolve(Style(role), depth: depth), depth: depth) + name + "\u{1B}[0m" : name
            var details = "fg \(style.fg.map { "\($0)" } ?? "terminal")  bg \(style.bg.map { "\($0)" } ?? "terminal")"
            details += "  attrs \(style.attributes.isEmpty ? "none" : "\(style.attributes)")"
            details += "  mono \(style.monoAttributes.isEmpty ? "none" : "\(style.monoAttributes)")"
            out.line(sample + " " + details)
        }
        return loaded.warnings.isEmpty ? 0 : 1
    }

    /// The SGR sequence that draws `resolved` on a terminal with `depth`.
    static func sgr(_ resolved: ResolvedStyle, depth: ColorDepth) -> String {
        var codes: [String] = []
        let attributes = resolved.attributes
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        if depth != .monochrome {
            if resolved.foreground >= 0 {
                codes.append(depth == .ansi8 ? "\(30 + resolved.foreground % 8)" : "38;5;\(resolved.foreground)")
            }
            if resolved.background >= 0 {
                codes.append(depth == .ansi8 ? "\(40 + resolved.background % 8)" : "48;5;\(resolved.background)")
            }
        }
        return "\u{1B}[0" + (codes.isEmpty ? "" : ";" + codes.joined(separator: ";")) + "m"
    }
}
