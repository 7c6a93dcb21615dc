import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a new store's folders and empty file, with permissions chosen here
/// rather than by SQLite's default (0644): the store holds an agency's internal
/// registers, so it is readable by the owner's group (the committee's shared
/// account) and nobody else. SQLite gives the WAL and shared-memory files the
/// same mode as the database file.
enum StoreFile {
    static let mode: mode_t = 0o640

    /// Makes sure a file exists at `path`; returns whether it was created.
    static func createIfMissing(_ path: String) throws(StoreError) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw StoreError.cannotOpen(path: path, reason: "it is a folder; give the path of a file, e.g. \(path)/store.sqlite")
            }
            return false
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty && !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o750])
            } catch {
                throw StoreError.cannotCreate(path: path, reason: "cannot create the folder \(folder): \(reason(error))")
            }
        }
        // O_EXCL: if another process creates the store at the same moment, one
        // of us makes the file and the other simply opens it.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        if descriptor < 0 {
            let code = errno
            if code == EEXIST { return false }
            throw StoreError.cannotCreate(path: path, reason: String(cString: strerror(code)))
        }
        close(descriptor)
        return true
    }

    /// Whether `path` names an existing entry, and whether it is a folder.
    static func existence(of path: String) -> (exists: Bool, isFolder: Bool) {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return (exists, isDirectory.boolValue)
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return nsError.localizedDescription
    }
}
