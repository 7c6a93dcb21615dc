import Foundation

/// Runs the built `isodash` binary as a user would, with a clean environment.
struct BinaryRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `isodash` executable next to the test bundle in the build folder.
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the test runner is `isodashPackageTests.xctest` in the build folder;
        // on macOS it sits inside a bundle a few levels down.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("isodash")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("isodash binary not found near \(testBinary.path); run 'swift build' first")
    }()

    /// A sandbox HOME/XDG so a test never touches the real user's store.
    let home: URL

    init() {
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("isodash-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    var baseEnvironment: [String: String] {
        [
            "HOME": home.path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "SWIFT_BACKTRACE": "enable=no",
        ]
    }

    func run(_ arguments: [String], environment extra: [String: String] = [:], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = baseEnvironment.merging(extra) { $1 }
        process.currentDirectoryURL = directory ?? home
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// `isodash-bench`, built next to `isodash`.
    static var bench: URL {
        executable.deletingLastPathComponent().appendingPathComponent("isodash-bench")
    }

    /// Runs `program` with its output captured through files rather than pipes: the
    /// benchmark starts a tmux server, which would hold a pipe open after it exits.
    func runCapturingFiles(_ program: URL, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = baseEnvironment
        process.currentDirectoryURL = home
        let out = home.appendingPathComponent("run-\(UUID().uuidString).stdout")
        let err = home.appendingPathComponent("run-\(UUID().uuidString).stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: home)
    }
}
