import QMSDomain

/// Writes a pretty-printed JSON document (two-space indentation, one member or
/// element per line, `[]` and `{}` when empty) straight into bytes, in the order the
/// calls come: objects keep their keys in the order written, with no tree of values
/// built, walked and freed on the way.
///
///     var json = JSONWriter()
///     json.object { json in
///         json.member("id", "MT-01")
///         json.array("values", [1, 2]) { json, value in json.integer(value) }
///     }
///
/// Keys are `StaticString`s: the document's keys are fixed ASCII names that need no
/// escaping. Every value is written either as an object member (after `key`, or by the
/// `member`, `object(_:_:)` and `array(_:_:_:)` shorthands) or as an array element.
struct JSONWriter {
    private var output: JSONBytes
    /// How many objects and arrays are open: the indentation is twice that.
    private var depth = 0
    /// Whether the innermost open object or array has no member or element yet, so
    /// the next one needs no comma and an empty one closes on the same line.
    private var isEmpty = true

    /// - Parameter capacity: bytes to reserve, about the size of the whole document.
    init(capacity: Int = 1 << 16) {
        output = JSONBytes(capacity: capacity)
    }

    /// The document written, with the newline that ends a text file; the last call.
    /// (Mutating rather than consuming: the buffer then stays uniquely referenced and
    /// the newline is appended in place instead of to a copy of the whole document.)
    mutating func finish() -> String {
        output.append(UInt8(ascii: "\n"))
        return output.text
    }

    // MARK: Containers

    /// An object whose members `body` writes.
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array with one element per item of `elements`, each written by `body`.
    mutating func array<Elements: Sequence>(
        _ elements: Elements, _ body: (inout JSONWriter, Elements.Element) -> Void
    ) {
        open(UInt8(ascii: "["))
        for element in elements {
            startItem()
            body(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// The member named `name` of the open object; its value is written next.
    mutating func key(_ name: StaticString) {
        startItem()
        output.append(UInt8(ascii: "\""))
        output.appendLiteral(name)
        output.appendLiteral("\": ")
    }

    private mutating func open(_ bracket: UInt8) {
        output.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !isEmpty {
            output.append(UInt8(ascii: "\n"))
            output.appendSpaces(2 * depth)
        }
        output.append(bracket)
        // The container itself was a member or element of the one now innermost.
        isEmpty = false
    }

    /// The comma after the previous member or element, if any, and the new line.
    private mutating func startItem() {
        output.appendLiteral(isEmpty ? "\n" : ",\n")
        output.appendSpaces(2 * depth)
        isEmpty = false
    }

    // MARK: Values

    mutating func null() { output.appendLiteral("null") }

    mutating func string(_ text: String?) {
        guard let text else { return null() }
        output.appendString(text)
    }

    mutating func integer(_ value: Int) { output.appendInteger(value) }

    /// Rounded to two decimals (`StatusJSON.decimal`); `null` when nil or not finite.
    mutating func number(_ value: Double?) {
        guard let value, output.appendDecimal(value) else { return null() }
    }

    mutating func bool(_ flag: Bool?) {
        guard let flag else { return null() }
        output.appendLiteral(flag ? "true" : "false")
    }

    /// "YYYY-MM-DD" as a string; `null` when nil.
    mutating func day(_ day: Day?) {
        guard let day else { return null() }
        output.append(UInt8(ascii: "\""))
        output.appendDay(day)
        output.append(UInt8(ascii: "\""))
    }

    // MARK: Members

    mutating func member(_ name: StaticString, _ text: String?) { key(name); string(text) }
    mutating func member(_ name: StaticString, _ value: Int) { key(name); integer(value) }
    mutating func member(_ name: StaticString, _ value: Double?) { key(name); number(value) }
    mutating func member(_ name: StaticString, _ flag: Bool?) { key(name); bool(flag) }
    mutating func member(_ name: StaticString, _ day: Day?) { key(name); self.day(day) }

    /// A member whose value is an object written by `body`.
    mutating func object(_ name: StaticString, _ body: (inout JSONWriter) -> Void) {
        key(name)
        object(body)
    }

    /// A member whose value is an array of `elements`, each written by `body`.
    mutating func array<Elements: Sequence>(
        _ name: StaticString, _ elements: Elements, _ body: (inout JSONWriter, Elements.Element) -> Void
    ) {
        key(name)
        array(elements, body)
    }
}
