import Foundation

/// The programs the benchmark runs, found before anything is generated so a missing
/// one fails in a second rather than after minutes of data generation.
struct Tools: Sendable {
    let isodash: String
    let sqlite3: String

    init(isodash: String, searchPath: String) throws(BenchError) {
        let isodash = (isodash as NSString).standardizingPath
        guard FileManager.default.isExecutableFile(atPath: isodash) else {
            throw BenchError.missingTool(name: "isodash", path: isodash, hint:
                "build it next to the benchmark (swift build -c release --product isodash) or pass --isodash PATH")
        }
        guard let sqlite3 = Self.find("sqlite3", in: searchPath) else {
            throw BenchError.missingTool(name: "sqlite3", path: searchPath, hint:
                "the comparisons need the sqlite3 shell; install it (apt-get install sqlite3)")
        }
        self.isodash = isodash.hasPrefix("/") ? isodash : FileManager.default.currentDirectoryPath + "/" + isodash
        self.sqlite3 = sqlite3
    }

    /// The first executable `name` in the colon-separated `searchPath`.
    static func find(_ name: String, in searchPath: String) -> String? {
        searchPath.split(separator: ":").map { String($0) + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether the measured isodash is a debug build (its figures say little).
    var isodashIsDebugBuild: Bool {
        isodash.contains("/debug/")
    }
}
