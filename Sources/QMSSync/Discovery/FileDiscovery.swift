#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import QMSDomain

/// Finds the export files among the PATHs of `isodash sync PATH...` (EXPORT-FORMAT §1).
///
/// A PATH is a file or a folder read one level deep (names starting with `.` are
/// skipped). Anything that is not a `.csv` or `.json` file is reported as skipped;
/// a path that cannot be read, and a CSV whose name names no kind, as rejected.
/// Nothing here throws: every odd entry (a symbolic-link loop, a broken link, a
/// folder without permission) becomes a note for that entry alone.
public enum FileDiscovery {
    public struct Result: Sendable {
        /// The files to read, in the order found (the runner orders them by kind).
        public var files: [ExportFile] = []
        /// What was skipped or rejected, in the order found.
        public var notes: [DiscoveryNote] = []
    }

    public static func discover(_ paths: [String]) -> Result {
        var result = Result()
        var seen: [FileIdentity: String] = [:]
        for path in paths {
            switch inspect(path) {
            case .failure(let reason):
                result.notes.append(DiscoveryNote(path: path, verdict: .rejected, reason: reason))
            case .success(let info) where info.isDirectory:
                readFolder(path, into: &result, seen: &seen)
            case .success(let info):
                consider(path: path, name: baseName(path), info: info, into: &result, seen: &seen)
            }
        }
        return result
    }

    // MARK: Folders

    private static func readFolder(_ folder: String, into result: inout Result, seen: inout [FileIdentity: String]) {
        let names: [String]
        switch entries(of: folder) {
        case .failure(let reason):
            result.notes.append(DiscoveryNote(path: folder, verdict: .rejected, reason: "the folder cannot be read: \(reason)"))
            return
        case .success(let found):
            names = found
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard !name.hasPrefix(".") else { continue }
            let path = prefix + name
            switch inspect(path) {
            case .failure(let reason):
                result.notes.append(DiscoveryNote(path: path, verdict: .rejected, reason: reason))
            case .success(let info) where info.isDirectory:
                let reason: String
                if let kind = RecordKind.fromFileName(name) {
                    reason = "a folder named like a kind (\(kind.rawValue)); folders are read one level deep, "
                        + "so give its path to sync it"
                } else {
                    reason = "a folder inside a folder; folders are read one level deep"
                }
                result.notes.append(DiscoveryNote(path: path, verdict: .skipped, reason: reason))
            case .success(let info):
                consider(path: path, name: name, info: info, into: &result, seen: &seen)
            }
        }
    }

    private static func consider(path: String, name: String, info: FileInfo, into result: inout Result,
                                 seen: inout [FileIdentity: String]) {
        guard info.isRegular else {
            result.notes.append(DiscoveryNote(path: path, verdict: .skipped, reason: "not a regular file"))
            return
        }
        let lowered = name.lowercased()
        let format: ExportFile.Format
        if lowered.hasSuffix(".csv") {
            format = .csv
        } else if lowered.hasSuffix(".json") {
            format = .json
        } else {
            result.notes.append(DiscoveryNote(path: path, verdict: .skipped, reason: "not a .csv or .json file"))
            return
        }
        if let earlier = seen[info.identity] {
            result.notes.append(DiscoveryNote(path: path, verdict: .skipped, reason: "the same file as \(earlier), read once"))
            return
        }
        let kind = RecordKind.fromFileName(name)
        if kind == nil, format == .csv {
            result.notes.append(DiscoveryNote(path: path, verdict: .rejected, reason: "the name does not say which kind "
                + "of record the file holds, expected a name starting with "
                + RecordKind.allCases.map(\.rawValue).joined(separator: ", ") + " (such as units-2026.csv)"))
            return
        }
        seen[info.identity] = path
        result.files.append(ExportFile(path: path, name: name, format: format, namedKind: kind))
    }

    // MARK: File system

    struct FileIdentity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    struct FileInfo {
        let isDirectory: Bool
        let isRegular: Bool
        let identity: FileIdentity
    }

    enum Inspection {
        case success(FileInfo)
        case failure(String)
    }

    /// `stat` (following links), with a reason a user can act on when it fails.
    static func inspect(_ path: String) -> Inspection {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            switch code {
            case ENOENT:
                var link = stat()
                if lstat(path, &link) == 0 {
                    return .failure("a symbolic link to something that does not exist")
                }
                return .failure("does not exist")
            case ELOOP:
                return .failure("a loop of symbolic links, which cannot be followed")
            case EACCES:
                return .failure("cannot be read: permission denied")
            default:
                return .failure("cannot be read: " + String(cString: strerror(code)))
            }
        }
        let type = info.st_mode & S_IFMT
        return .success(FileInfo(isDirectory: type == S_IFDIR, isRegular: type == S_IFREG,
                                 identity: FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))))
    }

    private enum Listing {
        case success([String])
        case failure(String)
    }

    private static func entries(of folder: String) -> Listing {
        guard let directory = opendir(folder) else {
            let code = errno
            return .failure(code == EACCES ? "permission denied" : String(cString: strerror(code)))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            names.append(name)
        }
        return .success(names)
    }

    static func baseName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if let slash = trimmed.lastIndex(of: "/") { return String(trimmed[trimmed.index(after: slash)...]) }
        return String(trimmed)
    }
}
