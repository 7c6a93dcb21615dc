/// The arguments of one command after parsing: options by name and the
/// positional arguments in order.
struct ParsedArguments: Sendable, Equatable {
    private(set) var flags: Set<String> = []
    private(set) var values: [String: [String]] = [:]
    private(set) var positionals: [String] = []

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    func value(_ name: String) -> String? { values[name]?.last }
    func allValues(_ name: String) -> [String] { values[name] ?? [] }

    /// Parses `arguments` against `specs`. `--name value`, `--name=value`,
    /// and `--` to end options are understood; anything else starting with
    /// `-` is an unknown option.
    static func parse(_ arguments: [String], specs: [OptionSpec], command: String) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError(command: command,
                                 message: "unknown option '\(argument)'; options are spelt in full, like '--help'")
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                var message = "unknown option '--\(name)'"
                if let guess = closest(to: name, among: specs.map(\.name)) {
                    message += "; did you mean '--\(guess)'?"
                }
                throw UsageError(command: command, message: message)
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw UsageError(command: command, message: "'\(spec.usage)' needs a value")
                }
                if !spec.repeatable, result.values[name] != nil {
                    throw UsageError(command: command, message: "'--\(name)' is given twice; give it once")
                }
                result.values[name, default: []].append(value)
            } else {
                if inlineValue != nil {
                    throw UsageError(command: command, message: "'--\(name)' takes no value")
                }
                result.flags.insert(name)
            }
        }
        return result
    }

    /// The option name nearest to a misspelling, when it is near enough to help.
    static func closest(to word: String, among names: [String]) -> String? {
        let scored = names.map { ($0, editDistance(word, $0)) }.min { $0.1 < $1.1 }
        guard let (name, distance) = scored, distance <= max(1, name.count / 3) else { return nil }
        return name
    }

    /// Edits (insert, delete, replace, or swap two neighbours) from `a` to `b`:
    /// the optimal string alignment distance, so `stauts` is one edit from `status`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var distance = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { distance[i][0] = i }
        for j in 0...b.count { distance[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                distance[i][j] = min(distance[i - 1][j] + 1, distance[i][j - 1] + 1, distance[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    distance[i][j] = min(distance[i][j], distance[i - 2][j - 2] + 1)
                }
            }
        }
        return distance[a.count][b.count]
    }
}
