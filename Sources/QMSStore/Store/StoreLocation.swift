import Foundation

/// Where the store lives when the user does not say.
///
/// Follows the XDG base-directory convention so the store sits with other
/// programs' data and a shared store is chosen in one place (`ISODASH_DB` in a
/// profile or a cron line) rather than on every command.
public struct StoreLocation: Sendable {
    /// The store path: `--db`, else `ISODASH_DB`, else
    /// `$XDG_DATA_HOME/isodash/store.sqlite`, else
    /// `$HOME/.local/share/isodash/store.sqlite`.
    ///
    /// Empty values count as unset, and a relative `XDG_DATA_HOME` is ignored as
    /// the XDG specification says. A leading `~/` in `--db` or `ISODASH_DB`
    /// (which the shell leaves alone in `--db=~/x`) means the home folder.
    public static func resolve(dbOption: String?, environment: [String: String]) -> String {
        let home = nonEmpty(environment["HOME"]) ?? FileManager.default.homeDirectoryForCurrentUser.path
        if let option = nonEmpty(dbOption) {
            return expandingTilde(option, home: home)
        }
        if let variable = nonEmpty(environment["ISODASH_DB"]) {
            return expandingTilde(variable, home: home)
        }
        return join(dataFolder(environment: environment, home: home), "store.sqlite")
    }

    /// The store `isodash demo` fills when `--db` is not given:
    /// `demo.sqlite` beside the default store. `ISODASH_DB` is deliberately not
    /// read, so that trying the demo never replaces the agency's real store.
    public static func demo(environment: [String: String]) -> String {
        let home = nonEmpty(environment["HOME"]) ?? FileManager.default.homeDirectoryForCurrentUser.path
        return join(dataFolder(environment: environment, home: home), "demo.sqlite")
    }

    /// `$XDG_DATA_HOME/isodash`, else `$HOME/.local/share/isodash`.
    private static func dataFolder(environment: [String: String], home: String) -> String {
        if let dataHome = nonEmpty(environment["XDG_DATA_HOME"]), dataHome.hasPrefix("/") {
            return join(dataHome, "isodash")
        }
        return join(home, ".local/share/isodash")
    }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }

    private static func expandingTilde(_ path: String, home: String) -> String {
        if path == "~" { return home }
        if path.hasPrefix("~/") { return join(home, String(path.dropFirst(2))) }
        return path
    }

    private static func join(_ folder: String, _ rest: String) -> String {
        folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
    }
}
