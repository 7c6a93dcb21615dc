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

    func cleanUp() {
        try? FileManager.default.removeItem(at: home)
    }
}
