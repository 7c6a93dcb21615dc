import Testing

@Test func placeholder_QMSDomainTests() { #expect(true) }
