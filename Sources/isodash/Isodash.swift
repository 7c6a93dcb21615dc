#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import QMSDomain

/// The `isodash` binary: reads the world once (arguments, environment, the
/// clock, whether stdout is a terminal) and hands it to `CommandLineTool`.
@main
struct Isodash {
    static func main() {
        // A reader that goes away (`isodash status | head`) is not an error.
        signal(SIGPIPE, SIG_IGN)
        let context = CommandContext(
            environment: ProcessInfo.processInfo.environment,
            today: Day.today(),
            standardOutput: TextOutput(descriptor: 1),
            standardError: TextOutput(descriptor: 2),
            stdoutIsTerminal: isatty(1) == 1,
            stdinIsTerminal: isatty(0) == 1,
            stderrIsTerminal: isatty(2) == 1
        )
        let status = CommandLineTool.run(arguments: Array(CommandLine.arguments.dropFirst()), context: context)
        exit(status)
    }
}

extension Day {
    /// Today in the local time zone: the only place isodash reads the clock.
    static func today() -> Day {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
