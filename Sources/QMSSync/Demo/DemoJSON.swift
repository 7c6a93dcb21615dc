/// Just enough JSON writing for the demo's `.json` files, by hand so that key order,
/// spacing and escaping are fixed (Foundation's encoder does not promise either
/// across versions, and the demo promises byte-identical output).
enum DemoJSON {
    /// One record: keys in the given order, values as strings; nil values are left out.
    static func object(_ fields: [(String, String?)]) -> String {
        var out = "{"
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            if !first { out += ", " }
            first = false
            out += JSONStringLiteral.quoted(key) + ": " + JSONStringLiteral.quoted(value)
        }
        return out + "}"
    }

    /// An array of already-encoded objects, one per line, indented by `indent` spaces.
    static func array(_ objects: [String], indent: Int) -> String {
        guard !objects.isEmpty else { return "[]" }
        let pad = String(repeating: " ", count: indent + 2)
        return "[\n" + objects.map { pad + $0 }.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent) + "]"
    }
}
