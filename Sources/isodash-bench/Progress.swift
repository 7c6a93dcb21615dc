import Foundation

/// What the benchmark is doing, on stderr, so a run of several minutes is not
/// silent and stdout holds only the report.
enum Progress {
    static func say(_ message: String) {
        FileHandle.standardError.write(Data(("isodash-bench: " + message + "\n").utf8))
    }
}
