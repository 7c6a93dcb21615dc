import Testing
@testable import isodash
import QMSDomain

/// The command line's shape, run in-process with captured output.
struct CommandLineTests {
    func run(_ arguments: [String], environment: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
        let out = TextOutput(), err = TextOutput()
        let context = CommandContext(environment: environment, today: Day(year: 2026, month: 11, day: 25)!,
                                     standardOutput: out, standardError: err,
                                     stdoutIsTerminal: false, stdinIsTerminal: false)
        let status = CommandLineTool.run(arguments: arguments, context: context)
        return (status, out.captured, err.captured)
    }

    @Test func helpListsGlobalOptionsAndExitsZero() {
        let result = run(["--help"])
        #expect(result.status == 0)
        #expect(result.out.contains("Usage: isodash [COMMAND] [OPTIONS]"))
        for option in ["--db PATH", "--as-of YYYY-MM-DD", "--lang vi|en", "--version"] {
            #expect(result.out.contains(option), "help lacks \(option)")
        }
        #expect(result.err.isEmpty)
    }

    @Test func versionPrintsOneLine() {
        let result = run(["--version"])
        #expect(result.status == 0)
        #expect(result.out == "isodash \(CommandLineTool.version)\n")
    }

    @Test func unknownOptionIsOneLineOnStderrWithStatusTwo() {
        let result = run(["--verison"])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err.split(separator: "\n").count == 1)
        #expect(result.err.contains("unknown option '--verison'; did you mean '--version'?"))
    }

    @Test func unknownCommandIsAUsageError() {
        let result = run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.err.contains("unknown command 'frobnicate'"))
    }

    @Test func malformedAsOfNamesTheExpectedForm() {
        for bad in ["2026-02-29", "25/11/2026", "tomorrow", "2026-13-01"] {
            let result = run(["--as-of", bad])
            #expect(result.status == 2, "\(bad) accepted")
            #expect(result.err.contains("expected YYYY-MM-DD"), "\(result.err)")
        }
    }

    @Test func dashboardDueWithinOutOfRangeIsOneLineWithStatusTwo() {
        // Checked before the terminal is: the message names the option, not the terminal.
        for bad in ["400", "two", "14.5"] {
            let result = run(["--due-within", bad])
            #expect(result.status == 2, "\(bad) accepted")
            #expect(result.out.isEmpty)
            #expect(result.err.split(separator: "\n").count == 1, "one line: \(result.err)")
            #expect(result.err.contains("'--due-within \(bad)' is not a number of days"), "\(result.err)")
            #expect(result.err.contains("0 to 365"), "\(result.err)")
        }
        #expect(run(["--help"]).out.contains("--due-within N"), "the dashboard's help names the option")
    }

    @Test func badLanguageIsRejected() {
        let result = run(["--lang", "fr"])
        #expect(result.status == 2)
        #expect(result.err.contains("expected 'vi' or 'en'"))
    }

    @Test func optionMissingItsValue() {
        let result = run(["--db"])
        #expect(result.status == 2)
        #expect(result.err.contains("'--db PATH' needs a value"))
    }

    @Test func optionGivenTwiceIsRejected() {
        let result = run(["--lang", "vi", "--lang=en"])
        #expect(result.status == 2)
        #expect(result.err.contains("given twice"))
    }

    @Test func globalOptionsParseWithEqualsAndSpace() throws {
        let parsed = try ParsedArguments.parse(["--db=/tmp/x.sqlite", "--as-of", "2026-06-30", "rest"],
                                               specs: GlobalOptions.specs, command: "isodash")
        let options = try GlobalOptions(parsed, command: "isodash", environment: ["LANG": "vi_VN.UTF-8"],
                                        today: Day(year: 2026, month: 1, day: 1)!)
        #expect(options.db == "/tmp/x.sqlite")
        #expect(options.asOf == Day(year: 2026, month: 6, day: 30))
        #expect(options.language == .vi)
        #expect(parsed.positionals == ["rest"])
    }

    @Test func asOfDefaultsToTodayAndLanguageToEnvironment() throws {
        let parsed = try ParsedArguments.parse([], specs: GlobalOptions.specs, command: "isodash")
        let options = try GlobalOptions(parsed, command: "isodash", environment: ["LANG": "C"],
                                        today: Day(year: 2026, month: 11, day: 25)!)
        #expect(options.asOf == Day(year: 2026, month: 11, day: 25))
        #expect(options.language == .en)
    }

    @Test func suggestionsNeedACloseSpelling() {
        #expect(ParsedArguments.closest(to: "forse", among: ["force", "dry-run"]) == "force")
        #expect(ParsedArguments.closest(to: "zzzzzz", among: ["force", "dry-run"]) == nil)
        #expect(ParsedArguments.closest(to: "stauts", among: ["sync", "status"]) == "status")
    }
}
