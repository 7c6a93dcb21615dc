import Foundation
@testable import isodash
import QMSDomain

/// Runs one command type in-process, parsed the way `CommandLineTool` parses it, with
/// captured output; works whether or not the command is registered in the tool.
enum InProcessCommand {
    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    static func run<C: Command>(_ type: C.Type, _ arguments: [String], environment: [String: String] = [:],
                                stdoutIsTerminal: Bool = false) -> Result {
        let out = TextOutput(), err = TextOutput()
        var context = CommandContext(environment: environment, today: Day(year: 2026, month: 11, day: 25)!,
                                     standardOutput: out, standardError: err,
                                     stdoutIsTerminal: stdoutIsTerminal, stdinIsTerminal: false)
        do {
            let parsed = try ParsedArguments.parse(arguments, specs: GlobalOptions.specs + C.options, command: C.name)
            guard C.positionalRange.contains(parsed.positionals.count) else {
                err.line("isodash: \(C.name): wrong number of arguments")
                return Result(status: 2, out: out.captured, err: err.captured)
            }
            context.global = try GlobalOptions(parsed, command: C.name, environment: environment, today: context.today)
            let status = try C(arguments: parsed, context: context).run(context)
            return Result(status: status, out: out.captured, err: err.captured)
        } catch let error as UsageError {
            err.line("isodash: \(error)")
            return Result(status: 2, out: out.captured, err: err.captured)
        } catch let failure as CommandFailure {
            err.line("isodash: \(failure.message)")
            return Result(status: failure.exitStatus, out: out.captured, err: err.captured)
        } catch {
            err.line("isodash: \(error)")
            return Result(status: 2, out: out.captured, err: err.captured)
        }
    }
}
