/// Small helpers shared inside the module; kept internal so they do not leak into
/// every importer's `String`.
extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    func lowercasedASCII() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { s in
            ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32)! : s
        }))
    }
}
