import Foundation
import QMSStore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 8, files and permissions: a shared store that a user may read but not write,
/// the mode of a new store, and a disk that fills up during a sync.
///
/// When the tests run as root (who may write any file), the commands under test run
/// as `nobody` through `setpriv`, so that permissions apply to them.
@Suite struct StoreFileTests {
    /// A store synced by its owner (the cron job), with a new export waiting to be synced.
    struct Shared {
        let runner: BinaryRunner
        let folder: URL
        let store: String
        let newExport: String
        let content: [String]

        init() throws {
            runner = BinaryRunner()
            folder = runner.home.appendingPathComponent("shared")
            store = folder.appendingPathComponent("store.sqlite").path
            let exports = runner.home.appendingPathComponent("exports")
            let units = try ReliabilityData.write(ReliabilityData.units, "units.csv", in: exports)
            let objectives = try ReliabilityData.write(ReliabilityData.objectives, "objectives.csv", in: exports)
            let documents = try ReliabilityData.write(
                ReliabilityData.documents(prefix: "VB", count: 200, electronic: 150), "documents.csv", in: exports)
            let result = try runner.run(["sync", "--db", store, units, objectives, documents])
            #expect(result.status == 0, "\(result.stderr)")
            newExport = try ReliabilityData.write(
                ReliabilityData.documents(prefix: "MOI", count: 10, electronic: 10), "documents-new.csv", in: exports)
            content = try ReliabilityData.content(ofStoreAt: store)
            // Everything readable by the user the commands run as.
            Unprivileged.own(runner.home.path)
            for name in (try FileManager.default.contentsOfDirectory(atPath: exports.path)) {
                Unprivileged.own(exports.appendingPathComponent(name).path)
            }
        }

        /// The store's files: the database, its WAL files and the sync lock.
        var files: [String] { ["", "-wal", "-shm", ".sync-lock"].map { store + $0 } }

        /// Makes `path` writable or not for the user the commands run as.
        func setWritable(_ path: String, _ writable: Bool, folder: Bool = false) throws {
            if Unprivileged.isRoot {
                // Root's files are read-only to nobody; nobody's own are writable.
                if writable { Unprivileged.own(path) } else { chown(path, 0, 0) }
                try FileManager.default.setAttributes([.posixPermissions: folder ? 0o755 : 0o644], ofItemAtPath: path)
            } else {
                try FileManager.default.setAttributes(
                    [.posixPermissions: folder ? (writable ? 0o755 : 0o555) : (writable ? 0o644 : 0o444)],
                    ofItemAtPath: path)
            }
        }

        func run(_ arguments: [String]) throws -> BinaryRunner.Result {
            let child = try BackgroundIsodash(arguments, runner: runner, launcher: Unprivileged.launcher)
            let end = child.wait()
            return BinaryRunner.Result(status: end.status, stdout: child.stdout, stderr: child.stderr)
        }

        func cleanUp() {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            runner.cleanUp()
        }
    }

    enum ReadOnly: String, CaseIterable, Sendable {
        /// The store's files may not be written; its folder may.
        case file
        /// Neither the folder nor the files: a department head's view of the committee's store.
        case folderAndFile
    }

