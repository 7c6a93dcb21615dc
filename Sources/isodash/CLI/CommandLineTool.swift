import QMSDomain

/// Finds the command in the arguments, parses its options and runs it.
///
/// Everything goes through `run`, which returns the exit status, so the same
/// code path serves the real binary and in-process tests.
enum CommandLineTool {
    static let version = "0.1.0"

    /// The commands, in the order `isodash --help` lists them.
    static let commands: [any Command.Type] = [
        SyncCommand.self,
        CheckCommand.self,
        DemoCommand.self,
        StatusCommand.self,
        ReviewCommand.self,
        RollupCommand.self,
        DumpCommand.self,
        ThemesCommand.self,
    ]

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    static func run(arguments: [String], context: CommandContext) -> Int32 {
        var context = context
        do {
            let (commandType, rest) = try split(arguments)
            guard let commandType else {
                return try runWithoutCommand(rest, context: &context)
            }
            let specs = GlobalOptions.specs + commandType.options
            let parsed = try ParsedArguments.parse(rest, specs: specs, command: commandType.name)
            if parsed.has("help") {
                context.standardOutput.write(HelpText.forCommand(commandType))
                return 0
            }
            guard commandType.positionalRange.contains(parsed.positionals.count) else {
                throw positionalError(commandType, count: parsed.positionals.count, parsed.positionals)
            }
            context.global = try GlobalOptions(parsed, command: commandType.name,
                                               environment: context.environment, today: context.today)
            return try execute(commandType, arguments: parsed, context: context)
        } catch let error as UsageError {
            context.standardError.line("isodash: \(error)")
            return 2
        } catch let failure as CommandFailure {
            context.standardError.line("isodash: \(failure.message)")
            return failure.exitStatus
        } catch {
            context.standardError.line("isodash: \(error)")
            return 2
        }
    }

    private static func execute<C: Command>(_ type: C.Type, arguments: ParsedArguments, context: CommandContext) throws -> Int32 {
        let command = try C(arguments: arguments, context: context)
        return try command.run(context)
    }

    /// `isodash` alone, `isodash --help`, `isodash --version`, or options for the dashboard.
    private static func runWithoutCommand(_ arguments: [String], context: inout CommandContext) throws -> Int32 {
        let specs = GlobalOptions.specs + DashboardLauncher.options
            + [OptionSpec("version", .flag, help: "Print the version and exit.")]
        let parsed = try ParsedArguments.parse(arguments, specs: specs, command: "isodash")
        if parsed.has("help") {
            context.standardOutput.write(HelpText.overview(commands: commands))
            return 0
        }
        if parsed.has("version") {
            context.standardOutput.line("isodash \(version)")
            return 0
        }
        if let stray = parsed.positionals.first {
            throw UsageError(command: "isodash", message: unknownCommandMessage(stray))
        }
        context.global = try GlobalOptions(parsed, command: "isodash",
                                           environment: context.environment, today: context.today)
        return try DashboardLauncher(arguments: parsed).run(context)
    }

    /// Separates the command word from the options, which may stand before
    /// it (`isodash --db x status`) as well as after it.
    private static func split(_ arguments: [String]) throws(UsageError) -> ((any Command.Type)?, [String]) {
        let valueOptions = Set((GlobalOptions.specs + DashboardLauncher.options).filter(\.takesValue).map { "--" + $0.name })
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument.hasPrefix("-") && argument != "-" {
                index += valueOptions.contains(argument) ? 2 : 1
                continue
            }
            guard let command = command(named: argument) else {
                throw UsageError(command: "isodash", message: unknownCommandMessage(argument))
            }
            var rest = arguments
            rest.remove(at: index)
            return (command, rest)
        }
        return (nil, arguments)
    }

    private static func unknownCommandMessage(_ word: String) -> String {
        var message = "unknown command '\(word)'"
        if let guess = ParsedArguments.closest(to: word, among: commands.map { $0.name }) {
            message += "; did you mean '\(guess)'?"
        } else {
            message += "; commands are " + commands.map { $0.name }.joined(separator: ", ")
        }
        return message
    }

    private static func positionalError(_ command: any Command.Type, count: Int, _ positionals: [String]) -> UsageError {
        let range = command.positionalRange
        if count > range.upperBound {
            let extra = positionals[range.upperBound]
            return UsageError(command: command.name, message: "unexpected argument '\(extra)'; usage: \(command.usage)")
        }
        return UsageError(command: command.name, message: "missing argument; usage: \(command.usage)")
    }
}
