import Testing

@Test func placeholder_QMSSyncTests() { #expect(true) }
