/// One option a command accepts, with the help text printed next to it.
///
/// Kept as data (not property wrappers) so that parsing, `--help` and the
/// "did you mean" suggestion all read the same list.
struct OptionSpec: Sendable {
    enum Kind: Sendable {
        /// `--force`: present or not.
        case flag
        /// `--db PATH` or `--db=PATH`: takes one value.
        case value(placeholder: String)
    }

    let name: String
    let kind: Kind
    let help: String
    /// Options given more than once accumulate (`--unit A --unit B`) instead of failing.
    let repeatable: Bool

    init(_ name: String, _ kind: Kind, help: String, repeatable: Bool = false) {
        self.name = name
        self.kind = kind
        self.help = help
        self.repeatable = repeatable
    }

    var takesValue: Bool {
        if case .value = kind { return true }
        return false
    }

    /// `--db PATH`, as the help lists it.
    var usage: String {
        switch kind {
        case .flag: return "--\(name)"
        case .value(let placeholder): return "--\(name) \(placeholder)"
        }
    }
}
