import Testing

@Test func placeholder_QMSDashboardTests() { #expect(true) }
