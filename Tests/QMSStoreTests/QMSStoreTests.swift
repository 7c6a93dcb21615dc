import Testing

@Test func placeholder_QMSStoreTests() { #expect(true) }
