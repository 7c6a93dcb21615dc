import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs child processes as an unprivileged user when the tests run as root, who
/// may write any file: permission tests need someone the permissions apply to.
enum Unprivileged {
    /// The user and group children run as when the tests run as root (`nobody`).
    static let uid: uid_t = 65534
    static let gid: gid_t = 65534
    static let setpriv = "/usr/bin/setpriv"

    static var isRoot: Bool { geteuid() == 0 }

    /// Whether permission tests can run: not root, or root with `setpriv` to drop privileges.
    static var isAvailable: Bool { !isRoot || FileManager.default.isExecutableFile(atPath: setpriv) }

    /// The launcher prefix that drops root's privileges (empty when not root).
    static var launcher: [String] {
        isRoot ? [setpriv, "--reuid=\(uid)", "--regid=\(gid)", "--clear-groups", "--"] : []
    }

    /// Gives `path` to the unprivileged user, so that its mode bits are what counts.
    static func own(_ path: String) {
        if isRoot { chown(path, uid, gid) }
    }
}
