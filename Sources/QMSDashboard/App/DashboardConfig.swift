import Foundation
import QMSDomain

/// The dashboard's settings from `$XDG_CONFIG_HOME/isodash/config` (default
/// `~/.config/isodash/config`), in the same `key = "value"` form as theme files:
///
/// ```
/// # isodash configuration
/// theme = "projector"   # a theme name or a path to a .theme file
/// unit  = "SO-TTTT"     # the unit in scope when the dashboard opens
/// due_within = "14"     # actions due within 14 days count as due soon
/// ```
///
/// Command-line options win over `ISODASH_THEME`, which wins over this file. A line the
/// parser cannot read is reported as `FILE:LINE: …` and otherwise ignored: a typo in the
/// config must not keep the dashboard from opening.
public struct DashboardConfig: Hashable, Sendable {
    public var theme: String?
    public var unit: String?
    /// N of the due-soon rule (0…365); nil: the default, 14. `--due-within` wins over it.
    public var dueWithin: Int?
    /// `FILE:LINE: what is wrong, expected …`, in line order.
    public var warnings: [String]

    public init(theme: String? = nil, unit: String? = nil, dueWithin: Int? = nil, warnings: [String] = []) {
        self.theme = theme
        self.unit = unit
        self.dueWithin = dueWithin
        self.warnings = warnings
    }

    /// The keys the file may set.
    public static let keys = ["theme", "unit", "due_within"]

    /// Where the file is: `$XDG_CONFIG_HOME/isodash/config`, else `$HOME/.config/isodash/config`.
    public static func path(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/isodash/config" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/isodash/config" }
        return nil
    }

    /// Reads the text of a config file; `source` names it in warnings.
    public static func parse(_ text: String, source: String) -> DashboardConfig {
        var config = DashboardConfig()
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                config.warnings.append("\(source):\(lineNumber): cannot read this line, expected key = \"value\" "
                                       + "(e.g. theme = \"projector\") or a # comment")
                continue
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var rest = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard rest.hasPrefix("\""), let close = rest.dropFirst().firstIndex(of: "\"") else {
                config.warnings.append("\(source):\(lineNumber): the value of '\(key)' is not in double quotes, "
                                       + "expected \(key) = \"…\"")
                continue
            }
            let value = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = String(rest[rest.index(after: close)...]).trimmingCharacters(in: .whitespaces)
            if !rest.isEmpty && !rest.hasPrefix("#") {
                config.warnings.append("\(source):\(lineNumber): unexpected text after the value of '\(key)', "
                                       + "expected nothing or a # comment")
                continue
            }
            switch key {
            case "theme": config.theme = value.isEmpty ? nil : value
            case "unit": config.unit = value.isEmpty ? nil : value
            case "due_within":
                if value.isEmpty {
                    config.dueWithin = nil
                } else if let rule = DueSoonRule.parse(value) {
                    config.dueWithin = rule.days
                } else {
                    config.warnings.append("\(source):\(lineNumber): due_within = \"\(value)\" is not a number of days, "
                                           + "expected a whole number from 0 to 365 (e.g. due_within = \"14\")")
                }
            default:
                config.warnings.append("\(source):\(lineNumber): unknown key '\(key)', expected one of "
                                       + keys.joined(separator: ", "))
            }
        }
        return config
    }
}
