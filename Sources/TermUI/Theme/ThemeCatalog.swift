import Foundation

/// Finds a theme by name or path.
///
/// Names are looked up as `NAME.theme` in `directories`, first match wins, so a user's
/// own copy in `$XDG_CONFIG_HOME/isodash/themes` overrides a shipped theme of the same
/// name. `default` is also compiled in, so a binary copied without its `Themes/` folder
/// still starts.
public struct ThemeCatalog: Sendable {
    /// Searched in order.
    public var directories: [String]

    /// Theme files larger than this are refused: a theme is a few kilobytes.
    public static let maximumFileSize = 256 * 1024

    public init(directories: [String]) {
        self.directories = directories
    }

    /// The usual places, in order:
    /// 1. `$XDG_CONFIG_HOME/isodash/themes` (default `~/.config/isodash/themes`), the user's own;
    /// 2. `<exe dir>/../share/isodash/themes`, an installed copy (`/usr/local/bin/isodash`);
    /// 3. `<exe dir>/Themes`, a binary unpacked next to its themes;
    /// 4. `Themes/` of the checkout the binary was built in (the nearest directory above the
    ///    executable holding both `Package.swift` and `Themes/`), for `swift run`.
    ///
    /// `executablePath` is resolved through symbolic links; nil leaves out 2–4.
    public static func standard(environment: [String: String], executablePath: String?) -> ThemeCatalog {
        var directories: [String] = []
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            directories.append(config + "/isodash/themes")
        } else if let home = environment["HOME"], !home.isEmpty {
            directories.append(home + "/.config/isodash/themes")
        }
        if let executablePath, !executablePath.isEmpty {
            let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
            let folder = executable.deletingLastPathComponent()
            directories.append(folder.appendingPathComponent("../share/isodash/themes").standardizedFileURL.path)
            directories.append(folder.appendingPathComponent("Themes").path)
            if let checkout = checkoutThemes(above: folder) { directories.append(checkout) }
        }
        var seen = Set<String>()
        return ThemeCatalog(directories: directories.filter { seen.insert($0).inserted })
    }

    /// `standard` for the running binary.
    public static func standard(environment: [String: String]) -> ThemeCatalog {
        standard(environment: environment, executablePath: Bundle.main.executablePath)
    }

    /// Loads `request`: a theme name (`projector`), a path to a file (anything with a `/`
    /// or ending in `.theme`), or nil for `default`. Falls back to the built-in default,
    /// with warnings, when the theme is missing or its file has errors.
    public func load(_ request: String?) -> ThemeLoadResult {
        let request = request ?? "default"
        if Self.isPath(request) { return loadFile(at: request) }
        guard Self.isValidName(request) else {
            return ThemeLoadResult(theme: .builtInDefault, warnings: [.invalidName(request)])
        }
        if let path = path(forName: request) { return loadFile(at: path) }
        if request == "default" { return ThemeLoadResult(theme: .builtInDefault) }
        return ThemeLoadResult(theme: .builtInDefault, warnings: [.notFound(name: request, searched: directories)])
    }

    /// The file a name resolves to, if any.
    public func path(forName name: String) -> String? {
        guard Self.isValidName(name) else { return nil }
        for directory in directories {
            let path = directory + "/" + name + ".theme"
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return path
            }
        }
        return nil
    }

    /// Every theme name available, sorted, `default` always among them: for help text.
    public func themeNames() -> [String] {
        var names: Set<String> = ["default"]
        for directory in directories {
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for file in files where file.hasSuffix(".theme") {
                let name = String(file.dropLast(".theme".count))
                if Self.isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// True when `request` names a file rather than a theme.
    public static func isPath(_ request: String) -> Bool {
        request.contains("/") || request.hasSuffix(".theme")
    }

    /// Letters, digits, `-`, `_` and inner dots: nothing that could leave the directory.
    public static func isValidName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 64, !name.hasPrefix(".") else { return false }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
    }

    /// Reads and parses one file; any error gives the built-in default.
    private func loadFile(at path: String) -> ThemeLoadResult {
        let text: String
        switch Self.read(path) {
        case .failure(let error): return ThemeLoadResult(theme: .builtInDefault, warnings: [error])
        case .success(let contents): text = contents
        }
        let outcome = ThemeParser.parse(text, source: path)
        if !outcome.errors.isEmpty {
            return ThemeLoadResult(theme: .builtInDefault, warnings: outcome.errors)
        }
        return ThemeLoadResult(theme: outcome.theme, path: path)
    }

    private static func read(_ path: String) -> Result<String, ThemeError> {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.unreadable(path: path, reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(.unreadable(path: path, reason: "it is a directory, expected a .theme file")) }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > maximumFileSize {
            return .failure(.unreadable(path: path, reason: "\(size.intValue) bytes, expected a theme file under \(maximumFileSize / 1024) KB"))
        }
        guard let data = manager.contents(atPath: path) else {
            return .failure(.unreadable(path: path, reason: "permission denied or not a regular file"))
        }
        guard data.count <= maximumFileSize else {
            return .failure(.unreadable(path: path, reason: "\(data.count) bytes, expected a theme file under \(maximumFileSize / 1024) KB"))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(.unreadable(path: path, reason: "not UTF-8 text"))
        }
        return .success(text)
    }

    /// `Themes/` of the nearest enclosing package checkout.
    private static func checkoutThemes(above folder: URL) -> String? {
        var current = folder.standardizedFileURL
        for _ in 0..<8 {
            let themes = current.appendingPathComponent("Themes")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: current.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: themes.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return themes.path
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return nil
    }
}
