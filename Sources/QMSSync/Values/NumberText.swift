/// A number as a message shows it: `90` rather than `90.0`.
enum NumberText {
    static func show(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
