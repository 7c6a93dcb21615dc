import Foundation
import Testing

/// The real binary, run as a separate process the way a user or a script would.
@Suite struct BinaryTests {
    @Test func helpAndVersionGoToStdout() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let help = try runner.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Usage: isodash"))
        #expect(help.stderr.isEmpty)
        let version = try runner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("isodash "))
    }

    @Test func usageErrorsExitTwoWithOneLineOnStderr() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let result = try runner.run(["--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("isodash: "))
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
    }
}
