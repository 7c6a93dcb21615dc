import Foundation

/// Writes a file whole or not at all: to a temporary name beside it, then
/// renamed over the target, so a reader (or a sync) never sees half a file.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(UUID().uuidString).tmp"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                throw CommandFailure("cannot write \(path): \(reason)")
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw CommandFailure("cannot write \(path): \(error.localizedDescription); check the folder exists and is writable")
        }
    }
}
