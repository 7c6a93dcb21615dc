import Foundation

/// The folder the benchmark works in: generated exports, the register split by
/// month, the stores it builds once and copies per run, the children's output and a
/// sandbox HOME.
///
/// A temporary folder is removed at the end. A `--keep` folder is kept; it must be
/// new, empty, or one the benchmark made before (it holds a marker file), so the
/// benchmark never deletes a user's own files.
struct Workspace {
    static let marker = ".isodash-bench"

    let root: String
    let keeps: Bool

    var data: String { root + "/data" }
    var yearFolder: String { root + "/split/year" }
    var monthFolder: String { root + "/split/month" }
    var extraActions: String { root + "/split/actions" }
    var stores: String { root + "/stores" }
    var runs: String { root + "/runs" }
    var output: String { root + "/output" }
    var home: String { root + "/home" }

    private static var fileManager: FileManager { .default }

    static func create(keep: String?) throws(BenchError) -> Workspace {
        let workspace: Workspace
        if let keep {
            let root = (keep as NSString).standardizingPath
            let absolute = root.hasPrefix("/") ? root : fileManager.currentDirectoryPath + "/" + root
            let existing = (try? fileManager.contentsOfDirectory(atPath: absolute)) ?? []
            guard existing.isEmpty || existing.contains(marker) else {
                throw BenchError.io(path: absolute, reason:
                    "the folder holds files the benchmark did not make; give --keep a new or empty folder")
            }
            workspace = Workspace(root: absolute, keeps: true)
            for folder in ["data", "split", "stores", "runs", "output", "home"] {
                try? fileManager.removeItem(atPath: absolute + "/" + folder)
            }
        } else {
            workspace = Workspace(root: NSTemporaryDirectory() + "isodash-bench-" + UUID().uuidString, keeps: false)
        }
        for folder in [workspace.root, workspace.data, workspace.yearFolder, workspace.monthFolder,
                       workspace.extraActions, workspace.stores, workspace.runs, workspace.output, workspace.home] {
            try makeFolder(folder)
        }
        guard fileManager.createFile(atPath: workspace.root + "/" + marker, contents: Data("isodash-bench workspace\n".utf8))
        else { throw BenchError.io(path: workspace.root, reason: "cannot write the marker file") }
        return workspace
    }

    private static func makeFolder(_ path: String) throws(BenchError) {
        do {
            try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw BenchError.io(path: path, reason: error.localizedDescription)
        }
    }

    /// Replaces `destination` with a copy of the store at `source`, its WAL included,
    /// so every run starts from the same bytes.
    func copyStore(_ source: String, to destination: String) throws(BenchError) {
        removeStore(destination)
        for suffix in ["", "-wal"] where Self.fileManager.fileExists(atPath: source + suffix) {
            do {
                try Self.fileManager.copyItem(atPath: source + suffix, toPath: destination + suffix)
            } catch {
                throw BenchError.io(path: destination + suffix, reason: error.localizedDescription)
            }
        }
    }

    /// Removes a store and the files SQLite and isodash keep beside it.
    func removeStore(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal", ".lock", ".sync-lock"] {
            try? Self.fileManager.removeItem(atPath: path + suffix)
        }
    }

    /// Size of a store with its WAL, in bytes.
    func storeSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? Self.fileManager.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }

    /// Size of a store's WAL, in bytes (0 when there is none).
    func walSize(_ path: String) -> Int {
        (try? Self.fileManager.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
    }

    /// Removes the temporary workspace; a `--keep` folder stays.
    func finish() {
        guard !keeps else { return }
        try? Self.fileManager.removeItem(atPath: root)
    }
}
