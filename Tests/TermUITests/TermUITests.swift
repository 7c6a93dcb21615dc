import Testing

@Test func placeholder_TermUITests() { #expect(true) }
