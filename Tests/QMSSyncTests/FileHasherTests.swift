import Foundation
import Testing
@testable import QMSSync

/// The sync's background hasher gives each file the digest `SHA256` would, and a file
/// it cannot read a failure naming it, whatever order they are asked for in.
@Suite("File hasher")
struct FileHasherTests {
    @Test func eachFileGetsItsOwnDigestInAnyOrderOfAsking() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isodash-hasher-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (index, message) in ["", "abc", String(repeating: "a", count: 300_000)].enumerated() {
            let path = folder.appendingPathComponent("file-\(index).csv").path
            try Data(message.utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let missing = folder.appendingPathComponent("gone.csv").path
        let hasher = FileHasher(paths: paths + [missing])

        // The last first: waiting for it means waiting for all the others.
        guard case .failure(.cannotOpen(let path, _)) = hasher.waitForDigest(of: missing) else {
            Issue.record("a missing file must be a failure naming it")
            return
        }
        #expect(path == missing)
        for path in paths.reversed() {
            let expected = try SHA256.hexDigest(ofFileAt: path)
            #expect(hasher.digest(of: path) == .success(expected))
            #expect(hasher.waitForDigest(of: path) == .success(expected))
        }
        #expect(hasher.digest(of: paths[1]) == .success(SHA256Tests.vectors[1].digest))

        // A path it was never given is a failure at once, not a wait for ever.
        guard case .failure(.cannotRead(let other, _)) = hasher.waitForDigest(of: folder.path) else {
            Issue.record("a path not given to the hasher must fail at once")
            return
        }
        #expect(other == folder.path)
    }
}
