import Testing

@Test func placeholder_isodashTests() { #expect(true) }