    @Test(.enabled(if: Unprivileged.isAvailable, "running as root without setpriv"), arguments: ReadOnly.allCases)
    func aReadOnlyStoreIsReadByStatusAndRefusedBySync(_ readOnly: ReadOnly) throws {
        let shared = try Shared()
        defer { shared.cleanUp() }
        for file in shared.files { try shared.setWritable(file, false) }
        try shared.setWritable(shared.folder.path, readOnly == .file, folder: true)

        let status = try shared.run(["status", "--json", "--db", shared.store, "--as-of", "2026-12-31"])
        #expect(status.status == 1, "status must read the store: \(status.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
        let objective = try #require((root["objectives"] as? [[String: Any]])?.first)
        #expect(objective["value"] as? Double == 75)
        let text = try shared.run(["status", "--db", shared.store, "--as-of", "2026-12-31"])
        #expect(text.status == 1 && text.stdout.contains("MT-E"), "\(text.stderr)")

        let sync = try shared.run(["sync", "--db", shared.store, shared.newExport])
        #expect(sync.status == 2)
        #expect(sync.stdout.isEmpty)
        #expect(sync.stderr == "isodash: the store \(shared.store) cannot be written (check the permissions of the file "
            + "and its folder); reading commands such as `isodash status` still work\n")
        #expect(try ReliabilityData.content(ofStoreAt: shared.store) == shared.content)
    }

    @Test(.enabled(if: Unprivileged.isAvailable, "running as root without setpriv"))
    func aNewStoreInAReadOnlyFolderIsRefusedWithItsReason() throws {
        let shared = try Shared()
        defer { shared.cleanUp() }
        try shared.setWritable(shared.folder.path, false, folder: true)
        let path = shared.folder.appendingPathComponent("other.sqlite").path
        let sync = try shared.run(["sync", "--db", path, shared.newExport])
        #expect(sync.status == 2)
        #expect(sync.stderr == "isodash: cannot create the store \(path): Permission denied\n")
        let status = try shared.run(["status", "--db", path])
        #expect(status.status == 2)
        #expect(status.stderr.hasPrefix("isodash: no isodash store at \(path)"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aNewStoreIsReadableByTheGroupOnly() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let units = try ReliabilityData.write(ReliabilityData.units, "units.csv", in: runner.home)
        let result = try runner.run(["sync", units])
        #expect(result.status == 0, "\(result.stderr)")
        let folder = runner.home.appendingPathComponent("data/isodash")
        func mode(_ path: String) throws -> Int {
            ((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
        }
        // Under the usual umask (022) exactly these; a stricter umask only takes more away.
        let mask = Self.umask()
        #expect(try mode(folder.path) == 0o750 & ~mask)
        for suffix in ["", "-wal", "-shm"] {
            #expect(try mode(folder.appendingPathComponent("store.sqlite" + suffix).path) == 0o640 & ~mask, "store.sqlite\(suffix)")
        }
    }

    /// The process's umask, read without changing it (other tests create files meanwhile).
    static func umask() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { Int($0.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
    }

    // MARK: A full disk

    /// Runs `isodash ARGUMENTS` as if the disk had room for `bytes` per file: a file size
    /// limit, with SIGXFSZ ignored as a full disk does not kill the writer, so a write past
    /// the limit fails with EFBIG as one on a full disk fails with ENOSPC. (`ulimit -f`
    /// counts 512-byte blocks in a POSIX `sh`, dash and bash alike.)
    static func runWithDiskRoom(_ bytes: Int, _ arguments: [String], runner: BinaryRunner) throws -> BinaryRunner.Result {
        let child = try BackgroundIsodash(arguments, runner: runner,
                                          launcher: ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f \(bytes / 512); exec \"$@\"", "sh"])
        let end = child.wait()
        return BinaryRunner.Result(status: end.status, stdout: child.stdout, stderr: child.stderr)
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
    }

    static let diskMessage = "the store could not be read or written on disk: the disk may be full, over a file size "
        + "limit (ulimit -f) or failing; free some space or check the disk and try again"

    @Test func aSyncThatRunsOutOfDiskSaysSoAndChangesNothing() throws {
        let runner = BinaryRunner()
        defer { runner.cleanUp() }
        let store = runner.home.appendingPathComponent("store.sqlite").path
        let exports = runner.home.appendingPathComponent("exports")
        let units = try ReliabilityData.write(ReliabilityData.units, "units.csv", in: exports)
        let documents = try ReliabilityData.write(
            ReliabilityData.documents(prefix: "VB", count: 20_000, electronic: 100), "documents.csv", in: exports)
        #expect(try runner.run(["sync", "--db", store, units]).status == 0)
        let before = try ReliabilityData.content(ofStoreAt: store)
        let room = max(Self.size(store), Self.size(store + "-wal"))

        // Room for the sync log's entry, not for the register (about 1.3 MB in the
        // write-ahead log): the file is rejected, saying why.
        let tight = try Self.runWithDiskRoom(room + 128 * 1024, ["sync", "--db", store, documents], runner: runner)
        #expect(tight.status == 1, "\(tight.stdout) \(tight.stderr)")
        #expect(tight.stdout.hasPrefix("rejected \(documents)  documents: 1 error, nothing written\n"
            + "  \(documents): the store refused the file, nothing of it was written: \(Self.diskMessage)"), "\(tight.stdout)")
        #expect(try ReliabilityData.content(ofStoreAt: store) == before, "nothing of the file was written")

        // Hardly any room: the file's line still says why, and either the log's entry
        // fits in the write-ahead log's first page (the last sync left the log empty and
        // SQLite writes it from the start: exit 1 as for any rejected file) or it does not,
        // and the run stops (exit 2) saying what it could not write.
        let full = try Self.runWithDiskRoom(Self.size(store + "-shm") + 2 * 1024, ["sync", "--db", store, documents],
                                            runner: runner)
        #expect(full.stdout.hasPrefix("rejected \(documents)  documents: 1 error, nothing written\n"
            + "  \(documents): the store refused the file, nothing of it was written: \(Self.diskMessage)"), "\(full.stdout)")
        if full.status == 2 {
            #expect(full.stderr.hasPrefix("isodash: the sync log could not be written: \(Self.diskMessage)"), "\(full.stderr)")
        } else {
            #expect(full.status == 1, "\(full.stdout) \(full.stderr)")
        }
        #expect(try ReliabilityData.content(ofStoreAt: store) == before, "nothing of the file was written")

        // No room at all: the store cannot even be opened for writing, and says why.
        let none = try Self.runWithDiskRoom(4 * 1024, ["sync", "--db", store, documents], runner: runner)
        #expect(none.status == 2 && none.stdout.isEmpty, "\(none.stdout) \(none.stderr)")
        #expect(none.stderr.hasPrefix("isodash: \(Self.diskMessage)"), "\(none.stderr)")
        #expect(try ReliabilityData.content(ofStoreAt: store) == before)

        let connection = try Connection(path: store, mode: .readWrite)
        #expect(try connection.pragmaText("integrity_check") == "ok")
        connection.close()

        // With room again, the same file applies.
        let again = try runner.run(["sync", "--db", store, documents])
        #expect(again.status == 0, "\(again.stdout) \(again.stderr)")
        #expect(again.stdout.contains("documents: 20000 inserted"))
    }
}
