/// The text of `--help`, built from the same `OptionSpec` lists the parser uses.
enum HelpText {
    static func overview(commands: [any Command.Type]) -> String {
        var text = """
        isodash \(CommandLineTool.version) — a terminal dashboard for ISO 9001 steering-committee reviews

        Usage: isodash [COMMAND] [OPTIONS]

        With no command, isodash opens the dashboard on the store.

        """
        if !commands.isEmpty {
            text += "\nCommands:\n"
            let width = commands.map { $0.name.count }.max() ?? 0
            for command in commands {
                text += "  " + command.name.padding(toLength: width + 2) + command.abstract + "\n"
            }
        }
        text += "\nOptions:\n"
        text += optionLines(GlobalOptions.specs + DashboardLauncher.options
                            + [OptionSpec("version", .flag, help: "Print the version and exit.")])
        text += "\nRun 'isodash COMMAND --help' for a command's own options.\n"
        return text
    }

    static func forCommand(_ command: any Command.Type) -> String {
        var text = "Usage: \(command.usage)\n\n\(command.abstract)\n"
        if !command.discussion.isEmpty {
            text += "\n\(command.discussion)\n"
        }
        if !command.options.isEmpty {
            text += "\nOptions:\n" + optionLines(command.options)
        }
        text += "\nGlobal options:\n" + optionLines(GlobalOptions.specs)
        return text
    }

    /// Two columns: the option with its placeholder, then its help, wrapped to 80 columns.
    static func optionLines(_ specs: [OptionSpec]) -> String {
        let width = min(24, (specs.map(\.usage.count).max() ?? 0) + 2)
        var text = ""
        for spec in specs {
            let lead = "  " + spec.usage
            let helpLines = wrap(spec.help, width: 78 - width - 2)
            if lead.count + 2 > width + 2 {
                text += lead + "\n"
                for line in helpLines { text += String(repeating: " ", count: width + 2) + line + "\n" }
            } else {
                for (index, line) in helpLines.enumerated() {
                    let left = index == 0 ? lead.padding(toLength: width + 2) : String(repeating: " ", count: width + 2)
                    text += left + line + "\n"
                }
            }
        }
        return text
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
