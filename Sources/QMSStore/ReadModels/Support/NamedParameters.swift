import QMSDomain

/// Values for the named parameters (`:as_of`, `:from_month` …) of a read-model
/// query. Each statement binds only the names its SQL uses, so one set can serve
/// several statements built from shared fragments.
struct NamedParameters {
    private enum Value {
        case text(String)
        case integer(Int)
        case day(Day)
    }

    private var values: [(name: String, value: Value)] = []

    init() {}

    /// Sets `name` (with its leading colon) to a text value.
    mutating func set(_ name: String, _ text: String) {
        values.append((name, .text(text)))
    }

    mutating func set(_ name: String, _ integer: Int) {
        values.append((name, .integer(integer)))
    }

    mutating func set(_ name: String, _ day: Day) {
        values.append((name, .day(day)))
    }

    /// A copy with one more value.
    func with(_ name: String, _ text: String) -> NamedParameters {
        var copy = self
        copy.set(name, text)
        return copy
    }

    func with(_ name: String, _ integer: Int) -> NamedParameters {
        var copy = self
        copy.set(name, integer)
        return copy
    }

    func with(_ name: String, _ day: Day) -> NamedParameters {
        var copy = self
        copy.set(name, day)
        return copy
    }

    /// Binds every value whose name the statement uses; the others are skipped.
    func bind(to statement: Statement) throws(SQLiteError) {
        for (name, value) in values {
            guard let index = statement.parameterIndex(name) else { continue }
            switch value {
            case .text(let text): try statement.bind(text, at: index)
            case .integer(let integer): try statement.bind(integer, at: index)
            case .day(let day): try statement.bind(day, at: index)
            }
        }
    }
}
